import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../app/api';
import { Done } from '../../app/Done';
import { useAuth } from '../../app/auth';
import { ErrorSummary } from '../intake/form/ErrorSummary';
import { FormErrorsContext, TextArea, TextField } from '../intake/form/fields';
import { fieldId } from '../intake/form/errors';
import { useCaseForm } from '../cases/useCaseForm';
import { CaseNotFound } from '../cases/CaseNotFound';
import { CaseHeader, useCaseDetail } from './CaseHeader';
import { SafeContactPanel } from './SafeContactPanel';
import { danishDate, todayIso } from './format';
import { DIGITAL_ITEM_LABELS, DIGITAL_ITEMS, DIGITAL_STATUS_LABELS, DIGITAL_STATUSES, MEASURE_STATUS_LABELS, MEASURE_TYPE_LABELS, type DigitalItem } from './labels';
import { getPlan, planPdfUrl, putPlan, type PlanContent } from './safetyApi';
import './safety.css';

const LABELS: Record<string, string> = {
  'content.citizenWords': 'Borgerens egne ord og ønsker',
  'content.danger.whatToDo': 'Det gør borgeren i fare',
  'content.danger.whereToGo': 'Her kan borgeren gå hen',
  'content.trustedPersons': 'Personer borgeren stoler på',
  'content.trustedPersons.personId': 'Person',
  'content.digitalSafety': 'Digital sikkerhed',
  'content.agreedOn': 'Aftalt med borgeren den',
  version: 'Version',
  ...Object.fromEntries(DIGITAL_ITEMS.flatMap((i) => [[`content.digitalSafety.items.${i}.on`, DIGITAL_ITEM_LABELS[i]], [`content.digitalSafety.items.${i}.status`, DIGITAL_ITEM_LABELS[i]]])),
};

/** The case's safety plan (DOMAIN.md § 11.2): there from the first call; prints, and downloads as a PDF without the safe contact. */
export function SafetyPlanPage() {
  const { caseId = '' } = useParams();
  const { user } = useAuth();
  const canWrite = user?.role === 'consultant' || user?.role === 'caseworker';
  const c = useCaseDetail(caseId);
  const plan = useQuery({ queryKey: ['safety', caseId, 'plan'], queryFn: () => getPlan(caseId) });
  // A new key remounts the form with the stored plan (after "Hent den nyeste udgave"); a save keeps the form.
  const [formKey, setFormKey] = useState(0);
  if (c.error instanceof ApiError && c.error.status === 404) return <CaseNotFound />;
  if (!c.data || !plan.data) return <p>Indlæser…</p>;
  return (
    <article className="safety-page">
      <CaseHeader c={c.data} title="Sikkerhedsplan" />
      <p className="d-print-none">
        <button type="button" className="button button-secondary" onClick={() => window.print()}>Udskriv</button>{' '}
        <a className="button button-secondary" href={planPdfUrl(caseId)}>Hent som PDF</a>
        <span className="form-hint"> Udskrift og PDF indeholder ikke den sikre kontakt.</span>
      </p>
      <div className="alert alert-info emergency-box" role="note">
        <div className="alert-body">
          <p className="alert-text"><strong>I fare:</strong> ring 112 ved akut fare, 114 til politiet når det ikke er akut. Lev Uden Vold: 1888 (døgnåben).</p>
        </div>
      </div>
      <PlanForm key={formKey} caseId={caseId} canWrite={canWrite} onReload={() => setFormKey((k) => k + 1)} />
      <SafeContactPanel caseId={caseId} plan={plan.data} canWrite={canWrite} />
      <section aria-labelledby="plan-measures-h">
        <h2 id="plan-measures-h">Foranstaltninger</h2>
        {plan.data.measures.filter((m) => m.status !== 'AFSLUTTET').length === 0 && <p>Ingen foranstaltninger i kraft eller foreslået.</p>}
        <ul>
          {plan.data.measures.filter((m) => m.status !== 'AFSLUTTET').map((m) => (
            <li key={m.id}>
              <strong>{MEASURE_TYPE_LABELS[m.measureType]}</strong> – {MEASURE_STATUS_LABELS[m.status].toLowerCase()}
              {m.owner && <>, {m.owner.name}{m.owner.phone && <>, tlf. {m.owner.phone}</>}</>}
              {m.endsOn && <>, til {danishDate(m.endsOn)}</>}
            </li>
          ))}
        </ul>
        <p className="d-print-none"><Link to={`/sager/${caseId}/foranstaltninger`}>Gå til foranstaltningsregistret</Link></p>
      </section>
    </article>
  );
}

function PlanForm({ caseId, canWrite, onReload }: { caseId: string; canWrite: boolean; onReload: () => void }) {
  const qc = useQueryClient();
  const c = useCaseDetail(caseId);
  const plan = useQuery({ queryKey: ['safety', caseId, 'plan'], queryFn: () => getPlan(caseId) });
  const [d, setD] = useState<PlanContent>(plan.data!.content);
  const [version, setVersion] = useState(plan.data!.version);
  const form = useCaseForm(Object.keys(LABELS));
  const persons = (c.data?.persons ?? []).filter((p) => p.role !== 'BORGER' && p.role !== 'MULIG_GERNINGSPERSON');
  const set = (patch: Partial<PlanContent>) => setD((p) => ({ ...p, ...patch }));
  const setItem = (item: DigitalItem, patch: Partial<PlanContent['digitalSafety']['items'][DigitalItem]>) =>
    setD((p) => ({ ...p, digitalSafety: { ...p.digitalSafety, items: { ...p.digitalSafety.items, [item]: { ...p.digitalSafety.items[item], ...patch } } } }));
  const stale = form.general?.includes('ændret af en anden');

  return (
    <>
      <Done message={form.done} />
      <ErrorSummary errors={form.errors} general={form.general} labels={LABELS} version={form.attempt} prefix="plan" />
      {stale && (
        <p className="d-print-none"><button type="button" className="button button-secondary" onClick={async () => { await qc.invalidateQueries({ queryKey: ['safety', caseId] }); onReload(); }}>Hent den nyeste udgave (dine ændringer går tabt)</button></p>
      )}
      <FormErrorsContext.Provider value={{ errors: form.errors, prefix: 'plan' }}>
        <form noValidate aria-label="Sikkerhedsplan"
          onSubmit={form.submit(
            () => ({}),
            async () => {
              const saved = await putPlan(caseId, { version, content: d });
              setVersion(saved.version);
              qc.setQueryData(['safety', caseId, 'plan'], saved);
              return `Sikkerhedsplanen er gemt (version ${saved.version}).`;
            },
          )}>
          <fieldset disabled={!canWrite}>
            <h2>Borgerens egne ord</h2>
            <TextArea path="content.citizenWords" label={LABELS['content.citizenWords']!} required={false} rows={4} hint="Med borgerens egne ord: hvad er borgeren bange for, og hvad ønsker borgeren?" value={d.citizenWords} onChange={(v) => set({ citizenWords: v })} />
            <h2>Hvis borgeren er i fare</h2>
            <TextArea path="content.danger.whatToDo" label={LABELS['content.danger.whatToDo']!} required={false} rows={3} value={d.danger.whatToDo} onChange={(v) => set({ danger: { ...d.danger, whatToDo: v } })} />
            <TextArea path="content.danger.whereToGo" label={LABELS['content.danger.whereToGo']!} required={false} rows={2} value={d.danger.whereToGo} onChange={(v) => set({ danger: { ...d.danger, whereToGo: v } })} />

            <h2 id="trusted-h">Personer borgeren stoler på</h2>
            <p className="form-hint">I Danmark og i udlandet. Vælg blandt sagens personer; tilføj personen på sagen først (rolle: tillidsperson).</p>
            {d.trustedPersons.map((t, i) => (
              <div key={i} className="trusted-row" role="group" aria-label={`Tillidsperson ${i + 1}`}>
                <div className="form-group">
                  <label className="form-label" htmlFor={fieldId(`content.trustedPersons.${i}.personId`, 'plan')}>Person</label>
                  <select id={fieldId(`content.trustedPersons.${i}.personId`, 'plan')} className="form-select" value={t.personId}
                    onChange={(e) => set({ trustedPersons: d.trustedPersons.map((x, j) => (j === i ? { ...x, personId: e.target.value } : x)) })}>
                    <option value="">Vælg person</option>
                    {persons.map((p) => <option key={p.id} value={p.id}>{p.name}{p.relation ? `, ${p.relation}` : ''}{p.abroad ? ` (i udlandet${p.country ? `, ${p.country}` : ''})` : ''}</option>)}
                  </select>
                </div>
                <TextField path={`content.trustedPersons.${i}.howToReach`} label="Sådan kontaktes personen sikkert" required={false} value={t.howToReach}
                  onChange={(v) => set({ trustedPersons: d.trustedPersons.map((x, j) => (j === i ? { ...x, howToReach: v } : x)) })} />
                <button type="button" className="button button-tertiary" onClick={() => set({ trustedPersons: d.trustedPersons.filter((_, j) => j !== i) })}>Fjern<span className="sr-only"> tillidsperson {i + 1}</span></button>
              </div>
            ))}
            <button type="button" className="button button-secondary" disabled={!persons.length}
              onClick={() => set({ trustedPersons: [...d.trustedPersons, { personId: '', howToReach: '', note: '' }] })}>Tilføj tillidsperson</button>
            {!persons.length && <p className="form-hint">Sagen har ingen personer ud over borgeren endnu.</p>}

            <h2>Digital sikkerhed</h2>
            {DIGITAL_ITEMS.map((item) => {
              const check = d.digitalSafety.items[item];
              const err = form.errors[`content.digitalSafety.items.${item}.on`] ?? form.errors[`content.digitalSafety.items.${item}.status`];
              return (
                <fieldset key={item} className={`digital-item${err ? ' form-error' : ''}`}>
                  <legend className="form-label">{DIGITAL_ITEM_LABELS[item]}</legend>
                  {err && <span className="form-error-message">{err}</span>}
                  <div className="digital-options">
                    {DIGITAL_STATUSES.map((s) => (
                      <div className="form-group-radio" key={s}>
                        <input type="radio" className="form-radio" id={`dig-${item}-${s}`} name={`dig-${item}`} checked={check.status === s}
                          onChange={() => setItem(item, { status: s, on: check.on ?? todayIso() })} />
                        <label htmlFor={`dig-${item}-${s}`}>{DIGITAL_STATUS_LABELS[s]}</label>
                      </div>
                    ))}
                    <div className="form-group">
                      <label className="form-label" htmlFor={fieldId(`content.digitalSafety.items.${item}.on`, 'plan')}>Dato</label>
                      <input type="date" className="form-input input-width-s" id={fieldId(`content.digitalSafety.items.${item}.on`, 'plan')} value={check.on ?? ''}
                        onChange={(e) => setItem(item, { on: e.target.value || null })} />
                    </div>
                  </div>
                </fieldset>
              );
            })}
            <TextField path="content.agreedOn" label={LABELS['content.agreedOn']!} required={false} type="date" value={d.agreedOn ?? ''} onChange={(v) => set({ agreedOn: v || null })} />
            {canWrite && <button type="submit" className="button button-primary" disabled={form.busy}>Gem sikkerhedsplanen</button>}
          </fieldset>
        </form>
      </FormErrorsContext.Provider>
      <PrintView content={d} persons={c.data?.persons ?? []} />
    </>
  );
}

/** What the printout shows: the saved plan as text (the form is hidden in print). */
function PrintView({ content, persons }: { content: PlanContent; persons: { id: string; name: string; relation: string | null }[] }) {
  return (
    <div className="d-print-only print-plan">
      <p><strong>Aftalt med borgeren:</strong> {danishDate(content.agreedOn)}</p>
      <h2>Borgerens egne ord</h2><p>{content.citizenWords || '–'}</p>
      <h2>I fare</h2><p>{content.danger.whatToDo || '–'}</p><p>{content.danger.whereToGo}</p>
      <h2>Tillidspersoner</h2>
      <ul>{content.trustedPersons.map((t) => { const p = persons.find((x) => x.id === t.personId); return <li key={t.personId}>{p?.name}{p?.relation ? `, ${p.relation}` : ''} {t.howToReach}</li>; })}</ul>
      <h2>Digital sikkerhed</h2>
      <ul>{DIGITAL_ITEMS.map((i) => <li key={i}>{DIGITAL_ITEM_LABELS[i]}: {content.digitalSafety.items[i].status ? DIGITAL_STATUS_LABELS[content.digitalSafety.items[i].status!] : 'ikke taget stilling'} {content.digitalSafety.items[i].on ? `(${danishDate(content.digitalSafety.items[i].on)})` : ''}</li>)}</ul>
    </div>
  );
}

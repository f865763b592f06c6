import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../app/api';
import { useAuth } from '../../app/auth';
import { ListEditor } from './ListEditor';
import { PlanDocument } from './PlanView';
import { DEPARTMENTS, DEPARTMENT_LABELS, planUrl, savePlan, usePlan, type Content, type Plan } from './preparedness.api';

const departmentOptions = DEPARTMENTS.map((d) => ({ value: d, label: DEPARTMENT_LABELS[d] }));

/**
 * A municipality's preparedness plan. The team of that municipality edits it (`/beredskabsplan`); consultants
 * of the region and the municipality's caseworkers read it (`/beredskabsplaner/:code`).
 */
export function PlanPage() {
  const { user } = useAuth();
  const params = useParams();
  const code = params.code ?? user?.municipalityCode ?? null;
  const plan = usePlan(code);
  const [editing, setEditing] = useState(false);
  if (plan.isPending) return <p aria-live="polite">Henter beredskabsplanen …</p>;
  if (plan.isError) return <div><h1>Beredskabsplanen findes ikke</h1><p>Planen findes ikke, eller du har ikke adgang til den.</p></div>;
  const p = plan.data;
  return (
    <div>
      <h1>Beredskabsplan – {p.municipalityName} Kommune</h1>
      {p.version === 0 && !editing && <p className="font-lead">Kommunen har ingen beredskabsplan i Skjold endnu.</p>}
      {editing ? (
        <PlanEditor plan={p} onDone={() => setEditing(false)} />
      ) : (
        <>
          <div className="d-print-none mb-5">
            {p.editable && <button type="button" className="button button-primary" onClick={() => setEditing(true)}>{p.version === 0 ? 'Opret planen' : 'Redigér planen'}</button>}
            {p.version > 0 && <a className="button button-secondary ml-4" href={`${planUrl(p.municipalityCode)}.pdf`} download>Hent som PDF</a>}
          </div>
          {p.version > 0 && <PlanDocument plan={p} />}
        </>
      )}
    </div>
  );
}

function PlanEditor({ plan, onDone }: { plan: Plan; onDone: () => void }) {
  const qc = useQueryClient();
  const [content, setContent] = useState<Content>(plan.content);
  const [adoptedOn, setAdoptedOn] = useState(plan.adoptedOn ?? '');
  const [error, setError] = useState<{ message: string; stale: boolean; details: string[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => { if (error) summary.current?.focus(); }, [error, attempt]);
  const set = <K extends keyof Content>(key: K, value: Content[K]) => setContent((c) => ({ ...c, [key]: value }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setAttempt((n) => n + 1);
    try {
      const saved = await savePlan(plan.municipalityCode, { version: plan.version, adoptedOn: adoptedOn || null, content });
      qc.setQueryData(['preparedness', plan.municipalityCode], saved);
      onDone();
    } catch (err) {
      const body = err instanceof ApiError ? err.body : null;
      setError({
        stale: body?.code === 'conflict.stale',
        message: body?.code === 'conflict.stale' ? 'En anden har gemt planen, mens du redigerede. Hent den nyeste udgave, og indfør dine ændringer igen.' : body?.message ?? 'Planen kunne ikke gemmes.',
        details: body?.details?.filter((d) => d.path !== 'body.version').map((d) => `${d.path.replace(/^body\./, '')}: ${d.message}`) ?? [],
      });
    } finally {
      setBusy(false);
    }
  };

  const area = (key: 'purpose' | 'definitions' | 'scope', label: string, rows = 6) => (
    <div className="form-group">
      <label className="form-label" htmlFor={`plan-${key}`}>{label}</label>
      <textarea className="form-input" id={`plan-${key}`} rows={rows} value={content[key]} onChange={(e) => set(key, e.target.value)} />
    </div>
  );

  return (
    <form onSubmit={submit} noValidate>
      {error && (
        <div className="alert alert-error" role="alert" tabIndex={-1} ref={summary}>
          <div className="alert-body">
            <h2 className="alert-heading h3">Planen er ikke gemt</h2>
            <p className="alert-text">{error.message}</p>
            {error.details.length > 0 && <ul className="alert-text">{error.details.map((d) => <li key={d}>{d}</li>)}</ul>}
            {error.stale && (
              <button type="button" className="button button-secondary mt-3" onClick={() => { void qc.invalidateQueries({ queryKey: ['preparedness', plan.municipalityCode] }); onDone(); }}>
                Hent nyeste udgave
              </button>
            )}
          </div>
        </div>
      )}
      <div className="form-group">
        <label className="form-label" htmlFor="plan-adopted">Vedtaget den</label>
        <span className="form-hint" id="plan-adopted-hint">Revisionsfristen bliver fire år senere (barnets lov § 15, stk. 3).</span>
        <input className="form-input input-width-s" type="date" id="plan-adopted" aria-describedby="plan-adopted-hint" value={adoptedOn} onChange={(e) => setAdoptedOn(e.target.value)} />
      </div>
      {area('purpose', 'Formål')}
      {area('definitions', 'Definitioner', 8)}
      {area('scope', 'Omfang i kommunen', 4)}
      <div className="form-group">
        <label className="form-label" htmlFor="plan-responsible">Ansvarlig afdeling</label>
        <input className="form-input" id="plan-responsible" value={content.responsibleDepartment} onChange={(e) => set('responsibleDepartment', e.target.value)} />
      </div>
      <ListEditor id="plan-team" legend="Teammedlem" rows={content.team} onChange={(v) => set('team', v)}
        blank={{ department: 'BOERN_FAMILIE' as const, title: '', name: '', phone: '', email: '' }}
        columns={[{ key: 'department', label: 'Afdeling', options: departmentOptions }, { key: 'name', label: 'Navn' }, { key: 'title', label: 'Stilling' }, { key: 'phone', label: 'Telefon' }, { key: 'email', label: 'E-mail' }]} />
      <ListEditor id="plan-knowledge" legend="Videnperson" rows={content.knowledgePersons} onChange={(v) => set('knowledgePersons', v)}
        blank={{ workplace: '', name: '', phone: '', email: '' }}
        columns={[{ key: 'workplace', label: 'Arbejdsplads' }, { key: 'name', label: 'Navn' }, { key: 'phone', label: 'Telefon' }, { key: 'email', label: 'E-mail' }]} />
      <ListEditor id="plan-cards" legend="Action card" rows={content.actionCards} onChange={(v) => set('actionCards', v)}
        blank={{ department: 'SKOLE_DAGTILBUD' as const, lookFor: '', whatToDo: '', whomToCall: '' }}
        columns={[{ key: 'department', label: 'Afdeling', options: departmentOptions }, { key: 'lookFor', label: 'Hvad skal du være opmærksom på', multiline: true }, { key: 'whatToDo', label: 'Hvad gør du', multiline: true }, { key: 'whomToCall', label: 'Hvem kontakter du', multiline: true }]} />
      <ListEditor id="plan-contacts" legend="Kontakt" rows={content.contacts} onChange={(v) => set('contacts', v)}
        blank={{ organisation: '', name: '', phone: '', email: '', note: '' }}
        columns={[{ key: 'organisation', label: 'Organisation' }, { key: 'name', label: 'Navn eller funktion' }, { key: 'phone', label: 'Telefon' }, { key: 'email', label: 'E-mail' }, { key: 'note', label: 'Bemærkning' }]} />
      <ListEditor id="plan-status" legend="Årlig status" rows={content.annualStatus} onChange={(v) => set('annualStatus', v)}
        blank={{ year: new Date().getFullYear(), casesInYear: null, newLaw: '', changes: '' }}
        columns={[{ key: 'year', label: 'År', type: 'number' }, { key: 'casesInYear', label: 'Sager i året', type: 'number' }, { key: 'newLaw', label: 'Ny lovgivning', multiline: true }, { key: 'changes', label: 'Hvad er ændret', multiline: true }]} />
      <div className="mt-7">
        <button type="submit" className="button button-primary" disabled={busy}>{busy ? 'Gemmer …' : 'Gem planen'}</button>
        <button type="button" className="button button-tertiary ml-4" onClick={onDone}>Annullér</button>
      </div>
    </form>
  );
}

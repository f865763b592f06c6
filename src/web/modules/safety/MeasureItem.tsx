import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { ErrorSummary } from '../intake/form/ErrorSummary';
import { FormErrorsContext, SelectField, TextArea, TextField } from '../intake/form/fields';
import { useCaseForm } from '../cases/useCaseForm';
import { Done } from '../../app/Done';
import { useAuth } from '../../app/auth';
import { danishDate } from './format';
import { OwnerPicker, ownerFromValue, ownerValue } from './OwnerPicker';
import {
  ACTOR_TYPE_LABELS, EVALUATION_LABELS, EVALUATION_OUTCOMES, MEASURE_STATUS_LABELS, MEASURE_TYPE_LABELS, MUNICIPAL_DECISIONS,
  type EvaluationOutcome, type MeasureStatus,
} from './labels';
import { patchMeasure, type Measure } from './safetyApi';

const LABELS: Record<string, string> = {
  status: 'Status', owner: 'Ansvarlig', startsOn: 'Start', endsOn: 'Slut', evaluation: 'Evaluering', 'evaluation.outcome': 'Hjalp foranstaltningen?',
  'evaluation.note': 'Note', decided: 'Afgørelse', 'decided.by': 'Truffet af', 'decided.on': 'Truffet den', version: 'Version',
};
const NEXT: Record<MeasureStatus, MeasureStatus[]> = { FORESLAAET: ['FORESLAAET', 'IVAERKSAT', 'AFSLUTTET'], IVAERKSAT: ['IVAERKSAT', 'AFSLUTTET'], AFSLUTTET: ['AFSLUTTET'] };

/** One measure of the register: what it is, who carries it, its period, and a form to move it on. */
export function MeasureItem({ m, canWrite }: { m: Measure; canWrite: boolean }) {
  const qc = useQueryClient();
  const { user } = useAuth();
  const [d, setD] = useState({ status: m.status, owner: ownerValue(m.owner ? (m.owner.userId ? { userId: m.owner.userId } : { actorId: m.owner.actorId! }) : null), startsOn: m.startsOn ?? '', endsOn: m.endsOn ?? '', outcome: '' as EvaluationOutcome | '', note: '', decidedBy: m.decided?.by ?? '', decidedOn: m.decided?.on ?? '' });
  const form = useCaseForm(Object.keys(LABELS));
  const prefix = `mi-${m.id.slice(0, 8)}`;
  const save = async (body: Parameters<typeof patchMeasure>[1]) => {
    const saved = await patchMeasure(m.id, body);
    await qc.invalidateQueries({ queryKey: ['safety', m.caseId] });
    return `${MEASURE_TYPE_LABELS[saved.measureType]} er gemt (${MEASURE_STATUS_LABELS[saved.status].toLowerCase()}).`;
  };
  return (
    <li className={`measure-item measure-${m.status.toLowerCase()}`}>
      <h3 className="h4">{MEASURE_TYPE_LABELS[m.measureType]} <span className={`skjold-tag measure-badge-${m.status.toLowerCase()}`}>{MEASURE_STATUS_LABELS[m.status]}</span>
        {m.renewalDue && <span className="skjold-tag measure-badge-renewal"> Skal forlænges eller afsluttes</span>}
      </h3>
      <dl className="measure-facts">
        <dt>Ansvarlig</dt>
        <dd>{m.owner ? <>{m.owner.name}{m.owner.actorType && ` (${ACTOR_TYPE_LABELS[m.owner.actorType]})`}{m.owner.phone && <>, tlf. {m.owner.phone}</>}</> : '–'}
          {m.owner?.lostAccess && <strong className="text-error"> – har ikke længere adgang til sagen (efter overdragelse)</strong>}</dd>
        <dt>Periode</dt><dd>{danishDate(m.startsOn)} – {danishDate(m.endsOn)}</dd>
        {m.answers && <><dt>{m.answers.kind === 'SCENARIE' ? 'Svarer på scenariet' : 'Svarer på anbefalingen'}</dt><dd>{m.answers.title}</dd></>}
        {m.origin === 'SCREENING' && <><dt>Foreslået fra</dt><dd>Screeningen</dd></>}
        {m.decided && <><dt>Afgørelse truffet af</dt><dd>{m.decided.by}, {danishDate(m.decided.on)}</dd></>}
        {m.description && <><dt>Beskrivelse</dt><dd>{m.description}</dd></>}
        {m.evaluation && <><dt>Evaluering</dt><dd>{EVALUATION_LABELS[m.evaluation.outcome]}{m.evaluation.note && ` – ${m.evaluation.note}`}</dd></>}
      </dl>
      {canWrite && m.owner?.lostAccess && user && (
        <p><button type="button" className="button button-secondary" onClick={() => void save({ version: m.version, owner: { userId: user.id } })}>Overtag ansvaret</button> eller vælg en ny ansvarlig herunder.</p>
      )}
      {canWrite && m.status !== 'AFSLUTTET' && (
        <details className="measure-edit">
          <summary>Ret eller skift status<span className="sr-only">: {MEASURE_TYPE_LABELS[m.measureType]}</span></summary>
          <Done message={form.done} />
          <ErrorSummary errors={form.errors} general={form.general} labels={LABELS} version={form.attempt} prefix={prefix} />
          <FormErrorsContext.Provider value={{ errors: form.errors, prefix }}>
            <form noValidate aria-label={`Ret ${MEASURE_TYPE_LABELS[m.measureType]}`}
              onSubmit={form.submit(
                () => ({ 'evaluation.outcome': d.status === 'AFSLUTTET' && !d.outcome ? 'Vælg om foranstaltningen hjalp' : undefined }),
                () => save({
                  version: m.version, status: d.status,
                  ...(d.startsOn !== (m.startsOn ?? '') ? { startsOn: d.startsOn || null } : {}),
                  ...(d.endsOn !== (m.endsOn ?? '') ? { endsOn: d.endsOn || null } : {}),
                  ...(d.owner !== ownerValue(m.owner ? (m.owner.userId ? { userId: m.owner.userId } : { actorId: m.owner.actorId! }) : null) && ownerFromValue(d.owner) ? { owner: ownerFromValue(d.owner)! } : {}),
                  ...(d.status === 'AFSLUTTET' && d.outcome ? { evaluation: { outcome: d.outcome, note: d.note } } : {}),
                  ...(MUNICIPAL_DECISIONS.includes(m.measureType) && d.decidedBy ? { decided: { by: d.decidedBy, on: d.decidedOn } } : {}),
                }),
              )}>
              <SelectField path="status" label={LABELS.status!} value={d.status} onChange={(v) => setD((p) => ({ ...p, status: v as MeasureStatus }))}
                options={NEXT[m.status].map((s) => ({ value: s, label: MEASURE_STATUS_LABELS[s] }))} />
              <OwnerPicker caseId={m.caseId} id={`${prefix}-owner`} value={d.owner} error={form.errors.owner} onChange={(v) => setD((p) => ({ ...p, owner: v }))} />
              <div className="form-row-2">
                <TextField path="startsOn" label={LABELS.startsOn!} required={false} type="date" value={d.startsOn} onChange={(v) => setD((p) => ({ ...p, startsOn: v }))} />
                <TextField path="endsOn" label={LABELS.endsOn!} required={false} type="date" value={d.endsOn} onChange={(v) => setD((p) => ({ ...p, endsOn: v }))} />
              </div>
              {MUNICIPAL_DECISIONS.includes(m.measureType) && (
                <div className="form-row-2">
                  <TextField path="decided.by" label={LABELS['decided.by']!} value={d.decidedBy} onChange={(v) => setD((p) => ({ ...p, decidedBy: v }))} />
                  <TextField path="decided.on" label={LABELS['decided.on']!} type="date" value={d.decidedOn} onChange={(v) => setD((p) => ({ ...p, decidedOn: v }))} />
                </div>
              )}
              {d.status === 'AFSLUTTET' && (
                <>
                  <SelectField path="evaluation.outcome" label={LABELS['evaluation.outcome']!} value={d.outcome} placeholder="Vælg"
                    onChange={(v) => setD((p) => ({ ...p, outcome: v as EvaluationOutcome }))} options={EVALUATION_OUTCOMES.map((o) => ({ value: o, label: EVALUATION_LABELS[o] }))} />
                  <TextArea path="evaluation.note" label={LABELS['evaluation.note']!} required={false} rows={2} value={d.note} onChange={(v) => setD((p) => ({ ...p, note: v }))} />
                </>
              )}
              <button type="submit" className="button button-primary" disabled={form.busy}>Gem<span className="sr-only"> {MEASURE_TYPE_LABELS[m.measureType]}</span></button>
            </form>
          </FormErrorsContext.Provider>
        </details>
      )}
    </li>
  );
}

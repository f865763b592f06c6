import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Done } from '../../app/Done';
import { useAuth } from '../../app/auth';
import { ErrorSummary } from '../../app/form/ErrorSummary';
import { Checkbox, FormErrorsContext, SelectField, TextArea, TextField, optionsOf } from '../../app/form/fields';
import { localDateValue } from '../intake/time';
import type { CaseDetail } from '../cases/casesApi';
import { useForm as useCaseForm } from '../../app/form/useForm';
import { RISK_LEVEL_LABELS, RISK_LEVELS } from '../risk/labels';
import { getThreatLevels } from '../risk/riskApi';
import { ThreatChart } from '../risk/ThreatChart';
import { CaseSubPage } from './CaseSubPage';
import { listFollowUps, recordFollowUp } from './coordinationApi';
import { danishDate } from './labels';

/** /sager/:id/opfoelgning: when the next follow-up is due (paced by risk), recording one, and the level over time. */
export function FollowUpPage() {
  return <CaseSubPage title="Opfølgning">{(c) => <FollowUp c={c} />}</CaseSubPage>;
}

function FollowUp({ c }: { c: CaseDetail }) {
  const { user } = useAuth();
  const qc = useQueryClient();
  const list = useQuery({ queryKey: ['cases', c.id, 'follow-ups'], queryFn: () => listFollowUps(c.id) });
  const levels = useQuery({ queryKey: ['risk', c.id, 'threat'], queryFn: () => getThreatLevels(c.id) });
  const LABELS: Record<string, string> = { followedUpOn: 'Dato for opfølgningen', checked: 'Hvad blev undersøgt', riskLevel: 'Aktuelt risikoniveau', imminent: 'Overhængende risiko' };
  const [d, setD] = useState({ followedUpOn: localDateValue(), checked: '', riskLevel: c.currentRiskLevel ?? '', imminent: false });
  const form = useCaseForm(Object.keys(LABELS));
  const canWrite = user?.role === 'consultant' || user?.role === 'caseworker';
  const data = list.data;
  return (
    <div>
      <section aria-labelledby="next-heading">
        <h2 id="next-heading">Næste opfølgning</h2>
        {data && (data.nextDueOn
          ? <p className="font-lead">{danishDate(data.nextDueOn)}{data.overdue && <strong className="work-flag"> – overskredet</strong>}</p>
          : <p>Ingen dato sat. Den sættes, når en risikovurdering afsluttes: 7 dage ved høj eller overhængende risiko, 14 ved moderat, 30 ved lav.</p>)}
      </section>
      {canWrite && (
        <section aria-labelledby="record-heading">
          <h2 id="record-heading">Registrér en opfølgning</h2>
          <Done message={form.done} />
          <ErrorSummary errors={form.errors} general={form.general} labels={LABELS} version={form.attempt} prefix="fu" />
          <FormErrorsContext.Provider value={{ errors: form.errors, prefix: 'fu' }}>
            <form noValidate aria-label="Registrér en opfølgning" onSubmit={form.submit(
              () => ({ checked: d.checked.trim() ? undefined : 'Skriv hvad der blev undersøgt.', riskLevel: d.riskLevel ? undefined : 'Vælg det aktuelle risikoniveau.' }),
              async () => {
                const r = await recordFollowUp(c.id, { followedUpOn: d.followedUpOn, checked: d.checked.trim(), riskLevel: d.riskLevel, imminent: d.imminent });
                setD((p) => ({ ...p, checked: '' }));
                await qc.invalidateQueries({ queryKey: ['cases', c.id] });
                await qc.invalidateQueries({ queryKey: ['me', 'work'] });
                return `Opfølgningen er registreret. Næste opfølgning: ${danishDate(r.nextDueOn)}.`;
              },
            )}>
              <TextField path="followedUpOn" type="date" label={LABELS.followedUpOn!} value={d.followedUpOn} onChange={(v) => setD((p) => ({ ...p, followedUpOn: v }))} />
              <TextArea path="checked" label={LABELS.checked!} rows={3} value={d.checked} onChange={(v) => setD((p) => ({ ...p, checked: v }))}
                hint="Fx samtale med borgeren alene, kontakt til skolen eller politiet, om foranstaltningerne virker." />
              <SelectField path="riskLevel" label={LABELS.riskLevel!} value={d.riskLevel} placeholder="Vælg" onChange={(v) => setD((p) => ({ ...p, riskLevel: v }))}
                options={optionsOf(RISK_LEVEL_LABELS, RISK_LEVELS)} />
              <Checkbox path="imminent" label={LABELS.imminent!} checked={d.imminent} onChange={(v) => setD((p) => ({ ...p, imminent: v }))} />
              <button type="submit" className="button button-primary" disabled={form.busy}>Registrér opfølgning</button>
            </form>
          </FormErrorsContext.Provider>
        </section>
      )}
      <h2>Trusselsniveau over tid</h2>
      <ThreatChart history={levels.data?.history ?? []} followUps={data?.items ?? []} />
      <h2>Tidligere opfølgninger</h2>
      {data && data.items.length === 0 && <p>Ingen opfølgninger registreret endnu.</p>}
      <ul className="task-list">
        {[...(data?.items ?? [])].reverse().map((f) => (
          <li key={f.id} className="task-item">
            <p><strong>{danishDate(f.followedUpOn)}</strong> · {RISK_LEVEL_LABELS[f.riskLevel]} risiko{f.imminent ? ', overhængende' : ''} · {f.recordedBy.displayName}</p>
            <p className="text-pre">{f.checked}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}

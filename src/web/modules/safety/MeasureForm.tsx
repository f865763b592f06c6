import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ErrorSummary } from '../../app/form/ErrorSummary';
import { FormErrorsContext, SelectField, TextArea, TextField } from '../../app/form/fields';
import { useForm as useCaseForm } from '../../app/form/useForm';
import { Done } from '../../app/Done';
import { OwnerPicker, ownerFromValue } from './OwnerPicker';
import { MEASURE_STATUS_LABELS, MEASURE_TYPE_LABELS, MEASURE_TYPES, MUNICIPAL_DECISIONS, type MeasureStatus, type MeasureType } from './labels';
import { createMeasure, getCoverage, getGuidance } from './safetyApi';

const LABELS: Record<string, string> = {
  measureType: 'Foranstaltning', status: 'Status', owner: 'Ansvarlig', startsOn: 'Start', endsOn: 'Slut', description: 'Beskrivelse',
  scenarioId: 'Svarer på scenariet', decided: 'Afgørelse', 'decided.by': 'Truffet af', 'decided.on': 'Truffet den', screeningId: 'Screening',
};

/** Propose a measure from the case or a screening (`screeningId`): type with guidance, owner, period, scenario. */
export function MeasureForm({ caseId, municipalityCode, screeningId, initialType }: { caseId: string; municipalityCode: string; screeningId?: string; initialType?: MeasureType }) {
  const qc = useQueryClient();
  const guidance = useQuery({ queryKey: ['safety', 'guidance', municipalityCode], queryFn: () => getGuidance(municipalityCode) });
  const coverage = useQuery({ queryKey: ['safety', caseId, 'coverage'], queryFn: () => getCoverage(caseId) });
  const [d, setD] = useState({ measureType: (initialType ?? '') as MeasureType | '', status: 'FORESLAAET' as MeasureStatus, owner: '', startsOn: '', endsOn: '', description: '', scenarioId: '', decidedBy: '', decidedOn: '' });
  const form = useCaseForm(Object.keys(LABELS));
  const g = guidance.data?.items.find((x) => x.measureType === d.measureType);
  const municipal = d.measureType && MUNICIPAL_DECISIONS.includes(d.measureType);
  return (
    <section aria-labelledby="propose-h" id="foreslaa" className="measure-form">
      <h2 id="propose-h">{screeningId ? 'Foreslå en foranstaltning ud fra screeningen' : 'Foreslå eller registrér en foranstaltning'}</h2>
      <Done message={form.done} />
      <ErrorSummary errors={form.errors} general={form.general} labels={LABELS} version={form.attempt} prefix="m" />
      <FormErrorsContext.Provider value={{ errors: form.errors, prefix: 'm' }}>
        <form noValidate aria-label="Ny foranstaltning"
          onSubmit={form.submit(
            () => ({ measureType: d.measureType ? undefined : 'Vælg en foranstaltning', owner: ownerFromValue(d.owner) ? undefined : 'Vælg den ansvarlige' }),
            async () => {
              const m = await createMeasure(caseId, {
                measureType: d.measureType as MeasureType, status: d.status, owner: ownerFromValue(d.owner)!, startsOn: d.startsOn || null, endsOn: d.endsOn || null,
                description: d.description, ...(d.scenarioId ? { scenarioId: d.scenarioId } : {}), ...(screeningId ? { screeningId } : {}),
                ...(municipal && d.decidedBy ? { decided: { by: d.decidedBy, on: d.decidedOn } } : {}),
              });
              setD({ measureType: '', status: 'FORESLAAET', owner: '', startsOn: '', endsOn: '', description: '', scenarioId: '', decidedBy: '', decidedOn: '' });
              await qc.invalidateQueries({ queryKey: ['safety', caseId] });
              return `${MEASURE_TYPE_LABELS[m.measureType]} er registreret som ${MEASURE_STATUS_LABELS[m.status].toLowerCase()}.`;
            },
          )}>
          <SelectField path="measureType" label={LABELS.measureType!} value={d.measureType} placeholder="Vælg foranstaltning"
            onChange={(v) => setD((p) => ({ ...p, measureType: v as MeasureType }))} options={MEASURE_TYPES.map((t) => ({ value: t, label: MEASURE_TYPE_LABELS[t] }))} />
          {g && (
            <div className="measure-guidance" aria-live="polite">
              <p>{g.text}</p>
              {g.usualActors.length > 0 && (
                <p>Udføres normalt af: {g.usualActors.map((a, i) => <span key={a.directoryActorId}>{i > 0 && ', '}<strong>{a.name}</strong>{a.phone && <> (tlf. <a href={`tel:${a.phone.replace(/\s/g, '')}`}>{a.phone}</a>)</>}</span>)}</p>
              )}
            </div>
          )}
          <OwnerPicker caseId={caseId} id="m-owner" value={d.owner} error={form.errors.owner} onChange={(v) => setD((p) => ({ ...p, owner: v }))} />
          <SelectField path="status" label={LABELS.status!} value={d.status} onChange={(v) => setD((p) => ({ ...p, status: v as MeasureStatus }))}
            options={(['FORESLAAET', 'IVAERKSAT'] as const).map((s) => ({ value: s, label: MEASURE_STATUS_LABELS[s] }))} />
          <div className="form-row-2">
            <TextField path="startsOn" label={LABELS.startsOn!} required={false} type="date" value={d.startsOn} onChange={(v) => setD((p) => ({ ...p, startsOn: v }))} />
            <TextField path="endsOn" label={LABELS.endsOn!} required={false} type="date" value={d.endsOn} onChange={(v) => setD((p) => ({ ...p, endsOn: v }))}
              hint={d.measureType === 'PASINDDRAGELSE' ? 'Højst 1 år ad gangen og senest til barnets 18-årsdag' : undefined} />
          </div>
          {municipal && (
            <div className="form-row-2">
              <TextField path="decided.by" label={LABELS['decided.by']!} hint="Kommunens afgørelse: hvem traf den (funktion eller navn)?" value={d.decidedBy} onChange={(v) => setD((p) => ({ ...p, decidedBy: v }))} />
              <TextField path="decided.on" label={LABELS['decided.on']!} type="date" value={d.decidedOn} onChange={(v) => setD((p) => ({ ...p, decidedOn: v }))} />
            </div>
          )}
          {!!coverage.data?.scenarios.length && (
            <SelectField path="scenarioId" label={LABELS.scenarioId!} required={false} value={d.scenarioId} placeholder="Intet bestemt scenarie"
              onChange={(v) => setD((p) => ({ ...p, scenarioId: v }))} options={coverage.data.scenarios.map((s) => ({ value: s.id, label: s.title }))} />
          )}
          <TextArea path="description" label={LABELS.description!} required={false} rows={3} value={d.description} onChange={(v) => setD((p) => ({ ...p, description: v }))} />
          <button type="submit" className="button button-primary" disabled={form.busy}>Registrér foranstaltningen</button>
        </form>
      </FormErrorsContext.Provider>
    </section>
  );
}

import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../app/api';
import { MEASURE_TYPE_LABELS, MEASURE_TYPES, type ActionSourceType } from './labels';
import { createAction, formatDate, type Actions } from './riskApi';

/**
 * Turns a recommendation or a scenario's measure into a task or a safety measure in one action: the text is
 * carried over, only owner, deadline (and the measure type) are asked for. Shows what it already became.
 */
export function ActionFromSource(props: { caseId: string; assessmentId: string; sourceType: ActionSourceType; sourceId: string; sourceLabel: string; actions: Actions | undefined; canWrite: boolean }) {
  const qc = useQueryClient();
  const [kind, setKind] = useState<'TASK' | 'SAFETY_MEASURE'>('TASK');
  const [owner, setOwner] = useState('');
  const [deadline, setDeadline] = useState('');
  const [measureType, setMeasureType] = useState<(typeof MEASURE_TYPES)[number]>('ANDET');
  const [error, setError] = useState<string | null>(null);
  const id = `act-${props.sourceId}`;
  const linkedTasks = props.actions?.tasks.filter((t) => t.source?.id === props.sourceId && t.source.assessmentId === props.assessmentId) ?? [];
  const linkedMeasures = props.actions?.safetyMeasures.filter((m) => m.source?.id === props.sourceId && m.source.assessmentId === props.assessmentId) ?? [];

  return (
    <div>
      {(linkedTasks.length > 0 || linkedMeasures.length > 0) && (
        <ul className="linked-actions">
          {linkedTasks.map((t) => <li key={t.id}>Opgave: {t.owner}{t.deadline && `, frist ${formatDate(t.deadline)}`}</li>)}
          {linkedMeasures.map((m) => <li key={m.id}>Sikkerhedsforanstaltning ({MEASURE_TYPE_LABELS[m.measureType]}): {m.responsible}{m.deadline && `, frist ${formatDate(m.deadline)}`}</li>)}
        </ul>
      )}
      {props.canWrite && (
        <form className="action-form" aria-label={`Gør til handling: ${props.sourceLabel}`}
          onSubmit={async (e) => {
            e.preventDefault();
            setError(null);
            try {
              const common = { sourceType: props.sourceType, sourceId: props.sourceId, owner, deadline: deadline || null };
              await createAction(props.caseId, props.assessmentId, kind === 'TASK' ? { kind, ...common } : { kind, measureType, ...common });
              setOwner('');
              setDeadline('');
              await qc.invalidateQueries({ queryKey: ['risk', props.caseId, 'actions'] });
            } catch (err) {
              setError(err instanceof ApiError ? (err.body.details[0]?.message ?? err.body.message) : 'Handlingen kunne ikke oprettes.');
            }
          }}>
          <div className="form-group">
            <label className="form-label" htmlFor={`${id}-kind`}>Gør til</label>
            <select id={`${id}-kind`} className="form-select" value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
              <option value="TASK">Opgave</option>
              <option value="SAFETY_MEASURE">Sikkerhedsforanstaltning</option>
            </select>
          </div>
          {kind === 'SAFETY_MEASURE' && (
            <div className="form-group">
              <label className="form-label" htmlFor={`${id}-type`}>Type</label>
              <select id={`${id}-type`} className="form-select" value={measureType} onChange={(e) => setMeasureType(e.target.value as typeof measureType)}>
                {MEASURE_TYPES.map((m) => <option key={m} value={m}>{MEASURE_TYPE_LABELS[m]}</option>)}
              </select>
            </div>
          )}
          <div className="form-group">
            <label className="form-label" htmlFor={`${id}-owner`}>Ansvarlig</label>
            <input id={`${id}-owner`} className="form-input" value={owner} onChange={(e) => setOwner(e.target.value)} />
          </div>
          <div className="form-group">
            <label className="form-label" htmlFor={`${id}-deadline`}>Frist</label>
            <input id={`${id}-deadline`} className="form-input" type="date" value={deadline} onChange={(e) => setDeadline(e.target.value)} />
          </div>
          <button type="submit" className="button button-secondary">Opret<span className="sr-only">{` for: ${props.sourceLabel}`}</span></button>
          {error && <p className="form-error-message" role="alert">{error}</p>}
        </form>
      )}
    </div>
  );
}

import { useQuery } from '@tanstack/react-query';
import { getParticipants } from '../cases/casesApi';
import { listActors } from '../actors/actorsApi';
import { ACTOR_TYPE_LABELS, DEPARTMENT_LABELS } from './labels';
import type { OwnerInput } from './safetyApi';

export const ownerValue = (o: OwnerInput | null) => (!o ? '' : 'userId' in o ? `user:${o.userId}` : `actor:${o.actorId}`);
export const ownerFromValue = (v: string): OwnerInput | null =>
  v.startsWith('user:') ? { userId: v.slice(5) } : v.startsWith('actor:') ? { actorId: v.slice(6) } : null;

/**
 * The owner of a measure (or a task): a user on the case or one of the case's actors, never free text. Actors
 * are added on the case's "Aktører" page; the picker links there.
 */
export function OwnerPicker(props: { caseId: string; id: string; value: string; onChange: (v: string) => void; error?: string; label?: string }) {
  const participants = useQuery({ queryKey: ['cases', props.caseId, 'participants'], queryFn: () => getParticipants(props.caseId) });
  const actors = useQuery({ queryKey: ['actors', props.caseId], queryFn: () => listActors(props.caseId) });
  return (
    <div className={`form-group${props.error ? ' form-error' : ''}`}>
      <label className="form-label" htmlFor={props.id}>{props.label ?? 'Ansvarlig'}</label>
      <span className="form-hint" id={`${props.id}-hint`}>En bruger på sagen eller en af sagens aktører. <a href={`/sager/${props.caseId}/aktoerer`}>Tilføj en aktør</a></span>
      {props.error && <span className="form-error-message" id={`${props.id}-error`}>{props.error}</span>}
      <select id={props.id} className="form-select" value={props.value} aria-describedby={`${props.id}-hint${props.error ? ` ${props.id}-error` : ''}`}
        onChange={(e) => props.onChange(e.target.value)}>
        <option value="">Vælg ansvarlig</option>
        <optgroup label="Brugere på sagen">
          {(participants.data?.items ?? []).map((p) => <option key={p.userId} value={`user:${p.userId}`}>{p.displayName}</option>)}
        </optgroup>
        <optgroup label="Aktører på sagen">
          {(actors.data?.items ?? []).map((a) => (
            <option key={a.id} value={`actor:${a.id}`}>{a.name}{a.department ? ` – ${DEPARTMENT_LABELS[a.department]}` : ''} ({ACTOR_TYPE_LABELS[a.actorType]})</option>
          ))}
        </optgroup>
      </select>
    </div>
  );
}

// Role names and a user's part in a case have one source each (server/shared/labels.ts).
export { PARTICIPANT_ROLE_LABELS } from '../../../app/labels';
export { ROLE_LABELS as STAFF_ROLE_LABELS } from '../../../app/roles';

/** Query keys under the case's own key, so invalidating ['cases', id] reloads the case and its access lists. */
export const accessKeys = {
  participants: (id: string) => ['cases', id, 'participants'] as const,
  exclusions: (id: string) => ['cases', id, 'exclusions'] as const,
  candidates: (id: string) => ['cases', id, 'access-candidates'] as const,
};

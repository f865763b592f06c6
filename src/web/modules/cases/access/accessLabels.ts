import type { Participant, StaffRole } from '../casesApi';

export const PARTICIPANT_ROLE_LABELS: Record<Participant['participantRole'], string> = {
  RESPONSIBLE_CASEWORKER: 'Ansvarlig sagsbehandler',
  CASEWORKER: 'Sagsbehandler',
  CONSULTANT: 'Sikkerhedskonsulent',
  OTHER: 'Anden deltager',
};

export const STAFF_ROLE_LABELS: Record<StaffRole, string> = {
  consultant: 'Sikkerhedskonsulent',
  caseworker: 'Sagsbehandler',
  municipal_team: 'ÆK/NSK-team',
  analyst: 'Statistik',
  admin: 'Administrator',
  auditor: 'Databeskyttelsesrådgiver',
};

/** Query keys under the case's own key, so invalidating ['cases', id] reloads the case and its access lists. */
export const accessKeys = {
  participants: (id: string) => ['cases', id, 'participants'] as const,
  exclusions: (id: string) => ['cases', id, 'exclusions'] as const,
  candidates: (id: string) => ['cases', id, 'access-candidates'] as const,
};

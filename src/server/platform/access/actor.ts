/** Who is asking. Built from the session by the auth plugin; every service call receives one. */
export const ROLES = ['consultant', 'caseworker', 'municipal_team', 'analyst', 'admin', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  /** Set for caseworker and municipal_team. */
  municipalityCode: string | null;
  /** Set for consultant. */
  region: string | null;
  sessionId: string;
}

export const ROLE_LABELS: Record<Role, string> = {
  consultant: 'Sikkerhedskonsulent',
  caseworker: 'Kommunal sagsbehandler',
  municipal_team: 'Kommunens ÆK/NSK-team',
  analyst: 'Statistik',
  admin: 'Administrator',
  auditor: 'Databeskyttelsesrådgiver',
};

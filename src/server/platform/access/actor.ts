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

// Role labels (Danish) live in src/server/shared/labels.ts (ROLE_LABELS), the one source for server and web.

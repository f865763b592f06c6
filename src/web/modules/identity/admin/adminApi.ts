import type { Role } from '../../../app/auth';

export interface AdminUser {
  id: string; username: string; displayName: string; role: Role; municipalityCode: string | null; region: string | null;
  active: boolean; mustChangePassword: boolean; mfaEnabled: boolean; lockedUntil: string | null; ssoLinkedAt: string | null;
  createdAt: string;
}
export interface Scopes { regions: string[]; municipalities: { code: string; name: string; region: string }[] }

// Role names have one source (server/shared/labels.ts via app/roles.ts).
export { ROLE_LABELS as ROLE_NAMES } from '../../../app/roles';
export const needsMunicipality = (r: Role) => r === 'caseworker' || r === 'municipal_team';
export const needsRegion = (r: Role) => r === 'consultant';

import type { Role } from '../../../app/auth';

export interface AdminUser {
  id: string; username: string; displayName: string; role: Role; municipalityCode: string | null; region: string | null;
  active: boolean; mustChangePassword: boolean; mfaEnabled: boolean; lockedUntil: string | null; ssoLinkedAt: string | null;
  createdAt: string;
}
export interface Scopes { regions: string[]; municipalities: { code: string; name: string; region: string }[] }

export const ROLE_NAMES: Record<Role, string> = {
  consultant: 'Sikkerhedskonsulent',
  caseworker: 'Kommunal sagsbehandler',
  municipal_team: 'Kommunens ÆK/NSK-team',
  analyst: 'Statistik',
  admin: 'Administrator',
  auditor: 'Databeskyttelsesrådgiver',
};
export const needsMunicipality = (r: Role) => r === 'caseworker' || r === 'municipal_team';
export const needsRegion = (r: Role) => r === 'consultant';

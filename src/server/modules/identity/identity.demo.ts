import type { AppContext } from '../../platform/app-context.js';
import type { Role } from '../../platform/access/actor.js';
import { users } from '../auth/auth.tables.js';
import { hashPassword } from '../auth/auth.service.js';

/** One demo user per role (API.md), all with DEMO_PASSWORD. Demo mode turns MFA off (see mfaRequiredRoles). */
export const DEMO_USERS: { username: string; displayName: string; role: Role; municipalityCode?: string; region?: string }[] = [
  { username: 'admin', displayName: 'Demo Administrator', role: 'admin' },
  { username: 'konsulent.hovedstaden', displayName: 'Demo Konsulent Hovedstaden', role: 'consultant', region: 'Region Hovedstaden' },
  { username: 'konsulent.nordjylland', displayName: 'Demo Konsulent Nordjylland', role: 'consultant', region: 'Region Nordjylland' },
  { username: 'sagsbehandler.albertslund', displayName: 'Demo Sagsbehandler Albertslund', role: 'caseworker', municipalityCode: '165' },
  { username: 'sagsbehandler.aalborg', displayName: 'Demo Sagsbehandler Aalborg', role: 'caseworker', municipalityCode: '851' },
  { username: 'team.albertslund', displayName: 'Demo ÆK/NSK-team Albertslund', role: 'municipal_team', municipalityCode: '165' },
  { username: 'analytiker', displayName: 'Demo Analytiker', role: 'analyst' },
  { username: 'revisor', displayName: 'Demo Revisor', role: 'auditor' },
];

/** Idempotent: existing usernames are left as they are (a restart does not reset a changed password). */
export async function seedDemoUsers(ctx: AppContext): Promise<void> {
  const passwordHash = await hashPassword(ctx.config.DEMO_PASSWORD);
  await ctx.db
    .insert(users)
    .values(DEMO_USERS.map((u) => ({ ...u, municipalityCode: u.municipalityCode ?? null, region: u.region ?? null, passwordHash })))
    .onConflictDoNothing();
}

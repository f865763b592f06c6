import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { generate } from 'otplib';
import { users } from '../../../src/server/modules/auth/auth.tables.js';
import { createSession } from '../../../src/server/modules/auth/auth.service.js';
import { hashToken } from '../../../src/server/platform/http/session.js';
import { sessions } from '../../../src/server/modules/auth/auth.tables.js';
import { mfaRecoveryCodes } from '../../../src/server/modules/auth/auth.tables.js';
import { startEnrolment } from '../../../src/server/modules/auth/mfa.service.js';
import type { AuthzEnv, RouteEntry } from '../format.js';
import { actorFor } from '../fixtures.js';

/**
 * Identity: own account (any signed-in user), user administration (users.manage: admin only) and SSO (public;
 * the matrix runs against a real OpenID provider on loopback, see matrix.test.ts).
 */
const signedIn = { others: 200 };
const adminOnly = (status: number) => ({ admin: status });

/** A throwaway analyst for the admin actions, so no matrix user is deactivated or reset. */
async function throwawayUser(e: AuthzEnv, active = true) {
  const [u] = await e.ctx.db
    .insert(users)
    .values({ username: `matrix.${randomUUID().slice(0, 8)}`, displayName: 'Matrix bruger', role: 'analyst', active })
    .returning();
  return { userId: u!.id };
}

const me = (e: AuthzEnv) => (e.who === 'anonymous' ? e.target.id : e.users[e.who].id);

export const identityEntries: RouteEntry[] = [
  // The password changes for real; teardown puts the known one back so later runs can still log in.
  {
    method: 'POST',
    path: '/api/me/password',
    audits: ['identity.password_changed'],
    setup: async (e) => {
      const [u] = await e.ctx.db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, me(e)));
      return { hash: u!.hash! };
    },
    body: () => ({ currentPassword: 'korrekt-hest-batteri-hæfteklamme', newPassword: 'en-helt-ny-og-lang-kode-til-matricen' }),
    teardown: async (e) => {
      await e.ctx.db.update(users).set({ passwordHash: e.ids.hash, mustChangePassword: false }).where(eq(users.id, me(e)));
    },
    expect: { others: 204 },
  },
  { method: 'GET', path: '/api/me/sessions', expect: signedIn },
  {
    method: 'DELETE',
    path: '/api/me/sessions/:id',
    audits: ['identity.sessions_revoked'],
    // A second session of the caller's own (another device), which the caller ends.
    setup: async (e) => {
      const [u] = await e.ctx.db.select().from(users).where(eq(users.id, me(e)));
      const { token } = await e.ctx.db.transaction((tx) => createSession(tx, e.ctx.config, u!, 'password', {}));
      const [s] = await e.ctx.db.select({ id: sessions.id }).from(sessions).where(eq(sessions.tokenHash, hashToken(token)));
      return { sessionId: s!.id };
    },
    url: (e) => `/api/me/sessions/${e.ids.sessionId}`,
    expect: { others: 204 },
  },
  // Ends every session of the caller, the shared one included: the matrix logs in again afterwards.
  { method: 'POST', path: '/api/me/sessions/revoke-all', audits: ['identity.sessions_revoked'], freshSession: true, expect: { others: 204 } },
  { method: 'GET', path: '/api/me/mfa', expect: signedIn },
  { method: 'POST', path: '/api/me/mfa/enrolment', expect: signedIn },
  {
    method: 'POST',
    path: '/api/me/mfa/enrolment/confirm',
    audits: ['identity.mfa_enrolled'],
    setup: async (e) => {
      if (e.who === 'anonymous') return { code: '000000' };
      const { secret } = await startEnrolment(e.ctx.db, e.ctx.config, await actorFor(e.ctx, me(e)));
      return { code: await generate({ secret, epoch: Math.floor(Date.now() / 1000) }) };
    },
    body: (e) => ({ code: e.ids.code }),
    // MFA on would make later password logins ask for a code: switch it off again.
    teardown: async (e) => {
      await e.ctx.db
        .update(users)
        .set({ mfaSecretEnc: null, mfaPendingSecretEnc: null, mfaEnabledAt: null, mfaLastStep: null })
        .where(eq(users.id, me(e)));
      await e.ctx.db.delete(mfaRecoveryCodes).where(eq(mfaRecoveryCodes.userId, me(e)));
    },
    expect: signedIn,
    mutates: ['mfa_recovery_codes'],
  },

  { method: 'GET', path: '/api/admin/users', audits: ['identity.users_listed'], expect: adminOnly(200) },
  {
    method: 'POST',
    path: '/api/admin/users',
    audits: ['identity.user_created'],
    body: () => ({ username: `ny.${randomUUID().slice(0, 8)}`, displayName: 'Ny analytiker', role: 'analyst' }),
    expect: adminOnly(201),
    mutates: ['users'],
  },
  { method: 'GET', path: '/api/admin/users/:id', audits: ['identity.user_read'], url: (e) => `/api/admin/users/${e.target.id}`, expect: adminOnly(200) },
  {
    method: 'PATCH',
    path: '/api/admin/users/:id',
    audits: ['identity.user_updated'],
    setup: (e) => throwawayUser(e),
    url: (e) => `/api/admin/users/${e.ids.userId}`,
    body: () => ({ displayName: 'Omdøbt analytiker', role: 'analyst' }),
    expect: adminOnly(200),
  },
  {
    method: 'POST',
    path: '/api/admin/users/:id/deactivate',
    audits: ['identity.user_deactivated'],
    setup: (e) => throwawayUser(e),
    url: (e) => `/api/admin/users/${e.ids.userId}/deactivate`,
    expect: adminOnly(200),
  },
  {
    method: 'POST',
    path: '/api/admin/users/:id/activate',
    audits: ['identity.user_activated'],
    setup: (e) => throwawayUser(e, false),
    url: (e) => `/api/admin/users/${e.ids.userId}/activate`,
    expect: adminOnly(200),
  },
  {
    method: 'POST',
    path: '/api/admin/users/:id/reset-password',
    audits: ['identity.password_reset'],
    setup: (e) => throwawayUser(e),
    url: (e) => `/api/admin/users/${e.ids.userId}/reset-password`,
    expect: adminOnly(200),
    // The account's owner is told by a notice and a queued content-free e-mail (issue 16), so a reset is never silent.
    mutates: ['account_notices', 'jobs'],
  },
  {
    method: 'POST',
    path: '/api/admin/users/:id/reset-mfa',
    audits: ['identity.mfa_reset'],
    setup: (e) => throwawayUser(e),
    url: (e) => `/api/admin/users/${e.ids.userId}/reset-mfa`,
    expect: adminOnly(200),
  },
  {
    method: 'POST',
    path: '/api/admin/users/:id/unlink-sso',
    audits: ['identity.sso_unlinked'],
    // A bound account, so the admin's 200 really is the reset (an unbound one answers 409).
    setup: async (e) => {
      const { userId } = await throwawayUser(e);
      await e.ctx.db.update(users).set({ oidcIssuer: 'https://idp.example', oidcSubject: randomUUID(), oidcLinkedAt: new Date() }).where(eq(users.id, userId));
      return { userId };
    },
    url: (e) => `/api/admin/users/${e.ids.userId}/unlink-sso`,
    expect: adminOnly(200),
    mutates: ['sessions'],
  },
  { method: 'GET', path: '/api/admin/scopes', expect: adminOnly(200) },

  // SSO: public. Starting a login redirects to the provider (and keeps state); a callback without the state
  // cookie is refused with a redirect back to the login page (and logged as identity.sso_login_refused).
  { method: 'GET', path: '/api/auth/oidc', expect: { anonymous: 200, others: 200 } },
  { method: 'GET', path: '/api/auth/oidc/start', expect: { anonymous: 302, others: 302 }, mutates: ['oidc_login_states'] },
  {
    method: 'GET',
    path: '/api/auth/oidc/callback',
    url: () => '/api/auth/oidc/callback?code=forfalsket&state=forfalsket',
    expect: { anonymous: 302, others: 302 },
  },
];


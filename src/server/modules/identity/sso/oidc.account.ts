import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.js';
import { recordAudit } from '../../../platform/audit/audit.js';
import { users } from '../../auth/auth.tables.js';

type UserRow = typeof users.$inferSelect;

export type AccountRefusal = 'unknown_account' | 'missing_claim' | 'account_bound_elsewhere' | 'account_inactive' | 'account_locked';

export type AccountMatch =
  | { ok: true; user: UserRow; link: boolean }
  | { ok: false; reason: AccountRefusal; userId?: string };

/**
 * Which Skjold account a provider identity signs in to. The provider's iss + sub never change for a person,
 * while the username claim can (a rename at the provider, a reused name): so once an account is bound, only
 * iss + sub match it. The claim is used once, to link an account that has no binding yet; an account bound
 * to another provider identity is never taken over by a claim. Locked and deactivated accounts are refused.
 */
export async function matchAccount(db: Db, identity: { issuer: string; subject: string; username: unknown }): Promise<AccountMatch> {
  const [bound] = await db
    .select()
    .from(users)
    .where(and(eq(users.oidcIssuer, identity.issuer), eq(users.oidcSubject, identity.subject)))
    .limit(1);
  let user = bound;
  if (!user) {
    if (typeof identity.username !== 'string' || !identity.username) return { ok: false, reason: 'missing_claim' };
    const [byClaim] = await db.select().from(users).where(sql`lower(${users.username}) = lower(${identity.username})`).limit(1);
    if (!byClaim) return { ok: false, reason: 'unknown_account' };
    if (byClaim.oidcSubject !== null) return { ok: false, reason: 'account_bound_elsewhere', userId: byClaim.id };
    user = byClaim;
  }
  if (!user.active) return { ok: false, reason: 'account_inactive', userId: user.id };
  if (user.lockedUntil && user.lockedUntil > new Date()) return { ok: false, reason: 'account_locked', userId: user.id };
  return { ok: true, user, link: !bound };
}

/**
 * Binds an unbound account to the provider identity, audited in the caller's transaction. False when the
 * account got a binding meanwhile (another login won the race): the caller refuses rather than overwrite it.
 */
export async function linkAccount(tx: Db, user: UserRow, identity: { issuer: string; subject: string }): Promise<boolean> {
  const linked = await tx
    .update(users)
    .set({ oidcIssuer: identity.issuer, oidcSubject: identity.subject, oidcLinkedAt: sql`now()`, updatedAt: sql`now()` })
    .where(and(eq(users.id, user.id), isNull(users.oidcSubject)))
    .returning({ id: users.id });
  if (!linked.length) return false;
  await recordAudit(tx, {
    type: 'identity.sso_linked',
    actor: { userId: user.id, role: user.role },
    subjectType: 'user',
    subjectId: user.id,
    details: { via: 'username_claim' },
  });
  return true;
}

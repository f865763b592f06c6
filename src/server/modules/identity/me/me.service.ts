import { and, desc, eq, ne, sql } from 'drizzle-orm';
import { verify } from '@node-rs/argon2';
import type { Db } from '../../../platform/db/client.js';
import type { Actor } from '../../../platform/access/actor.js';
import { recordAudit } from '../../../platform/audit/audit.js';
import { notFound, validationError } from '../../../platform/http/errors.js';
import { sessions, users } from '../../auth/auth.tables.js';
import { hashPassword, liveSessionsOf } from '../../auth/auth.service.js';
import { checkPassword, PASSWORD_PROBLEM_MESSAGES, type PasswordContext } from '../password/password-policy.js';

/** Throws a 400 naming the field when the new password breaks the policy. */
export async function assertPasswordAllowed(password: string, username: string, path = 'body.newPassword', context: PasswordContext = {}) {
  const problem = await checkPassword(password, username, context);
  if (problem) throw validationError([{ path, message: PASSWORD_PROBLEM_MESSAGES[problem] }], PASSWORD_PROBLEM_MESSAGES[problem]);
}

/**
 * Own password change: the current password proves it is the user at the keyboard. It ends every other
 * session (a thief's session must not outlive the change) and lifts a forced change.
 */
export async function changeOwnPassword(db: Db, actor: Actor, input: { currentPassword: string; newPassword: string }, context: PasswordContext = {}) {
  const [u] = await db.select().from(users).where(eq(users.id, actor.userId));
  if (!u?.passwordHash || !(await verify(u.passwordHash, input.currentPassword))) {
    throw validationError([{ path: 'body.currentPassword', message: 'Den nuværende adgangskode er forkert.' }], 'Den nuværende adgangskode er forkert.');
  }
  await assertPasswordAllowed(input.newPassword, u.username, 'body.newPassword', context);
  if (await verify(u.passwordHash, input.newPassword)) {
    throw validationError([{ path: 'body.newPassword', message: 'Vælg en ny adgangskode, ikke den du har nu.' }], 'Vælg en ny adgangskode, ikke den du har nu.');
  }
  const newHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash: newHash, mustChangePassword: false, passwordChangedAt: sql`now()`, updatedAt: sql`now()` })
      .where(eq(users.id, actor.userId));
    await tx.update(sessions).set({ revokedAt: sql`now()` }).where(and(liveSessionsOf(actor.userId), ne(sessions.id, actor.sessionId)));
    await recordAudit(tx, { type: 'identity.password_changed', actor, subjectType: 'user', subjectId: actor.userId });
  });
}

export async function listOwnSessions(db: Db, actor: Actor) {
  const rows = await db.select().from(sessions).where(liveSessionsOf(actor.userId)).orderBy(desc(sessions.lastSeenAt));
  return rows.map((s) => ({
    id: s.id,
    createdAt: s.createdAt.toISOString(),
    lastSeenAt: s.lastSeenAt.toISOString(),
    ip: s.ip,
    userAgent: s.userAgent,
    authMethod: s.authMethod,
    current: s.id === actor.sessionId,
  }));
}

/** Revokes one of the caller's own sessions; someone else's session id answers 404 like a missing one. */
export async function revokeOwnSession(db: Db, actor: Actor, sessionId: string) {
  await db.transaction(async (tx) => {
    const done = await tx
      .update(sessions)
      .set({ revokedAt: sql`now()` })
      .where(and(liveSessionsOf(actor.userId), eq(sessions.id, sessionId)))
      .returning({ id: sessions.id });
    if (!done.length) throw notFound();
    await recordAudit(tx, { type: 'identity.sessions_revoked', actor, subjectType: 'session', subjectId: sessionId, details: { scope: 'one' } });
  });
}

/** "Log ud overalt": every live session of the user, this one included. */
export async function revokeAllOwnSessions(db: Db, actor: Actor) {
  await db.transaction(async (tx) => {
    const done = await tx.update(sessions).set({ revokedAt: sql`now()` }).where(liveSessionsOf(actor.userId)).returning({ id: sessions.id });
    await recordAudit(tx, { type: 'identity.sessions_revoked', actor, subjectType: 'user', subjectId: actor.userId, details: { scope: 'all', count: done.length } });
  });
}

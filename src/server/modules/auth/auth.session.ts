import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.js';
import type { Db } from '../../platform/db/client.js';
import { hashToken, type SessionResolver } from '../../platform/http/session.js';
import { setupStepOf } from './auth.setup.js';
import { sessions, users } from './auth.tables.js';

export interface SessionPolicy {
  idleMinutes: number;
  absoluteHours: number;
  /** Roles that must have enrolled a second factor before a password session may do anything else. */
  mfaRequiredRoles?: readonly Actor['role'][];
}

/** Finds the live session for a token: not revoked, not past its absolute end, not idle too long. */
export async function loadSession(db: Db, token: string, policy: SessionPolicy) {
  const idleCutoff = new Date(Date.now() - policy.idleMinutes * 60_000);
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.tokenHash, hashToken(token)),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, new Date()),
        gt(sessions.lastSeenAt, idleCutoff),
        eq(users.active, true),
      ),
    )
    .limit(1);
  return row ?? null;
}

/** The platform session guard's resolver (wired in app.ts): actor, CSRF token and setup step of a live session. */
export function sessionResolver(db: Db, policy: SessionPolicy): SessionResolver {
  return async (token) => {
    const found = await loadSession(db, token, policy);
    if (!found) return null;
    const { session, user } = found;
    // Touch at most once a minute: enough for the idle timeout, cheap on hot paths.
    if (Date.now() - session.lastSeenAt.getTime() > 60_000) {
      await db.update(sessions).set({ lastSeenAt: sql`now()` }).where(eq(sessions.id, session.id));
    }
    return {
      actor: {
        userId: user.id,
        username: user.username,
        displayName: user.displayName,
        role: user.role,
        municipalityCode: user.municipalityCode,
        region: user.region,
        sessionId: session.id,
      },
      csrfToken: session.csrfToken,
      setupStep: setupStepOf(user, session.authMethod, policy.mfaRequiredRoles ?? []),
    };
  };
}

import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.js';
import type { Db } from '../../platform/db/client.js';
import { hashToken, type SessionResolver } from '../../platform/http/session.js';
import { countRequestSql, requestCountOf, userBucketKeySql, type RateLimitPreset } from '../../platform/http/rate-limit.js';
import { setupStepOf } from './auth.setup.js';
import { sessions, users } from './auth.tables.js';

export interface SessionPolicy {
  idleMinutes: number;
  absoluteHours: number;
  /** Roles that must have enrolled a second factor before a password session may do anything else. */
  mfaRequiredRoles?: readonly Actor['role'][];
}

// Prepared once per database (issue 15, STACK.md: prepared statements double drizzle's throughput): every
// authenticated request runs this lookup. Two forms: the plain lookup, and the lookup that also counts the
// request in the user's rate-limit bucket (platform/http/rate-limit.ts) in the same statement: a data-modifying
// CTE whose INSERT takes its user from the same live-session condition (the CTE and the main query see one
// snapshot, so both find the same session, or neither and nothing is counted).
const sessionLookups = new WeakMap<Db, ReturnType<typeof prepareSessionLookups>>();

const liveSession = () =>
  and(
    eq(sessions.tokenHash, sql.placeholder('tokenHash')),
    isNull(sessions.revokedAt),
    gt(sessions.expiresAt, sql`${sql.placeholder('now')}::timestamptz`),
    gt(sessions.lastSeenAt, sql`${sql.placeholder('idleCutoff')}::timestamptz`),
    eq(users.active, true),
  );

// What a request needs of its session and user, nothing more: no password hash or second-factor secret is read
// on every request (and fewer columns to send, parse and map: issue 15).
const sessionFields = {
  session: { id: sessions.id, lastSeenAt: sessions.lastSeenAt, csrfToken: sessions.csrfToken, authMethod: sessions.authMethod },
  user: {
    id: users.id, username: users.username, displayName: users.displayName, role: users.role, municipalityCode: users.municipalityCode,
    region: users.region, mustChangePassword: users.mustChangePassword, mfaEnabledAt: users.mfaEnabledAt,
  },
};

function prepareSessionLookups(db: Db) {
  const plain = db
    .select(sessionFields)
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(liveSession())
    .limit(1)
    .prepare('skjold_session_lookup');
  const counted = db.$with('counted', { hits: sql<number>`hits`.as('hits'), left: sql<number>`"left"`.as('left') }).as(countRequestSql(sql`
      SELECT ${userBucketKeySql(sql`${sql.placeholder('preset')}`, sessions.userId)}, now(), 1
        FROM ${sessions} INNER JOIN ${users} ON ${users.id} = ${sessions.userId}
       WHERE ${liveSession()} LIMIT 1`));
  const counting = db
    .with(counted)
    .select({ ...sessionFields, hits: counted.hits, left: counted.left })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(counted, sql`true`)
    .where(liveSession())
    .limit(1)
    .prepare('skjold_session_lookup_counting');
  return { plain, counting };
}

/**
 * Finds the live session for a token: not revoked, not past its absolute end, not idle too long. With
 * `countAs`, the same statement counts the request in the session user's bucket of that preset.
 */
export async function loadSession(db: Db, token: string, policy: SessionPolicy, countAs?: RateLimitPreset) {
  let lookups = sessionLookups.get(db);
  if (!lookups) sessionLookups.set(db, (lookups = prepareSessionLookups(db)));
  const now = Date.now();
  const params = {
    tokenHash: hashToken(token),
    now: new Date(now).toISOString(),
    idleCutoff: new Date(now - policy.idleMinutes * 60_000).toISOString(),
  };
  if (!countAs) {
    const [row] = await lookups.plain.execute(params);
    return row ? { ...row, counted: undefined } : null;
  }
  const [row] = await lookups.counting.execute({ ...params, preset: countAs });
  if (!row) return null;
  const { hits, left, ...rest } = row;
  return { ...rest, counted: hits === null || hits === undefined ? undefined : requestCountOf({ hits, left }) };
}

/** The platform session guard's resolver (wired in app.ts): actor, CSRF token and setup step of a live session. */
export function sessionResolver(db: Db, policy: SessionPolicy): SessionResolver {
  return async (token, countAs) => {
    const found = await loadSession(db, token, policy, countAs);
    if (!found) return null;
    const { session, user, counted } = found;
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
      ...(counted ? { counted } : {}),
    };
  };
}

import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { hash, verify } from '@node-rs/argon2';
import type { Db } from '../../platform/db/client.js';
import type { Config } from '../../config/config.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { DetailsOf } from '../../platform/audit/define.js';
import { AppError } from '../../platform/http/errors.js';
import { hashToken, newToken } from '../../platform/http/session.js';
import type { Actor } from '../../platform/access/actor.js';
import { sessions, users } from './auth.tables.js';
import type { UserView } from './auth.schemas.js';
import { setupStepOf, type SetupStep } from './auth.setup.js';
import { accountKey, bucketState, failuresInWindow, ipKey, pairDelaySeconds, pairKey, recordFailure } from './rate-limit.js';
import { checkSecondFactor } from './mfa.service.js';
import { takeNotices, type AccountNotice } from './notices.js';

// argon2id with the library's defaults (m=19 MiB, t=2, p=1: OWASP's minimum).
export const hashPassword = (password: string) => hash(password);

// A fixed hash to verify against when the user does not exist, so timing does not reveal usernames.
let dummyHash: Promise<string> | null = null;
const getDummyHash = () => (dummyHash ??= hash('skjold-dummy-password-for-timing'));

/**
 * One answer for every failed password login: unknown user, wrong password, deactivated and locked alike,
 * so neither the status nor the message tells an attacker whether a username exists or is locked. The text
 * mentions the lock so a legitimate user understands why a right password may not work for a while.
 */
export const invalidLogin = () =>
  new AppError(401, 'auth.invalid_credentials', 'Brugernavn eller adgangskode er forkert. Efter gentagne forkerte forsøg spærres kontoen midlertidigt.');

type UserRow = typeof users.$inferSelect;

/** The one 429 of login throttling, with the seconds to wait. */
const rateLimited = (retryAfterSeconds: number) =>
  new AppError(429, 'auth.rate_limited', 'For mange mislykkede loginforsøg. Vent lidt, og prøv igen.', [], { retryAfterSeconds });

/** The user has had a password session from this address lately (their office, their home). */
async function trustedAddress(db: Db, config: Config, userId: string, ip: string | undefined): Promise<boolean> {
  if (!ip || config.LOGIN_TRUSTED_ADDRESS_DAYS === 0) return false;
  const [row] = await db
    .select({ id: sessions.id })
    .from(sessions)
    .where(and(eq(sessions.userId, userId), eq(sessions.ip, ip), eq(sessions.authMethod, 'password'),
      gt(sessions.createdAt, sql`now() - make_interval(days => ${config.LOGIN_TRUSTED_ADDRESS_DAYS})`)))
    .limit(1);
  return !!row;
}

export function toUserView(u: UserRow, setupStep: SetupStep | null = null): UserView {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    municipalityCode: u.municipalityCode,
    region: u.region,
    mustChangePassword: u.mustChangePassword,
    mfaEnabled: !!u.mfaEnabledAt,
    setupStep,
  };
}

export interface LoginResult {
  token: string;
  csrfToken: string;
  user: UserView;
  notices: AccountNotice[];
}

export interface LoginInput {
  username: string;
  password: string;
  totp?: string;
  recoveryCode?: string;
  ip?: string;
  userAgent?: string;
}

export const mfaRequiredRoles = (config: Config) => (config.SKJOLD_DEMO ? [] : config.MFA_REQUIRED_ROLES);

/**
 * Password login, then the second factor when the user has one. Throttling stops attackers, not users
 * (counters in the database, shared by every process):
 * - per (username, address) pair: after LOGIN_PAIR_FREE_FAILURES failures each try must wait a growing pause,
 *   after LOGIN_PAIR_MAX_FAILURES that pair alone gets 429 for the window;
 * - per address: past LOGIN_IP_MAX_FAILURES (failures of any usernames), a pair that has already failed gets 429,
 *   but a user without failures from that address still logs in (a municipal NAT, a proxy);
 * - per username: past LOGIN_ACCOUNT_MAX_FAILURES, and after LOGIN_LOCKOUT_THRESHOLD wrong passwords in a row
 *   (the account lock), logins are refused, except from an address the user has logged in from within
 *   LOGIN_TRUSTED_ADDRESS_DAYS: a stranger who knows the username cannot keep its owner out.
 */
export async function login(db: Db, config: Config, input: LoginInput): Promise<LoginResult> {
  const window = config.LOGIN_RATE_WINDOW_MINUTES;
  const [pair, ipFailures, accountFailures] = await Promise.all([
    bucketState(db, pairKey(input.username, input.ip), window),
    failuresInWindow(db, ipKey(input.ip), window),
    failuresInWindow(db, accountKey(input.username), window),
  ]);
  const wait = pairDelaySeconds(pair.hits, config.LOGIN_PAIR_FREE_FAILURES) - (pair.secondsSinceLast ?? 0);
  if (pair.hits >= config.LOGIN_PAIR_MAX_FAILURES || (ipFailures >= config.LOGIN_IP_MAX_FAILURES && pair.hits > 0)) {
    throw rateLimited(window * 60);
  }
  if (wait > 0) throw rateLimited(Math.ceil(wait));

  const [user] = await db.select().from(users).where(sql`lower(${users.username}) = lower(${input.username})`).limit(1);
  const trusted = !!user && (await trustedAddress(db, config, user.id, input.ip));
  if (accountFailures >= config.LOGIN_ACCOUNT_MAX_FAILURES && !trusted) throw rateLimited(window * 60);
  // Hash work happens outside any transaction.
  const ok = user?.passwordHash
    ? await verify(user.passwordHash, input.password)
    : (await verify(await getDummyHash(), input.password), false);
  const locked = !!user?.lockedUntil && user.lockedUntil > new Date() && !trusted;
  if (!user || !ok || !user.active || locked) {
    const reason = !user ? 'unknown_user' : locked ? 'locked' : !ok ? 'wrong_password' : 'inactive';
    await loginFailed(db, config, input, user, reason, reason === 'wrong_password');
    throw invalidLogin();
  }

  let mfaMethod: 'totp' | 'recovery_code' | null = null;
  if (user.mfaEnabledAt) {
    if (!input.totp && !input.recoveryCode) {
      throw new AppError(401, 'auth.mfa_required', 'Indtast koden fra din godkendelsesapp.');
    }
    mfaMethod = await checkSecondFactor(db, config, user, { totp: input.totp, recoveryCode: input.recoveryCode });
    if (!mfaMethod) {
      await loginFailed(db, config, input, user, 'wrong_second_factor', true);
      throw new AppError(401, 'auth.mfa_invalid', 'Koden er forkert eller allerede brugt.');
    }
  }

  const session = await db.transaction(async (tx) => {
    await tx.update(users).set({ failedLoginCount: 0, lockedUntil: null }).where(eq(users.id, user.id));
    if (mfaMethod === 'recovery_code') {
      await recordAudit(tx, { type: 'identity.mfa_recovery_code_used', actor: { userId: user.id, role: user.role }, subjectType: 'user', subjectId: user.id });
    }
    const opened = await createSession(tx, config, user, 'password', input, mfaMethod ? { mfa: mfaMethod } : {});
    return { ...opened, notices: await takeNotices(tx, user.id) };
  });
  return { ...session, user: toUserView(user, setupStepOf(user, 'password', mfaRequiredRoles(config))) };
}

/**
 * Counts a failure against the IP and the username, and for a wrong password or second factor against the
 * account's run of failures; the failure that reaches the threshold locks the account, audited in the same
 * transaction. The counter update is one statement, so two server processes cannot both miss the threshold.
 */
async function loginFailed(
  db: Db, config: Config, input: LoginInput, user: UserRow | undefined, reason: DetailsOf<'auth.login_failed'>['reason'], countsTowardLock: boolean,
) {
  const window = config.LOGIN_RATE_WINDOW_MINUTES;
  await db.transaction(async (tx) => {
    const ipHits = await recordFailure(tx, ipKey(input.ip), window);
    const accountHits = await recordFailure(tx, accountKey(input.username), window);
    const pairHits = await recordFailure(tx, pairKey(input.username, input.ip), window);
    let lockedNow = false;
    if (user && countsTowardLock) {
      const threshold = config.LOGIN_LOCKOUT_THRESHOLD;
      const [row] = await tx
        .update(users)
        .set({
          failedLoginCount: sql`CASE WHEN ${users.failedLoginCount} + 1 >= ${threshold} THEN 0 ELSE ${users.failedLoginCount} + 1 END`,
          lockedUntil: sql`CASE WHEN ${users.failedLoginCount} + 1 >= ${threshold} THEN now() + make_interval(mins => ${config.LOGIN_LOCKOUT_MINUTES}) ELSE ${users.lockedUntil} END`,
        })
        .where(eq(users.id, user.id))
        // The run of failures restarts at 0 exactly when this failure reached the threshold and locked.
        .returning({ failedLoginCount: users.failedLoginCount });
      lockedNow = row?.failedLoginCount === 0;
    }
    await recordAudit(tx, {
      type: 'auth.login_failed',
      actor: null,
      subjectType: user ? 'user' : undefined,
      subjectId: user?.id,
      details: { reason },
    });
    if (lockedNow) {
      await recordAudit(tx, {
        type: 'identity.account_locked',
        actor: null,
        subjectType: 'user',
        subjectId: user!.id,
        details: { failures: config.LOGIN_LOCKOUT_THRESHOLD, minutes: config.LOGIN_LOCKOUT_MINUTES },
      });
    }
    // Audit the moment a limit is reached, not every refused attempt after it (an attacker must not be able
    // to flood the trail).
    const reached = ([
      ipHits === config.LOGIN_IP_MAX_FAILURES ? 'ip' : null,
      accountHits === config.LOGIN_ACCOUNT_MAX_FAILURES ? 'account' : null,
      pairHits === config.LOGIN_PAIR_MAX_FAILURES ? 'pair' : null,
      pairHits === config.LOGIN_PAIR_FREE_FAILURES ? 'pair_delay' : null,
    ] as const).filter((x) => x !== null);
    for (const scope of reached) {
      await recordAudit(tx, {
        type: 'identity.login_rate_limited',
        actor: null,
        subjectType: user ? 'user' : undefined,
        subjectId: user?.id,
        details: { scope },
      });
    }
  });
}

/** Opens a session for a user who has proven who they are (password login or SSO), audited in the tx. */
export async function createSession(
  tx: Db,
  config: Config,
  user: UserRow,
  authMethod: 'password' | 'oidc',
  client: { ip?: string; userAgent?: string },
  details: Omit<DetailsOf<'auth.login_succeeded'>, 'method'> = {},
): Promise<{ token: string; csrfToken: string }> {
  const token = newToken();
  const csrfToken = newToken();
  const [s] = await tx
    .insert(sessions)
    .values({
      tokenHash: hashToken(token),
      userId: user.id,
      csrfToken,
      authMethod,
      expiresAt: new Date(Date.now() + config.SESSION_ABSOLUTE_HOURS * 3_600_000),
      ip: client.ip ?? null,
      userAgent: client.userAgent?.slice(0, 300) ?? null,
    })
    .returning({ id: sessions.id });
  await recordAudit(tx, {
    type: 'auth.login_succeeded',
    actor: { userId: user.id, role: user.role },
    subjectType: 'session',
    subjectId: s!.id,
    details: { method: authMethod, ...details },
  });
  return { token, csrfToken };
}

export async function logout(db: Db, actor: Actor): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.update(sessions).set({ revokedAt: sql`now()` }).where(eq(sessions.id, actor.sessionId));
    await recordAudit(tx, { type: 'auth.logout', actor, subjectType: 'session', subjectId: actor.sessionId });
  });
}

export async function currentUser(db: Db, actor: Actor, setupStep: SetupStep | null): Promise<UserView> {
  const [u] = await db.select().from(users).where(eq(users.id, actor.userId)).limit(1);
  if (!u) throw new AppError(401, 'auth.required', 'Du skal være logget ind.');
  return toUserView(u, setupStep);
}

/** Live sessions of a user (not revoked, not expired), for "log out everywhere" and the sessions list. */
export const liveSessionsOf = (userId: string) =>
  and(eq(sessions.userId, userId), isNull(sessions.revokedAt), gt(sessions.expiresAt, sql`now()`));

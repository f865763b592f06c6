import { eq, sql } from 'drizzle-orm';
import { hash, verify } from '@node-rs/argon2';
import type { Db } from '../../platform/db/client.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { AppError } from '../../platform/http/errors.js';
import { hashToken, newToken, type SessionPolicy } from '../../platform/http/session.js';
import type { Actor } from '../../platform/access/actor.js';
import { sessions, users } from './auth.tables.js';
import type { UserView } from './auth.schemas.js';

// argon2id with the library's defaults (m=19 MiB, t=2, p=1: OWASP's minimum).
export const hashPassword = (password: string) => hash(password);

// A fixed hash to verify against when the user does not exist, so timing does not reveal usernames.
let dummyHash: Promise<string> | null = null;
const getDummyHash = () => (dummyHash ??= hash('skjold-dummy-password-for-timing'));

const invalidLogin = () => new AppError(401, 'auth.invalid_credentials', 'Brugernavn eller adgangskode er forkert.');

export function toUserView(u: typeof users.$inferSelect): UserView {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    municipalityCode: u.municipalityCode,
    region: u.region,
    mustChangePassword: u.mustChangePassword,
  };
}

export interface LoginResult {
  token: string;
  csrfToken: string;
  user: UserView;
}

export async function login(
  db: Db,
  policy: SessionPolicy,
  input: { username: string; password: string; ip?: string; userAgent?: string },
): Promise<LoginResult> {
  const [user] = await db.select().from(users).where(sql`lower(${users.username}) = lower(${input.username})`).limit(1);
  // Hash work happens outside any transaction (habit 7).
  const ok = user?.passwordHash
    ? await verify(user.passwordHash, input.password)
    : (await verify(await getDummyHash(), input.password), false);
  if (!user || !ok || !user.active) {
    await db.transaction((tx) =>
      recordAudit(tx, {
        type: 'auth.login_failed',
        actor: null,
        subjectType: user ? 'user' : undefined,
        subjectId: user?.id,
        details: { reason: !user ? 'unknown_user' : !ok ? 'wrong_password' : 'inactive' },
      }),
    );
    throw invalidLogin();
  }
  const token = newToken();
  const csrfToken = newToken();
  await db.transaction(async (tx) => {
    const [s] = await tx
      .insert(sessions)
      .values({
        tokenHash: hashToken(token),
        userId: user.id,
        csrfToken,
        expiresAt: new Date(Date.now() + policy.absoluteHours * 3_600_000),
        ip: input.ip ?? null,
        userAgent: input.userAgent?.slice(0, 300) ?? null,
      })
      .returning({ id: sessions.id });
    await recordAudit(tx, {
      type: 'auth.login_succeeded',
      actor: { userId: user.id, role: user.role },
      subjectType: 'session',
      subjectId: s!.id,
    });
  });
  return { token, csrfToken, user: toUserView(user) };
}

export async function logout(db: Db, actor: Actor): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.update(sessions).set({ revokedAt: sql`now()` }).where(eq(sessions.id, actor.sessionId));
    await recordAudit(tx, { type: 'auth.logout', actor, subjectType: 'session', subjectId: actor.sessionId });
  });
}

export async function currentUser(db: Db, actor: Actor): Promise<UserView> {
  const [u] = await db.select().from(users).where(eq(users.id, actor.userId)).limit(1);
  if (!u) throw new AppError(401, 'auth.required', 'Du skal være logget ind.');
  return toUserView(u);
}

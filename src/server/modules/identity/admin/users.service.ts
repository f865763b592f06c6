import { randomInt } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.js';
import type { Actor, Role } from '../../../platform/access/actor.js';
import { recordAudit } from '../../../platform/audit/audit.js';
import { AppError, conflict, notFound, validationError } from '../../../platform/http/errors.js';
import { queryRows } from '../../../platform/db/client.js';
import { sessions, users } from '../../auth/auth.tables.js';
import { hashPassword, liveSessionsOf } from '../../auth/auth.service.js';
import { resetMfa } from '../../auth/mfa.service.js';
import type { AdminUser } from './users.schemas.js';

/** The admin console and the CLI both go through here. `actor` is null for the operator at the CLI. */
type By = Actor | null;
type UserRow = typeof users.$inferSelect;

export function toAdminUser(u: UserRow): AdminUser {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    municipalityCode: u.municipalityCode,
    region: u.region,
    active: u.active,
    mustChangePassword: u.mustChangePassword,
    mfaEnabled: !!u.mfaEnabledAt,
    lockedUntil: u.lockedUntil && u.lockedUntil > new Date() ? u.lockedUntil.toISOString() : null,
    ssoLinkedAt: u.oidcSubject && u.oidcLinkedAt ? u.oidcLinkedAt.toISOString() : null,
    createdAt: u.createdAt.toISOString(),
  };
}

/** 20 characters in 4 groups from an alphabet without look-alikes (~98 bits); shown once, changed at login. */
const OTP_ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789';
export function oneTimePassword(): string {
  const chars = Array.from({ length: 20 }, () => OTP_ALPHABET[randomInt(OTP_ALPHABET.length)]).join('');
  return chars.match(/.{5}/g)!.join('-');
}

/**
 * The scope a role needs, checked against the directory tables: a municipality for caseworker and
 * municipal_team, a region for consultant, nothing for the national roles.
 */
async function validScope(db: Db, input: { role: Role; municipalityCode?: string | null; region?: string | null }) {
  const needsMunicipality = input.role === 'caseworker' || input.role === 'municipal_team';
  const needsRegion = input.role === 'consultant';
  const problems: { path: string; message: string }[] = [];
  if (needsMunicipality) {
    if (!input.municipalityCode) problems.push({ path: 'body.municipalityCode', message: 'Vælg brugerens kommune.' });
    else {
      const found = await queryRows(db, sql`SELECT 1 FROM municipalities WHERE code = ${input.municipalityCode}`);
      if (!found.length) problems.push({ path: 'body.municipalityCode', message: 'Kommunen findes ikke.' });
    }
  } else if (input.municipalityCode) {
    problems.push({ path: 'body.municipalityCode', message: 'Rollen har ikke en kommune.' });
  }
  if (needsRegion) {
    if (!input.region) problems.push({ path: 'body.region', message: 'Vælg konsulentens region.' });
    else {
      const found = await queryRows(db, sql`SELECT 1 FROM regions WHERE name = ${input.region}`);
      if (!found.length) problems.push({ path: 'body.region', message: 'Regionen findes ikke.' });
    }
  } else if (input.region) {
    problems.push({ path: 'body.region', message: 'Rollen har ikke en region.' });
  }
  if (problems.length) throw validationError(problems);
  return { municipalityCode: needsMunicipality ? input.municipalityCode! : null, region: needsRegion ? input.region! : null };
}

export async function listUsers(db: Db, actor: Actor) {
  const rows = await db.select().from(users).orderBy(asc(sql`lower(${users.username})`));
  // The list has no filter: its criterion is "every user" (scope), logged as such.
  await db.transaction((tx) =>
    recordAudit(tx, { type: 'identity.users_listed', actor, subjectType: 'user', details: { scope: 'all', count: rows.length } }),
  );
  return rows.map(toAdminUser);
}

async function findUser(db: Db, id: string) {
  const [u] = await db.select().from(users).where(eq(users.id, id));
  if (!u) throw notFound();
  return u;
}

/** An administrator opening one account: audited like the list (the account is an employee's personal data). */
export async function getUser(db: Db, actor: Actor, id: string) {
  return db.transaction(async (tx) => {
    const u = await findUser(tx, id);
    await recordAudit(tx, { type: 'identity.user_read', actor, subjectType: 'user', subjectId: u.id });
    return toAdminUser(u);
  });
}

/** The account as it is after a change the caller has just audited (no second, read row). */
async function currentUser(db: Db, id: string) {
  return toAdminUser(await findUser(db, id));
}

export async function findUserByUsername(db: Db, username: string) {
  const [u] = await db.select().from(users).where(sql`lower(${users.username}) = lower(${username})`);
  return u ?? null;
}

export async function createUser(
  db: Db,
  by: By,
  input: { username: string; displayName: string; role: Role; municipalityCode?: string | null; region?: string | null },
) {
  const scope = await validScope(db, input);
  const password = oneTimePassword();
  const passwordHash = await hashPassword(password);
  const user = await db.transaction(async (tx) => {
    const [u] = await tx
      .insert(users)
      .values({ username: input.username, displayName: input.displayName, role: input.role, ...scope, passwordHash, mustChangePassword: true })
      .onConflictDoNothing()
      .returning();
    if (!u) throw conflict('identity.username_taken', 'Brugernavnet er allerede i brug.', [{ path: 'body.username', message: 'Brugernavnet er allerede i brug.' }]);
    await recordAudit(tx, { type: 'identity.user_created', actor: by, subjectType: 'user', subjectId: u.id, details: { role: u.role, via: by ? 'admin' : 'cli' } });
    return u;
  });
  return { user: toAdminUser(user), oneTimePassword: password };
}

export async function updateUser(
  db: Db,
  by: Actor,
  id: string,
  input: { displayName?: string; role: Role; municipalityCode?: string | null; region?: string | null },
) {
  const before = await findUser(db, id);
  const scope = await validScope(db, input);
  if (before.id === by.userId && input.role !== 'admin') {
    throw new AppError(409, 'identity.own_admin_role', 'Du kan ikke fjerne din egen administratorrolle.');
  }
  const changed = [
    input.displayName !== undefined && input.displayName !== before.displayName ? 'displayName' : null,
    input.role !== before.role ? 'role' : null,
    scope.municipalityCode !== before.municipalityCode ? 'municipalityCode' : null,
    scope.region !== before.region ? 'region' : null,
  ].filter((f): f is string => !!f);
  const updated = await db.transaction(async (tx) => {
    const [u] = await tx
      .update(users)
      .set({ displayName: input.displayName ?? before.displayName, role: input.role, ...scope, updatedAt: sql`now()` })
      .where(eq(users.id, id))
      .returning();
    // A new role or area takes effect at once: the guard reads the role from the user row on every request.
    await recordAudit(tx, { type: 'identity.user_updated', actor: by, subjectType: 'user', subjectId: id, details: { fields: changed, role: input.role } });
    return u!;
  });
  return toAdminUser(updated);
}

export async function setActive(db: Db, by: Actor, id: string, active: boolean) {
  await findUser(db, id);
  if (id === by.userId && !active) throw new AppError(409, 'identity.own_account', 'Du kan ikke deaktivere din egen konto.');
  const updated = await db.transaction(async (tx) => {
    const [u] = await tx.update(users).set({ active, updatedAt: sql`now()` }).where(eq(users.id, id)).returning();
    if (!active) await tx.update(sessions).set({ revokedAt: sql`now()` }).where(liveSessionsOf(id));
    await recordAudit(tx, { type: active ? 'identity.user_activated' : 'identity.user_deactivated', actor: by, subjectType: 'user', subjectId: id });
    return u!;
  });
  return toAdminUser(updated);
}

/** A fresh one-time password: ends the user's sessions, lifts a lock, forces a change at next login. */
export async function resetPassword(db: Db, by: By, id: string) {
  await findUser(db, id);
  const password = oneTimePassword();
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: true, failedLoginCount: 0, lockedUntil: null, updatedAt: sql`now()` })
      .where(eq(users.id, id));
    await tx.update(sessions).set({ revokedAt: sql`now()` }).where(liveSessionsOf(id));
    await recordAudit(tx, { type: 'identity.password_reset', actor: by, subjectType: 'user', subjectId: id, details: { via: by ? 'admin' : 'cli' } });
  });
  return { oneTimePassword: password };
}

export async function resetUserMfa(db: Db, by: Actor, id: string) {
  await findUser(db, id);
  await db.transaction((tx) => resetMfa(tx, by, id));
  return currentUser(db, id);
}

/**
 * Removes the account's SSO binding (e.g. the person got a new identity at the provider). The next SSO login
 * links again by the username claim. SSO sessions end too: they were opened through the binding now reset.
 */
export async function unlinkSso(db: Db, by: Actor, id: string) {
  const before = await findUser(db, id);
  if (!before.oidcSubject) throw new AppError(409, 'identity.sso_not_linked', 'Brugeren er ikke knyttet til en SSO-identitet.');
  await db.transaction(async (tx) => {
    await tx.update(users).set({ oidcIssuer: null, oidcSubject: null, oidcLinkedAt: null, updatedAt: sql`now()` }).where(eq(users.id, id));
    await tx.update(sessions).set({ revokedAt: sql`now()` }).where(and(liveSessionsOf(id), eq(sessions.authMethod, 'oidc')));
    await recordAudit(tx, { type: 'identity.sso_unlinked', actor: by, subjectType: 'user', subjectId: id });
  });
  return currentUser(db, id);
}

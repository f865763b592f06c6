import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.js';
import type { Db } from '../../platform/db/client.js';
import { validationError } from '../../platform/http/errors.js';
import { users } from '../auth/auth.tables.js';
import { cases } from '../cases/cases.tables.js';
import { caseScope, type CaseInScope } from '../cases/cases.scope.js';
import type { OwnerInput } from './tasks.schemas.js';

/** The owner columns of a task row. */
export interface OwnerColumns {
  ownerUserId: string | null;
  ownerActorId: string | null;
}

/**
 * A user owner must be a case worker or consultant who can see the case (a task nobody responsible can open is
 * lost); an actor owner must be an actor of this case. Otherwise 400 naming `path`.
 */
export async function resolveOwner(tx: Db, c: CaseInScope, owner: OwnerInput, path: string): Promise<OwnerColumns> {
  if ('userId' in owner) {
    const [u] = await tx.select().from(users).where(and(eq(users.id, owner.userId), eq(users.active, true))).limit(1);
    const asActor: Actor | null = u && (u.role === 'consultant' || u.role === 'caseworker')
      ? { userId: u.id, username: u.username, displayName: u.displayName, role: u.role, municipalityCode: u.municipalityCode, region: u.region, sessionId: '' }
      : null;
    const sees = asActor && (await tx.select({ id: cases.id }).from(cases).where(and(eq(cases.id, c.id), caseScope(asActor))).limit(1)).length > 0;
    if (!sees) throw validationError([{ path: `${path}.userId`, message: 'Brugeren kan ikke se sagen og kan derfor ikke være ansvarlig for opgaven' }]);
    return { ownerUserId: u!.id, ownerActorId: null };
  }
  const found = await actorIdsOfCase(tx, c, [owner.actorId]);
  if (!found.has(owner.actorId)) throw validationError([{ path: `${path}.actorId`, message: 'Aktøren findes ikke på sagen' }]);
  return { ownerUserId: null, ownerActorId: owner.actorId };
}

/** Display names of user owners (not personal data of the citizen: the staff's own names). */
export async function userNames(tx: Db, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await tx.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The actors module (case_actors) owns actors; until it is merged no actor can own a task. */
export async function actorIdsOfCase(tx: Db, c: CaseInScope, ids: string[]): Promise<Set<string>> {
  void tx; void c; void ids; void sql;
  return new Set();
}

export async function actorNames(tx: Db, caseId: string, ids: string[]): Promise<Map<string, string>> {
  void tx; void caseId; void ids;
  return new Map();
}

import { inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import type { FieldCrypto } from '../../platform/crypto/fields.js';
import { users } from '../auth/auth.tables.js';
import type { CaseInScope } from '../case-core/cases.scope.js';
import { actorNamesOfCase, resolveOwner as resolveCaseOwner } from '../actors/actors.service.js';
import type { OwnerInput } from './tasks.schemas.js';

/** The owner columns of a task row. */
export interface OwnerColumns {
  ownerUserId: string | null;
  ownerActorId: string | null;
}

/**
 * The actors module decides who may own something on a case: a user who can open it, or an actor of the case
 * with a sharing basis (a task tells its owner about the case). 400 naming `${path}.userId` / `.actorId`.
 */
export async function resolveOwner(tx: Db, fc: FieldCrypto, c: CaseInScope, owner: OwnerInput, path: string): Promise<OwnerColumns> {
  const r = await resolveCaseOwner(tx, fc, c, owner, { path });
  return { ownerUserId: r.userId, ownerActorId: r.actorId };
}

/** Display names of user owners (the staff's own names, not the citizen's data). */
export async function userNames(tx: Db, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await tx.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function actorNames(tx: Db, fc: FieldCrypto, c: CaseInScope): Promise<Map<string, string>> {
  return new Map([...(await actorNamesOfCase(tx, fc, c))].map(([id, a]) => [id, a.name]));
}

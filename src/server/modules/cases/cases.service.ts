import type { Actor } from '../../platform/access/actor.js';
import type { Db } from '../../platform/db/client.js';
import { notFound } from '../../platform/http/errors.js';
import { casesRepo } from './cases.repository.js';

/** The case row if it exists and is in the actor's scope; otherwise 404 (used by journal, consent, risk…). */
export async function requireCase(db: Db, actor: Actor, id: string, forUpdate = false) {
  const row = await casesRepo.byIdInScope(db, actor, id, forUpdate);
  if (!row) throw notFound();
  return row;
}

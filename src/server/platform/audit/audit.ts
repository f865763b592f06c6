import type { Db } from '../db/client.js';
import type { Actor } from '../access/actor.js';
import { auditSpecOf, type AuditEventType, type DetailsOf } from './define.js';
import { auditEvents, type AuditDetails } from './audit.tables.js';
import { appendToChain } from './chain.js';

export { GENESIS_HASH, type ChainRow } from './chain.js';

export interface AuditInput<T extends AuditEventType = AuditEventType> {
  type: T;
  actor: Pick<Actor, 'userId' | 'role'> | null;
  subjectType?: string;
  subjectId?: string;
  /** The purpose reference: which case the use of data served. */
  caseId?: string;
  purpose?: string;
  /** Typed by the event's declared details shape (its `<module>.audit.ts`), checked outside production. */
  details?: DetailsOf<T>;
}

/**
 * Appends one event to the trail. Call it with the transaction that makes the change (or serves the read), so
 * the change and its trace commit together or not at all. The row joins one of the keyed chains (chain.ts):
 * no global lock, so audited transactions run side by side.
 */
export async function recordAudit<T extends AuditEventType>(tx: Db, input: AuditInput<T>): Promise<void> {
  const spec = auditSpecOf(input.type);
  if (process.env.NODE_ENV !== 'production') spec.details.parse(input.details ?? {});
  // A key set to undefined would enter the row's hash but not the stored JSON, and the row would then fail
  // verification as if tampered with: drop such keys before both.
  const details = Object.fromEntries(Object.entries(input.details ?? {}).filter(([, v]) => v !== undefined)) as AuditDetails;
  await appendToChain(
    tx,
    {
      occurredAt: new Date(),
      eventType: input.type,
      useType: spec.use,
      actorUserId: input.actor?.userId ?? null,
      actorRole: input.actor?.role ?? null,
      subjectType: input.subjectType ?? null,
      subjectId: input.subjectId ?? null,
      caseId: input.caseId ?? null,
      purpose: input.purpose ?? null,
      details,
    },
    async (values) => {
      await tx.insert(auditEvents).values(values);
    },
  );
}

// Verification lives in verify.ts (import it from there: a re-export here closed an import cycle, verify.ts
// needs chainHash from this file).

/**
 * An access refusal (missing permission, or a case outside the caller's scope) in a transaction of its own:
 * the request is about to fail, so it must not share the fate of the caller's transaction. Call it with the
 * root Db, never a tx. Ids and codes only: the refused request's content is never stored.
 */
export async function recordDenied(
  db: Db,
  actor: Pick<Actor, 'userId' | 'role'>,
  input: DetailsOf<'access.denied'> & { caseId?: string },
): Promise<void> {
  const { caseId, ...details } = input;
  await db.transaction((tx) => recordAudit(tx, { type: 'access.denied', actor, caseId, details }));
}

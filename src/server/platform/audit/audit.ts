import { sql, type SQL } from 'drizzle-orm';
import { transactionOpening, type Db } from '../db/client.js';
import type { Actor } from '../access/actor.js';
import { auditSpecOf, type AuditEventType, type DetailsOf } from './define.js';
import { auditEvents, type AuditDetails } from './audit.tables.js';
import { appendToChain, preclaim, type ChainedValues, type ChainRow } from './chain.js';

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
  await appendToChain(tx, chainRowOf(input), async (values) => {
    await tx.insert(auditEvents).values(values);
  });
}

/**
 * The same append, with the INSERT run by the caller inside a statement of its own (as a data-modifying CTE:
 * `WITH audited AS (<auditInsertSql>) SELECT …`), so an audited read costs one round trip fewer (issue 15).
 * `auditInsertSql` has placeholders; `statement` gets their values. Same transaction rules: if the statement
 * finds nothing to serve, the caller throws and the transaction, the row with it, rolls back.
 */
export async function recordAuditAlong<T extends AuditEventType, R>(
  tx: Db,
  input: AuditInput<T>,
  statement: (auditValues: Record<string, unknown>) => Promise<R>,
): Promise<R> {
  return appendToChain(tx, chainRowOf(input), (values) => statement(Object.fromEntries(AUDIT_VALUES.map((k) => [`audit_${k}`, values[k]]))));
}

const AUDIT_VALUES = [
  'seq', 'occurredAt', 'eventType', 'useType', 'actorUserId', 'actorRole', 'subjectType', 'subjectId', 'caseId', 'purpose', 'details',
  'chain', 'chainSeq', 'prevHash', 'hash', 'keyId',
] as const satisfies readonly (keyof ChainedValues)[];

/** The audit row's INSERT with a placeholder per column (`audit_<column>`), for `recordAuditAlong`. */
export const auditInsertSql = (db: Db): SQL =>
  db.insert(auditEvents).values(Object.fromEntries(AUDIT_VALUES.map((k) => [k, sql.placeholder(`audit_${k}`)])) as unknown as typeof auditEvents.$inferInsert).getSQL();

/**
 * A transaction for an audited use: its BEGIN claims the chain in the same round trip, and the first append
 * uses that claim (issue 15). Otherwise db.transaction.
 */
export function auditedTransaction<T>(db: Db, fn: (tx: Db) => Promise<T>): Promise<T> {
  return transactionOpening(db, 'SELECT * FROM audit_chain_claim(-1)', (tx, [claim]) => {
    preclaim(tx, claim);
    return fn(tx);
  });
}

function chainRowOf<T extends AuditEventType>(input: AuditInput<T>): Omit<ChainRow, 'seq'> {
  const spec = auditSpecOf(input.type);
  if (process.env.NODE_ENV !== 'production') spec.details.parse(input.details ?? {});
  // A key set to undefined would enter the row's hash but not the stored JSON, and the row would then fail
  // verification as if tampered with: drop such keys before both.
  const details = Object.fromEntries(Object.entries(input.details ?? {}).filter(([, v]) => v !== undefined)) as AuditDetails;
  return {
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
  };
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

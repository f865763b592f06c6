import { sql, type SQL } from 'drizzle-orm';
import { transactionOpening, type Db } from '../db/client.js';
import type { Actor } from '../access/actor.js';
import { auditSpecOf, type AuditEventType, type DetailsOf } from './define.js';
import { auditEvents, type AuditDetails } from './audit.tables.js';
import { appendToChain, preclaim, type ChainedValues, type ChainRow } from './chain.js';
import { appendLeased, NO_LEASE, servedWithItsRow, type LeasedValues, type Served } from './lease.js';

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

/** What an audited read's statement gets for its audit row (see `auditedRead`). */
export interface AuditAlong {
  /** The row's INSERT as a CTE of the statement: `audit_row AS (INSERT INTO audit_events … WHERE <when> RETURNING seq)`. */
  cte: (when: SQL) => SQL;
  /** The seq of the row the CTE wrote, as a column of the statement's result (null when it wrote none). */
  seq: SQL;
  /** The INSERT's placeholder values (`audit_<column>`). */
  values: Record<string, unknown>;
  /** Which of the two INSERTs (their columns differ), to name the prepared statement by. */
  kind: 'leased' | 'claimed';
}

/**
 * An audited read (issue 15). `statement` serves what the actor may see and writes the audit row in the same
 * statement, exactly when it serves something: its CTE `audit.cte(when)` with `when` true of what it returns
 * (the case read: the gated case exists), and `audit.seq` among its columns. It returns what it serves with
 * that seq, or null when there is nothing to serve (and then nothing was written); something served without
 * its row is refused with an error. On PostgreSQL the statement commits by itself on a connection that leases
 * a chain (lease.ts): with the session lookup, a request is two round trips. Where there is no lease (PGlite,
 * every leased chain taken), the same statement runs in a transaction that claims a chain with its BEGIN.
 */
export async function auditedRead<T extends AuditEventType, R>(
  db: Db,
  input: AuditInput<T>,
  statement: (db: Db, audit: AuditAlong) => Promise<Served<R> | null>,
): Promise<R | null> {
  const row = chainRowOf(input);
  const leased = await appendLeased(db, row, (conn, values) => statement(conn, along('leased', values)));
  if (leased !== NO_LEASE) return leased;
  return auditedTransaction(db, (tx) => appendToChain(tx, row, async (values) => servedWithItsRow(await statement(tx, along('claimed', values)))));
}

// The columns each INSERT writes: a claimed row carries the seq its claim took (v2 covers it); a leased row
// gets seq from the column default and says which hash format it has.
const ROW_COLUMNS = [
  'occurredAt', 'eventType', 'useType', 'actorUserId', 'actorRole', 'subjectType', 'subjectId', 'caseId', 'purpose', 'details',
  'chain', 'chainSeq', 'prevHash', 'hash', 'keyId',
] as const satisfies readonly (keyof ChainedValues & keyof LeasedValues)[];
const COLUMNS = { claimed: ['seq', ...ROW_COLUMNS], leased: [...ROW_COLUMNS, 'hashFormat'] } as const;

const cteOf = (columns: readonly (keyof typeof auditEvents.$inferSelect)[]) => (when: SQL) => sql`audit_row AS (INSERT INTO ${auditEvents}
  (${sql.join(columns.map((c) => sql.identifier(auditEvents[c].name)), sql`, `)})
  SELECT ${sql.join(columns.map((c) => sql.param(sql.placeholder(`audit_${c}`), auditEvents[c])), sql`, `)} WHERE ${when}
  RETURNING seq)`;
const CTES = { claimed: cteOf(COLUMNS.claimed), leased: cteOf(COLUMNS.leased) };
const AUDIT_ROW_SEQ = sql`(SELECT seq FROM audit_row)`;

function along(kind: AuditAlong['kind'], values: ChainedValues | LeasedValues): AuditAlong {
  const v = values as unknown as Record<string, unknown>;
  return { kind, cte: CTES[kind], seq: AUDIT_ROW_SEQ, values: Object.fromEntries(COLUMNS[kind].map((c) => [`audit_${c}`, v[c]])) };
}

/**
 * A transaction for an audited use: its BEGIN claims the chain in the same round trip, and the first append
 * uses that claim (issue 15). Otherwise db.transaction.
 */
function auditedTransaction<T>(db: Db, fn: (tx: Db) => Promise<T>): Promise<T> {
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

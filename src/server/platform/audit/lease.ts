import { sql } from 'drizzle-orm';
import { databaseErrorOf, NO_OWN_CONNECTION, onOwnConnection, preparedStatement, type Db } from '../db/client.js';
import { headHashOf, keyedChainHash, type ChainHeadRow, type ChainRow, type KeyedRow } from './chain.js';
import { currentAuditKey } from './keys.js';

/**
 * Leased chains (issue 15, migration 0190): a pool connection takes one of chains 17..32 for its life with a
 * session advisory lock, and this file keeps that chain's head in memory. While the lock is held nobody else
 * appends to the chain (claims use 1..16), so the connection's next row is known before it is written, and an
 * audited read is ONE autocommitted statement: its INSERT (conditional on what it serves) and its SELECT
 * commit together, with no claim, BEGIN or COMMIT around them. PostgreSQL closes the lock with the
 * connection; a connection that broke takes its lease with it (client.ts closes it).
 *
 * The head is trusted only after a statement that succeeded. After an error it is read again from the table
 * before the next use; an INSERT that finds its position taken (which the lock rules out, but a unique index
 * proves) is not served here, and the caller takes the claimed path.
 */
interface Lease {
  head: ChainHeadRow;
  /** False after an error: the statement may or may not have committed, so read the head again. */
  known: boolean;
}
const leases = new WeakMap<object, Lease | { retryAt: number }>();
// A connection that found every leased chain taken (more than 16 connections across all instances) asks again
// after this long; until then its audited reads take the claimed path.
const RETRY_MS = 30_000;

const leaseStatement = preparedStatement<ChainHeadRow>('skjold_audit_lease', () => sql`SELECT * FROM audit_chain_lease(${sql.placeholder('prefer')}::int)`);

export const NO_LEASE = Symbol('no lease');

/** A leased row as the INSERT writes it: no seq (the column's default gives it), hash format 3. */
export type LeasedValues = Omit<KeyedRow, 'seq'> & { prevHash: string; hash: string; keyId: string; hashFormat: 3 };

/** What an audited statement returns: what it serves, and the seq of the audit row it wrote (null: none). */
export interface Served<R> {
  served: R;
  auditSeq: string | number | null;
}

/**
 * Runs `statement` on a connection with a leased chain, with the values of the chain's next row. The statement
 * returns what it serves with the seq its INSERT returned, or null when it serves nothing (and then must not
 * have written the row: the case read's `INSERT … SELECT … WHERE EXISTS (the gated case)`). Something served
 * without its row is refused here, not served. NO_LEASE where no lease is to be had (PGlite, inside a
 * transaction, every leased chain taken, a position found taken).
 */
export async function appendLeased<R>(
  db: Db,
  row: Omit<ChainRow, 'seq'>,
  statement: (conn: Db, values: LeasedValues) => Promise<Served<R> | null>,
): Promise<R | null | typeof NO_LEASE> {
  const out = await onOwnConnection(db, async (conn, connection) => {
    const lease = await leaseOf(conn, connection);
    if (!lease) return NO_LEASE;
    const key = currentAuditKey();
    const prevHash = headHashOf(key, lease.head);
    const placed = { ...row, chain: lease.head.k, chainSeq: Number(lease.head.n) + 1 };
    const hash = keyedChainHash(key, prevHash, { ...placed, prevSeq: Number(lease.head.head_seq ?? 0) }, 3);
    const values: LeasedValues = { ...placed, prevHash, hash, keyId: key.id, hashFormat: 3 };
    let result: Served<R> | null;
    try {
      result = await statement(conn, values);
    } catch (err) {
      lease.known = false;
      if (databaseErrorOf(err)?.constraint === 'audit_events_chain_idx') return NO_LEASE;
      throw err;
    }
    const served = servedWithItsRow(result);
    if (result) lease.head = { k: placed.chain, n: placed.chainSeq, head_hash: hash, head_seq: result.auditSeq!, legacy_seq: null, legacy_hash: null };
    return served;
  });
  return out === NO_OWN_CONNECTION ? NO_LEASE : out;
}

/** What the statement served, or null; never something served without its audit row (that is refused). */
export function servedWithItsRow<R>(result: Served<R> | null): R | null {
  if (!result) return null;
  if (result.auditSeq === null || result.auditSeq === undefined) throw new Error('audit: a read was served without its audit row');
  return result.served;
}

async function leaseOf(conn: Db, connection: object): Promise<Lease | null> {
  const held = leases.get(connection);
  if (held && 'head' in held && held.known) return held;
  if (held && 'retryAt' in held && Date.now() < held.retryAt) return null;
  const [head] = await leaseStatement(conn, { prefer: held && 'head' in held ? held.head.k : -1 });
  if (!head) {
    leases.set(connection, { retryAt: Date.now() + RETRY_MS });
    return null;
  }
  const lease = { head, known: true };
  leases.set(connection, lease);
  return lease;
}

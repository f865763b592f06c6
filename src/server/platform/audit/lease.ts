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

/**
 * Runs `statement` on a connection with a leased chain, with the values of the chain's next row. The
 * statement's INSERT must write the row exactly when it returns something other than null (the case read:
 * `INSERT … SELECT … WHERE EXISTS (the gated case)`, and it returns the gated case). NO_LEASE where no lease
 * is to be had (PGlite, inside a transaction, every leased chain taken, a position found taken).
 */
export async function appendLeased<R>(
  db: Db,
  row: Omit<ChainRow, 'seq'>,
  statement: (conn: Db, values: LeasedValues) => Promise<R | null>,
): Promise<R | null | typeof NO_LEASE> {
  const out = await onOwnConnection(db, async (conn, connection) => {
    const lease = await leaseOf(conn, connection);
    if (!lease) return NO_LEASE;
    const key = currentAuditKey();
    const prevHash = headHashOf(key, lease.head);
    const placed = { ...row, chain: lease.head.k, chainSeq: Number(lease.head.n) + 1 };
    const values: LeasedValues = { ...placed, prevHash, hash: keyedChainHash(key, prevHash, placed, 3), keyId: key.id, hashFormat: 3 };
    let result: R | null;
    try {
      result = await statement(conn, values);
    } catch (err) {
      lease.known = false;
      if (databaseErrorOf(err)?.constraint === 'audit_events_chain_idx') return NO_LEASE;
      throw err;
    }
    if (result !== null) lease.head = { k: placed.chain, n: placed.chainSeq, head_hash: values.hash, legacy_seq: null, legacy_hash: null };
    return result;
  });
  return out === NO_OWN_CONNECTION ? NO_LEASE : out;
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

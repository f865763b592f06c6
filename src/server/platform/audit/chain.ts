import { createHash, createHmac } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { preparedStatement, type Db } from '../db/client.js';
import type { AuditDetails } from './audit.tables.js';
import { currentAuditKey, type AuditKey } from './keys.js';

/**
 * The chains' internals. Since migration 0120 the trail is 32 keyed chains instead of one: an audited
 * transaction claims a free chain (an advisory lock per chain under the schema's key, try-lock first) and appends to it, so audited
 * transactions no longer queue behind one global lock. Each chain is gap-free and linear (chain_seq 1, 2, …,
 * each row's prev_hash = the previous row's hash), keyed with HMAC-SHA256 under a key derived from
 * SKJOLD_SECRET. Since 0190 a pool connection may lease one of chains 17..32 for its life instead (lease.ts).
 * Rows from before 0120 are chain 0: the unkeyed SHA-256 chain ordered by seq, whose head every
 * keyed chain's genesis binds.
 */
export const CHAINS = 32;
export const GENESIS_HASH = '0'.repeat(64);

export interface ChainRow {
  seq: number;
  occurredAt: Date;
  eventType: string;
  useType: string;
  actorUserId: string | null;
  actorRole: string | null;
  subjectType: string | null;
  subjectId: string | null;
  caseId: string | null;
  purpose: string | null;
  details: AuditDetails;
}

export interface KeyedRow extends ChainRow {
  chain: number;
  chainSeq: number;
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  return JSON.stringify(value ?? null);
}
export { canonical };

const content = (row: Omit<ChainRow, 'seq'>) => [
  row.occurredAt, row.eventType, row.useType, row.actorUserId, row.actorRole,
  row.subjectType, row.subjectId, row.caseId, row.purpose, row.details,
];
const fields = (row: ChainRow) => [row.seq, ...content(row)];

/** Chain 0 (rows from before 0120): sha256(prev_hash || canonical row). Anyone can recompute it. */
export function legacyChainHash(prevHash: string, row: ChainRow): string {
  return createHash('sha256').update(prevHash).update(canonical(fields(row))).digest('hex');
}

/**
 * A keyed row: HMAC(key, prev_hash || canonical [v2, chain, chain_seq, row…]). Only the key holder can. A row
 * of a leased chain (lease.ts, `hash_format` 3) gets its seq from the INSERT, after its hash is made, so v3
 * covers the previous row's seq instead of its own (0 for a chain's first row): [v3, chain, chain_seq,
 * prev_seq, row without seq]. Each seq is then covered by the next row, the head's by the checkpoints.
 */
export function keyedChainHash(key: AuditKey, prevHash: string, row: KeyedRow, format?: null): string;
export function keyedChainHash(key: AuditKey, prevHash: string, row: V3Row, format: 3): string;
export function keyedChainHash(key: AuditKey, prevHash: string, row: KeyedRow | V3Row, format: HashFormat = null): string {
  const body = format === 3
    ? ['v3', row.chain, row.chainSeq, (row as V3Row).prevSeq, ...content(row)]
    : ['v2', row.chain, row.chainSeq, ...fields(row as KeyedRow)];
  return createHmac('sha256', key.chain).update(prevHash).update(canonical(body)).digest('hex');
}

/** What a v3 hash covers: the row without its own seq, and the seq of the row before it in its chain. */
export type V3Row = Omit<KeyedRow, 'seq'> & { prevSeq: number };

/** `audit_events.hash_format`: null for v2 (seq covered, the claimed rows), 3 for a leased chain's rows. */
export type HashFormat = null | 3;

/** The prev_hash of a keyed chain's first row: binds the chain number and chain 0's head (count and hash). */
export function keyedGenesis(key: AuditKey, chain: number, legacy: { seq: number; hash: string }): string {
  return createHmac('sha256', key.chain).update(`skjold-audit-genesis|${chain}|${legacy.seq}|${legacy.hash}`).digest('hex');
}

// A transaction claims one of chains 1..16 (17..32 are leased, lease.ts). It starts its search at its
// connection's chain (backend pid modulo 16, so a pool's connections
// rarely meet); one that already holds a chain (a second recordAudit in the same tx) asks for that one again
// and gets it at once (advisory locks are re-entrant).
const claimed = new WeakMap<object, number>();
// A claim made with the transaction's BEGIN (auditedTransaction, audit.ts), used by its first append.
const preclaimed = new WeakMap<object, Claim>();

/** Hands a transaction the claim its BEGIN already made (one round trip fewer, issue 15). */
export function preclaim(tx: Db, claim: Record<string, unknown> | undefined) {
  if (claim) preclaimed.set(tx, claim as unknown as Claim);
}

const claimStatement = preparedStatement<Claim>('skjold_audit_claim', () => sql`SELECT * FROM audit_chain_claim(${sql.placeholder('start')}::int)`);

export interface Claim {
  k: number;
  n: string | number;
  head_hash: string | null;
  legacy_seq: string | number | null;
  legacy_hash: string | null;
  next_seq: string | number;
}

/** A chain's head as the claim or the lease reads it: its last row's hash, or for an empty chain its genesis. */
export type ChainHeadRow = Pick<Claim, 'k' | 'n' | 'head_hash' | 'legacy_seq' | 'legacy_hash'> & { head_seq?: string | number };
export const headHashOf = (key: AuditKey, head: ChainHeadRow) =>
  head.head_hash ?? keyedGenesis(key, head.k, { seq: Number(head.legacy_seq ?? 0), hash: head.legacy_hash ?? GENESIS_HASH });

/** The stored row: what `insert` writes (audit_events' columns). */
export type ChainedValues = KeyedRow & { prevHash: string; hash: string; keyId: string };

/**
 * Appends one row to a chain in the caller's transaction: one round trip to claim + read the head, then
 * `insert` writes it (alone, or inside a statement that does more: its result is returned).
 */
export async function appendToChain<T>(tx: Db, row: Omit<ChainRow, 'seq'>, insert: (values: ChainedValues) => Promise<T>): Promise<T> {
  const key = currentAuditKey();
  const held = claimed.get(tx);
  const start = held !== undefined ? held - 1 : -1;
  const pre = preclaimed.get(tx);
  if (pre) preclaimed.delete(tx);
  const [claim] = pre ? [pre] : await claimStatement(tx, { start });
  if (!claim) throw new Error('audit: no chain claimed');
  claimed.set(tx, claim.k);
  const chainSeq = Number(claim.n) + 1;
  const prevHash = headHashOf(key, claim);
  const full: KeyedRow = { ...row, seq: Number(claim.next_seq), chain: claim.k, chainSeq };
  return insert({ ...full, prevHash, hash: keyedChainHash(key, prevHash, full), keyId: key.id });
}

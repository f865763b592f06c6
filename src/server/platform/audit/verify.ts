import { and, asc, count, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { auditEvents } from './audit.tables.js';
import { CHAINS, GENESIS_HASH, keyedChainHash, keyedGenesis, legacyChainHash } from './chain.js';
import type { Checkpoint } from './checkpoint.types.js';
import { auditKeyById } from './keys.js';

export type { Checkpoint } from './checkpoint.types.js';

/**
 * Verification of the whole trail. What it proves, and with what:
 *  - the keyed chains (HMAC under a key the database never sees) show any edited, inserted or re-ordered row
 *    and any re-chained tail: the forger cannot compute the hashes, so a rewrite fails at its first row;
 *  - a row deleted in the middle of a chain leaves a gap in its chain_seq;
 *  - rows cut off the end of a chain leave a shorter, valid chain: the signed checkpoints the server writes
 *    outside the database (checkpoint.ts) name each chain's head, so a head that is gone is reported;
 *  - rows that belong to no chain (inserted around the application) are counted and reported.
 * Rows newer than the latest checkpoint are protected by the key against edits, not against deletion.
 */
export type BreakReason =
  | 'missing' | 'link' | 'content' | 'key_unknown' | 'unchained' | 'checkpoint_mismatch' | 'checkpoint_missing' | 'checkpoint_invalid';

export const BREAK_REASON_LABELS: Record<BreakReason, string> = {
  missing: 'rækken mangler (slettet)',
  link: 'kæden er brudt (forrige hash passer ikke)',
  content: 'indholdet er ændret',
  key_unknown: 'rækken er ikke skrevet med en kendt nøgle',
  unchained: 'rækker uden for kæderne (indsat uden om systemet)',
  checkpoint_mismatch: 'passer ikke med kontrolpunktet (historikken er omskrevet)',
  checkpoint_missing: 'rækker efter dette nummer mangler (kontrolpunktet findes ikke længere)',
  checkpoint_invalid: 'et kontrolpunkt har ugyldig signatur (kontrolpunktfilen er ændret)',
};

export interface ChainHead {
  seq: number;
  hash: string;
  occurredAt: Date;
}

/** Each chain's last row: chain 0 by seq (its count), the keyed ones by chain_seq. */
export interface ChainHeads {
  legacy: { seq: number; hash: string };
  chains: Record<string, { n: number; seq: number; hash: string }>;
}

export interface ChainBreak {
  /** The row that does not hold (for a deletion: the row found where the missing one should be, or the
   *  checkpoint's number of the head that is gone). */
  seq: number;
  chain: number | null;
  chainSeq: number | null;
  /** Of the row as stored, when there is one (a deleted row has none). */
  occurredAt: Date | null;
  eventType: string | null;
  reason: BreakReason;
}

export type VerifyResult =
  | { ok: true; count: number; head: ChainHead | null; heads: ChainHeads; checkpointsChecked: number }
  | { ok: false; count: number; broken: ChainBreak };

type Row = typeof auditEvents.$inferSelect;
type Expect = Map<number, Map<number, { seq: number; hash: string }>>;

function expectations(checkpoints: Checkpoint[]): Expect {
  const byChain: Expect = new Map();
  const put = (k: number, n: number, seq: number, hash: string) => {
    let m = byChain.get(k);
    if (!m) byChain.set(k, (m = new Map()));
    m.set(n, { seq, hash: hash.toLowerCase() });
  };
  for (const cp of checkpoints) {
    if (cp.legacy.seq > 0) put(0, cp.legacy.seq, cp.legacy.seq, cp.legacy.hash);
    for (const [k, [n, seq, hash]] of Object.entries(cp.chains)) put(Number(k), n, seq, hash);
  }
  return byChain;
}

class Broken extends Error {
  constructor(readonly detail: ChainBreak) {
    super(detail.reason);
  }
}

const breakAt = (reason: BreakReason, r: Row | null, chain: number, chainSeq: number | null, seq?: number): Broken =>
  new Broken({ seq: seq ?? r?.seq ?? 0, chain, chainSeq, occurredAt: r?.occurredAt ?? null, eventType: r?.eventType ?? null, reason });

/**
 * Walks one chain from a known point (its start, or a checkpoint's head) and returns its head. Throws Broken
 * at the first row whose position, link, key, content or checkpoint does not hold.
 */
export async function walkChain(
  db: Db,
  chain: number,
  from: { n: number; seq: number; hash: string },
  legacyHead: { seq: number; hash: string },
  expect: Map<number, { seq: number; hash: string }> | undefined,
  onRow: (r: Row) => void,
  batchSize = 5000,
): Promise<{ n: number; seq: number; hash: string }> {
  let { n, seq, hash: prevHash } = from;
  const position = chain === 0 ? auditEvents.seq : auditEvents.chainSeq;
  for (;;) {
    const rows = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.chain, chain), gt(position, n)))
      .orderBy(asc(position))
      .limit(batchSize);
    for (const r of rows) {
      const at = chain === 0 ? r.seq : r.chainSeq!;
      if (at !== n + 1) throw breakAt('missing', r, chain, n + 1);
      let expectedPrev = prevHash;
      let hash: string;
      if (chain === 0) {
        if (r.hashFormat !== null) throw breakAt('content', r, chain, at);
        hash = legacyChainHash(prevHash, r);
      } else {
        const key = auditKeyById(r.keyId);
        if (!key) throw breakAt('key_unknown', r, chain, at);
        // seq rises along a chain (taken under the chain's lock or lease); a v3 row's seq is covered only by
        // the next row's hash and, at the head, by the checkpoints, so an order changed by hand shows here.
        if (r.hashFormat !== null && r.hashFormat !== 3) throw breakAt('content', r, chain, at);
        if (at > 1 && r.seq <= seq) throw breakAt('content', r, chain, at);
        if (at === 1) expectedPrev = keyedGenesis(key, chain, legacyHead);
        hash = r.hashFormat === 3
          ? keyedChainHash(key, expectedPrev, { ...r, chain, chainSeq: at, prevSeq: at === 1 ? 0 : seq }, 3)
          : keyedChainHash(key, expectedPrev, { ...r, chain, chainSeq: at });
      }
      if (r.prevHash !== expectedPrev) throw breakAt('link', r, chain, at);
      if (r.hash !== hash) throw breakAt('content', r, chain, at);
      const cp = expect?.get(at);
      if (cp && (cp.hash !== r.hash || cp.seq !== r.seq)) throw breakAt('checkpoint_mismatch', r, chain, at);
      onRow(r);
      n = at;
      seq = r.seq;
      prevHash = r.hash;
    }
    if (rows.length < batchSize) break;
  }
  if (expect) {
    const beyond = [...expect.entries()].filter(([at]) => at > n).sort(([a], [b]) => a - b)[0];
    if (beyond) throw breakAt('checkpoint_missing', null, chain, beyond[0], beyond[1].seq);
  }
  return { n, seq, hash: prevHash };
}

/** Walks chain 0 and every keyed chain and names the first row that does not hold. */
export async function verifyAuditChain(
  db: Db,
  opts: { checkpoints?: Checkpoint[]; invalidCheckpoints?: number; batchSize?: number } = {},
): Promise<VerifyResult> {
  const expect = expectations(opts.checkpoints ?? []);
  let walked = 0;
  let head: ChainHead | null = null;
  const onRow = (r: Row) => {
    walked += 1;
    if (!head || r.seq > head.seq) head = { seq: r.seq, hash: r.hash, occurredAt: r.occurredAt };
  };
  try {
    if (opts.invalidCheckpoints) throw breakAt('checkpoint_invalid', null, 0, null, 0);
    const legacy = await walkChain(db, 0, { n: 0, seq: 0, hash: GENESIS_HASH }, { seq: 0, hash: GENESIS_HASH }, expect.get(0), onRow, opts.batchSize);
    const legacyHead = { seq: legacy.n, hash: legacy.n ? legacy.hash : GENESIS_HASH };
    const heads: ChainHeads = { legacy: legacyHead, chains: {} };
    for (let k = 1; k <= CHAINS; k += 1) {
      const h = await walkChain(db, k, { n: 0, seq: 0, hash: '' }, legacyHead, expect.get(k), onRow, opts.batchSize);
      if (h.n > 0) heads.chains[k] = h;
    }
    const [total] = await db.select({ n: count() }).from(auditEvents);
    if (Number(total?.n ?? 0) !== walked) {
      const [stray] = await db.select().from(auditEvents)
        .where(sql`NOT (${auditEvents.chain} BETWEEN 0 AND ${CHAINS}) OR (${auditEvents.chain} > 0 AND ${auditEvents.chainSeq} IS NULL)`).limit(1);
      throw breakAt('unchained', stray ?? null, stray?.chain ?? 0, stray?.chainSeq ?? null);
    }
    return { ok: true, count: walked, head, heads, checkpointsChecked: opts.checkpoints?.length ?? 0 };
  } catch (err) {
    if (err instanceof Broken) return { ok: false, count: walked, broken: err.detail };
    throw err;
  }
}

/** Each chain's head as stored now (no verification): what the checkpoint writer compares against. */
export async function readHeads(db: Db): Promise<ChainHeads> {
  const rows = (await db.execute(sql`
    SELECT k.chain, h.chain_seq, h.seq, h.hash
      FROM generate_series(1, ${CHAINS}) AS k(chain)
      JOIN LATERAL (SELECT e.chain_seq, e.seq, e.hash FROM audit_events e WHERE e.chain = k.chain ORDER BY e.chain_seq DESC LIMIT 1) h ON true
    UNION ALL
    SELECT 0, NULL, l.seq, l.hash FROM (SELECT e.seq, e.hash FROM audit_events e WHERE e.chain = 0 ORDER BY e.seq DESC LIMIT 1) l`)) as unknown as {
    rows: { chain: number; chain_seq: string | number | null; seq: string | number; hash: string }[];
  };
  const heads: ChainHeads = { legacy: { seq: 0, hash: GENESIS_HASH }, chains: {} };
  for (const r of rows.rows) {
    if (Number(r.chain) === 0) heads.legacy = { seq: Number(r.seq), hash: r.hash };
    else heads.chains[Number(r.chain)] = { n: Number(r.chain_seq), seq: Number(r.seq), hash: r.hash };
  }
  return heads;
}

import { asc, gt } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { auditEvents } from './audit.tables.js';
import { chainHash, GENESIS_HASH } from './audit.js';

/**
 * A head the operator wrote down earlier (`skjold audit checkpoint`), kept outside the database.
 *
 * Why: the chain is an unkeyed SHA-256 chain, so it proves that no row was edited or removed *in the middle*
 * without the rows after it being rewritten too. Two things it cannot prove on its own: that rows were not
 * cut off the end (the shorter chain is still a valid chain), and that someone with write access did not
 * rewrite a row and recompute every hash after it. A (seq, hash) pair held outside the database closes both:
 * if row `seq` is gone, the tail was cut; if its hash differs, history up to it was rewritten. Only rows newer
 * than the latest checkpoint remain unprotected, so the operator takes checkpoints on a schedule (cron) and
 * sends them somewhere the database administrator cannot write (mail, ticket, WORM storage).
 */
export interface Checkpoint {
  seq: number;
  hash: string;
}

export type BreakReason = 'missing' | 'link' | 'content' | 'checkpoint_mismatch' | 'checkpoint_missing';

export const BREAK_REASON_LABELS: Record<BreakReason, string> = {
  missing: 'rækken mangler (slettet)',
  link: 'kæden er brudt (forrige hash passer ikke)',
  content: 'indholdet er ændret',
  checkpoint_mismatch: 'passer ikke med kontrolpunktet (historikken er omskrevet)',
  checkpoint_missing: 'rækker efter dette nummer mangler (kontrolpunktet findes ikke længere)',
};

export interface ChainHead {
  seq: number;
  hash: string;
  occurredAt: Date;
}

export interface ChainBreak {
  /** The first row that does not hold (for a deletion: the number that is missing). */
  seq: number;
  /** Of the row as stored, when there is one (a deleted row has none). */
  occurredAt: Date | null;
  eventType: string | null;
  reason: BreakReason;
}

export type VerifyResult =
  | { ok: true; count: number; head: ChainHead | null; checkpointsChecked: number }
  | { ok: false; count: number; broken: ChainBreak };

/** Walks the chain in order and names the first row whose number, link, content or checkpoint does not hold. */
export async function verifyAuditChain(
  db: Db,
  opts: { checkpoints?: Checkpoint[]; batchSize?: number } = {},
): Promise<VerifyResult> {
  const batchSize = opts.batchSize ?? 5000;
  const checkpoints = new Map((opts.checkpoints ?? []).map((c) => [c.seq, c.hash.toLowerCase()]));
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let count = 0;
  let head: ChainHead | null = null;
  for (;;) {
    const rows = await db
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.seq, expectedSeq - 1))
      .orderBy(asc(auditEvents.seq))
      .limit(batchSize);
    for (const r of rows) {
      const at = (reason: BreakReason, seq = r.seq, stored = true): VerifyResult => ({
        ok: false,
        count,
        broken: { seq, occurredAt: stored ? r.occurredAt : null, eventType: stored ? r.eventType : null, reason },
      });
      if (r.seq !== expectedSeq) return at('missing', expectedSeq, false);
      if (r.prevHash !== prevHash) return at('link');
      if (chainHash(prevHash, r) !== r.hash) return at('content');
      const expected = checkpoints.get(r.seq);
      if (expected !== undefined && expected !== r.hash) return at('checkpoint_mismatch');
      prevHash = r.hash;
      head = { seq: r.seq, hash: r.hash, occurredAt: r.occurredAt };
      expectedSeq += 1;
      count += 1;
    }
    if (rows.length < batchSize) break;
  }
  const beyond = [...checkpoints.keys()].filter((seq) => seq >= expectedSeq).sort((a, b) => a - b);
  if (beyond.length > 0) {
    return { ok: false, count, broken: { seq: expectedSeq, occurredAt: null, eventType: null, reason: 'checkpoint_missing' } };
  }
  return { ok: true, count, head, checkpointsChecked: checkpoints.size };
}

/** `seq:hash`, as printed by `skjold audit checkpoint`; null when the text is not one. */
export function parseCheckpoint(text: string): Checkpoint | null {
  const m = /^\s*(\d{1,15}):([0-9a-fA-F]{64})\s*$/.exec(text);
  return m ? { seq: Number(m[1]), hash: m[2]!.toLowerCase() } : null;
}

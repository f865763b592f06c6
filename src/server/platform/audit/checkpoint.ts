import { createHmac, timingSafeEqual } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { auditEvents } from './audit.tables.js';
import { canonical } from './chain.js';
import { auditKeyById, currentAuditKey } from './keys.js';
import { readHeads, walkChain, type ChainHeads } from './verify.js';

/**
 * Signed checkpoints: each chain's head (chain_seq, seq, hash) and chain 0's head, signed with an HMAC key
 * derived from SKJOLD_SECRET, one JSON object a line in `<AUDIT_CHECKPOINT_DIR>/audit-checkpoints.jsonl`.
 * The server appends one every AUDIT_CHECKPOINT_SECONDS when a head moved; `skjold audit checkpoint` appends
 * one on demand; `skjold audit verify` and GET /api/audit/verify read them all. A head that is gone from the
 * database (a cut tail) or holds another hash (a rewritten history) is reported. The directory belongs on
 * another host (README): whoever can write both the database and this file can cut the tail unseen.
 */
export type { Checkpoint } from './checkpoint.types.js';
import type { Checkpoint } from './checkpoint.types.js';

export const CHECKPOINT_FILE = 'audit-checkpoints.jsonl';

/**
 * The default place: a directory beside DATA_DIR (not inside it, so it is not copied or wiped with it). Test
 * apps (NODE_ENV=test, their DATA_DIR the default) get one per process under the temp dir, so they never read
 * a developer's real checkpoints.
 */
export function checkpointDirOf(config: { AUDIT_CHECKPOINT_DIR?: string; DATA_DIR: string; NODE_ENV?: string }): string {
  if (config.AUDIT_CHECKPOINT_DIR) return path.resolve(config.AUDIT_CHECKPOINT_DIR);
  if (config.NODE_ENV === 'test' && config.DATA_DIR === './data') return path.join(tmpdir(), `skjold-test-checkpoints-${process.pid}`);
  return path.join(path.dirname(path.resolve(config.DATA_DIR)), 'audit-checkpoints');
}

const body = (cp: Omit<Checkpoint, 'sig'>) => canonical({ v: cp.v, at: cp.at, keyId: cp.keyId, legacy: cp.legacy, chains: cp.chains });

export function signCheckpoint(heads: ChainHeads, at = new Date()): Checkpoint {
  const key = currentAuditKey();
  const chains: Checkpoint['chains'] = {};
  for (const [k, h] of Object.entries(heads.chains)) chains[k] = [h.n, h.seq, h.hash];
  const cp = { v: 1 as const, at: at.toISOString(), keyId: key.id, legacy: heads.legacy, chains };
  return { ...cp, sig: createHmac('sha256', key.checkpoint).update(body(cp)).digest('hex') };
}

export function checkpointIsAuthentic(cp: Checkpoint): boolean {
  const key = auditKeyById(cp.keyId);
  if (!key || typeof cp.sig !== 'string' || !/^[0-9a-f]{64}$/.test(cp.sig)) return false;
  const want = createHmac('sha256', key.checkpoint).update(body(cp)).digest();
  return timingSafeEqual(want, Buffer.from(cp.sig, 'hex'));
}

export interface CheckpointSet {
  checkpoints: Checkpoint[];
  /** Lines that do not parse or whose signature fails: someone wrote the file who should not have. */
  invalid: number;
  files: string[];
}

/** Every checkpoint in a file or in every *.jsonl of a directory; a missing place reads as none. */
export function readCheckpoints(place: string): CheckpointSet {
  const set: CheckpointSet = { checkpoints: [], invalid: 0, files: [] };
  if (!existsSync(place)) return set;
  const files = place.endsWith('.jsonl') ? [place] : readdirSync(place).filter((f) => f.endsWith('.jsonl')).sort().map((f) => path.join(place, f));
  for (const file of files) {
    set.files.push(file);
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      try {
        const cp = JSON.parse(line) as Checkpoint;
        if (cp.v === 1 && cp.legacy && cp.chains && checkpointIsAuthentic(cp)) set.checkpoints.push(cp);
        else set.invalid += 1;
      } catch {
        set.invalid += 1;
      }
    }
  }
  return set;
}

export function appendCheckpoint(dir: string, cp: Checkpoint): string {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = path.join(dir, CHECKPOINT_FILE);
  appendFileSync(file, `${JSON.stringify(cp)}\n`, { mode: 0o600 });
  return file;
}

const sameHeads = (a: ChainHeads, b: Checkpoint) =>
  a.legacy.seq === b.legacy.seq &&
  Object.keys(a.chains).length === Object.keys(b.chains).length &&
  Object.entries(a.chains).every(([k, h]) => b.chains[k]?.[2] === h.hash);

/**
 * Takes a checkpoint unless the heads are those of `last`. Before signing, the rows since `last` are verified
 * (and `last`'s heads must still be there), so a tail cut or rewritten since then is refused, not signed.
 */
export async function takeCheckpoint(db: Db, dir: string, last: Checkpoint | null): Promise<
  { written: Checkpoint; file: string } | { unchanged: true } | { refused: string }
> {
  const heads = await readHeads(db);
  if (last && sameHeads(heads, last)) return { unchanged: true };
  if (last) {
    if (heads.legacy.seq !== last.legacy.seq || heads.legacy.hash !== last.legacy.hash) return { refused: 'kæde 0 er ændret siden sidste kontrolpunkt' };
    for (const [k, prev] of Object.entries(last.chains)) {
      const [n, seq, hash] = prev;
      const [row] = await db.select({ hash: auditEvents.hash }).from(auditEvents)
        .where(and(eq(auditEvents.chain, Number(k)), eq(auditEvents.chainSeq, n))).limit(1);
      if (row?.hash !== hash) return { refused: `kæde ${k}: kontrolpunktets hoved (nr. ${seq}) er ${row ? 'ændret' : 'væk'}` };
      try {
        await walkChain(db, Number(k), { n, seq, hash }, last.legacy, undefined, () => {});
      } catch (err) {
        return { refused: `kæde ${k}: ${(err as Error).message} efter sidste kontrolpunkt` };
      }
    }
  }
  const written = signCheckpoint(heads);
  return { written, file: appendCheckpoint(dir, written) };
}

/** The last authentic checkpoint in a place, or null. */
export const lastCheckpoint = (place: string): Checkpoint | null => readCheckpoints(place).checkpoints.at(-1) ?? null;

/**
 * The server's checkpoint job: every `seconds`, when a head moved. Returns a stop function that writes a last
 * checkpoint (a clean shutdown leaves none of its rows unprotected).
 */
export function startCheckpointWriter(
  db: Db,
  dir: string,
  seconds: number,
  log: { info: (o: object, m: string) => void; error: (o: object, m: string) => void },
): () => Promise<void> {
  let last = lastCheckpoint(dir);
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = running.then(async () => {
      try {
        const res = await takeCheckpoint(db, dir, last);
        if ('written' in res) last = res.written;
        if ('refused' in res) log.error({ reason: res.refused }, 'audit checkpoint refused: the trail changed since the last checkpoint');
      } catch (err) {
        log.error({ err: (err as Error).message }, 'audit checkpoint failed');
      }
    });
    return running;
  };
  const timer = setInterval(tick, seconds * 1000);
  timer.unref();
  void tick();
  return async () => {
    clearInterval(timer);
    await tick();
  };
}

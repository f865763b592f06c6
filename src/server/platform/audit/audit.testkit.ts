/** Test helpers for the trail's attack tests (not shipped: the build skips *testkit.ts). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { asc, sql, type SQL } from 'drizzle-orm';
import { freshDatabase } from '../../../../test/support/db.js';
import type { Db, Engine } from '../db/client.js';
import { runAuditCheckpoint, runAuditVerify } from '../../../cli/commands/audit.js';
import { recordAudit } from './audit.js';
import type { AuditDetailsShape } from './define.js';
import { auditEvents } from './audit.tables.js';
import { configureAuditKeys } from './keys.js';

export const TEST_SECRET = 'test-secret-'.padEnd(48, 'x');
configureAuditKeys([TEST_SECRET]);

/** What the database owner can do (issue 16): switch the append-only trigger off for one transaction. */
export async function asOwner(db: Db, ...statements: SQL[]) {
  await db.transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL session_replication_role = replica`);
    for (const s of statements) await tx.execute(s);
  });
}

export const TYPES = ['auth.login_succeeded', 'case.participants_read', 'case.user_excluded', 'audit.trail_searched', 'auth.logout'] as const;
// Row i's details, in the shape its type declares (a strict one refuses `n`).
const DETAILS: Partial<Record<(typeof TYPES)[number], (i: number) => AuditDetailsShape>> = {
  'case.participants_read': (i) => ({ count: i }),
  'case.user_excluded': (i) => ({ removedParticipation: i % 2 === 0, self: false }),
};

export async function trail(engine: Engine, rows = 8) {
  const database = await freshDatabase(engine);
  const db = database.db;
  const dir = mkdtempSync(path.join(tmpdir(), 'skjold-cp-'));
  const config = { DATA_DIR: dir, AUDIT_CHECKPOINT_DIR: dir };
  for (let i = 0; i < rows; i += 1) {
    await db.transaction((tx) =>
      recordAudit(tx, { type: TYPES[i % 5]!, actor: { userId: crypto.randomUUID(), role: 'caseworker' }, caseId: crypto.randomUUID(), purpose: 'Test', details: DETAILS[TYPES[i % 5]!]?.(i) ?? { n: i } }),
    );
  }
  const verify = async (opts: { noCheckpoints?: boolean } = {}) => {
    const out: string[] = [];
    const code = await runAuditVerify(db, config, opts.noCheckpoints ? { useCheckpoints: false } : {}, (l) => out.push(l), (l) => out.push(l));
    return { code, text: out.join('\n') };
  };
  const checkpoint = async () => {
    const out: string[] = [];
    const code = await runAuditCheckpoint(db, config, (l) => out.push(l), (l) => out.push(l));
    return { code, text: out.join('\n') };
  };
  const all = () => db.select().from(auditEvents).orderBy(asc(auditEvents.seq));
  const done = async () => {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  };
  return { db, dir, verify, checkpoint, all, done };
}


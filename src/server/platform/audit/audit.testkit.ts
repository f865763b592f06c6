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

/** Row i of a test trail: five event types in turn, each with details of its declared shape. */
function testRow(tx: Db, i: number) {
  const base = { actor: { userId: crypto.randomUUID(), role: 'caseworker' as const }, caseId: crypto.randomUUID(), purpose: 'Test' };
  switch (i % 5) {
    case 0: return recordAudit(tx, { ...base, type: 'auth.login_succeeded', details: { method: 'password' } });
    case 1: return recordAudit(tx, { ...base, type: 'actors.listed', details: { count: i } });
    case 2: return recordAudit(tx, { ...base, type: 'identity.users_listed', details: { scope: 'all', count: i } });
    case 3: return recordAudit(tx, { ...base, type: 'audit.trail_searched', details: { page: 1, results: i } });
    default: return recordAudit(tx, { ...base, type: 'auth.logout', details: {} });
  }
}

export async function trail(engine: Engine, rows = 8) {
  const database = await freshDatabase(engine);
  const db = database.db;
  const dir = mkdtempSync(path.join(tmpdir(), 'skjold-cp-'));
  const config = { DATA_DIR: dir, AUDIT_CHECKPOINT_DIR: dir };
  for (let i = 0; i < rows; i += 1) {
    await db.transaction((tx) => testRow(tx, i));
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


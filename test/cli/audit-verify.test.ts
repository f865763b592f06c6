import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../../src/server/platform/db/client.js';
import { migrate } from '../../src/server/platform/db/migrate.js';
import { recordAudit } from '../../src/server/platform/audit/audit.js';
import '../../src/server/audit.catalogue.js';

/** The operator's command as shipped (`npx skjold audit …`, through bin/skjold.mjs) on an embedded data dir. */
describe('skjold audit verify (CLI)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'skjold-audit-cli-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const skjold = (...args: string[]) => {
    const res = spawnSync(process.execPath, ['bin/skjold.mjs', 'audit', ...args], {
      env: { ...process.env, DATA_DIR: dir, DATABASE_URL: '', LOG_LEVEL: 'silent' },
      encoding: 'utf8',
    });
    return { code: res.status, out: res.stdout, err: res.stderr };
  };
  const withDb = async (fn: (db: Awaited<ReturnType<typeof openDatabase>>['db']) => Promise<void>) => {
    const database = await openDatabase({ dataDir: dir });
    try {
      await migrate(database);
      await fn(database.db);
    } finally {
      await database.close();
    }
  };

  it('prints count and head, then names the first broken row with a non-zero exit', async () => {
    await withDb(async (db) => {
      for (let i = 0; i < 3; i++) await db.transaction((tx) => recordAudit(tx, { type: 'auth.login_failed', actor: null, details: { reason: 'wrong_password' } }));
    });
    const intact = skjold('verify');
    assert.equal(intact.code, 0, intact.err);
    assert.match(intact.out, /intakt: 3 hændelser/);
    assert.match(intact.out, /Hoved-hash: [0-9a-f]{64}/);

    const checkpoint = skjold('checkpoint');
    assert.equal(checkpoint.code, 0);
    const anchor = checkpoint.out.trim();
    assert.match(anchor, /^3:[0-9a-f]{64}$/);
    const file = path.join(dir, 'checkpoints.txt');
    writeFileSync(file, `# kontrolpunkter\n${anchor}\n`);

    await withDb(async (db) => {
      await db.execute(sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update`);
      await db.execute(sql`DELETE FROM audit_events WHERE seq = 3`);
      await db.execute(sql`ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update`);
    });
    const cut = skjold('verify', '--checkpoint-file', file);
    assert.equal(cut.code, 1);
    assert.match(cut.err, /BRUDT ved hændelse nr\. 3/);

    await withDb(async (db) => {
      await db.execute(sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update`);
      await db.execute(sql`UPDATE audit_events SET details = '{"reason":"ok"}' WHERE seq = 2`);
      await db.execute(sql`ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update`);
    });
    const edited = skjold('verify');
    assert.equal(edited.code, 1);
    assert.match(edited.err, /BRUDT ved hændelse nr\. 2 \(.+, auth\.login_failed\): indholdet er ændret/);
  });
});

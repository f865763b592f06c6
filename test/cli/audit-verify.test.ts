import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../../src/server/config/config.js';
import type { Db } from '../../src/server/platform/db/client.js';
import { recordAudit } from '../../src/server/platform/audit/audit.js';
import '../../src/server/audit.catalogue.js';
import { auditSecretsOf, configureAuditKeys } from '../../src/server/platform/audit/keys.js';
import { skjoldWith, withDataDir } from './cli.testkit.js';

/**
 * The operator's command as shipped (`npx skjold audit …`, through bin/skjold.mjs) on an embedded data dir,
 * with the checkpoints in their default place beside DATA_DIR. The database owner's two attacks of issue 16.
 */
describe('skjold audit verify / checkpoint (CLI)', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'skjold-audit-cli-'));
  const dir = path.join(root, 'data');
  after(() => rmSync(root, { recursive: true, force: true }));
  const env: Record<string, string | undefined> = { ...process.env, DATA_DIR: dir, DATABASE_URL: '', LOG_LEVEL: 'silent' };
  delete env.SKJOLD_SECRET;
  delete env.AUDIT_CHECKPOINT_DIR;
  const skjold = (...args: string[]) => skjoldWith(env)('audit', ...args);
  const withDb = (fn: (db: Db) => Promise<void>) => withDataDir(dir, fn);
  const asOwner = (statement: ReturnType<typeof sql>) =>
    withDb((db) => db.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL session_replication_role = replica`);
      await tx.execute(statement);
    }));

  it('checkpoints beside DATA_DIR by default; the cut tail and the edit are reported with no arguments', async () => {
    // The same key the CLI derives: from the secret generated into the data dir.
    configureAuditKeys(auditSecretsOf(loadConfig(env, () => {})));
    await withDb(async (db) => {
      for (let i = 0; i < 8; i++) await db.transaction((tx) => recordAudit(tx, { type: 'auth.login_failed', actor: null, details: { reason: 'wrong_password' } }));
    });
    const cp = skjold('checkpoint');
    assert.equal(cp.code, 0, cp.err);
    assert.match(cp.out, /Kontrolpunkt skrevet/);
    const file = path.join(root, 'audit-checkpoints', 'audit-checkpoints.jsonl');
    assert.equal(readFileSync(file, 'utf8').trim().split('\n').length, 1);

    await asOwner(sql`DELETE FROM audit_events WHERE seq > 3`);
    const cut = skjold('verify');
    assert.equal(cut.code, 1, cut.out);
    assert.match(cut.err, /BRUDT ved hændelse nr\. 8 .*rækker efter dette nummer mangler/);
    assert.match(cut.err, /3 hændelser før bruddet/);
    assert.equal(skjold('checkpoint').code, 1, 'and no new checkpoint blesses the cut');

    await asOwner(sql`UPDATE audit_events SET details = '{"reason":"ok"}' WHERE seq = 2`);
    const edited = skjold('verify', '--no-checkpoints');
    // (the verify of the cut above also showed the first 3 rows intact: "3 hændelser før bruddet")
    assert.equal(edited.code, 1);
    assert.match(edited.err, /BRUDT ved hændelse nr\. 2 \(kæde \d+, led 2\) \(.+, auth\.login_failed\): indholdet er ændret/);
  });
});

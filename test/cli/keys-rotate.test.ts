import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { loadConfig } from '../../src/server/config/config.js';
import { openDatabase } from '../../src/server/platform/db/client.js';
import '../../src/server/audit.catalogue.js';
import { auditSecretsOf, configureAuditKeys } from '../../src/server/platform/audit/keys.js';
import { createFieldCrypto } from '../../src/server/platform/crypto/fields.js';
import { users } from '../../src/server/modules/auth/auth.tables.js';
import { seedAccountAndTrail, skjoldWith, withDataDir } from './cli.testkit.js';

/** `npx skjold keys rotate` as shipped (bin/skjold.mjs) on an embedded data dir whose secret was generated into it. */
describe('skjold keys rotate (CLI)', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'skjold-keys-cli-'));
  const dir = path.join(root, 'data');
  after(() => rmSync(root, { recursive: true, force: true }));
  const base: Record<string, string | undefined> = { ...process.env, DATA_DIR: dir, DATABASE_URL: '', LOG_LEVEL: 'silent' };
  for (const k of ['SKJOLD_SECRET', 'SKJOLD_SECRET_PREVIOUS', 'AUDIT_CHECKPOINT_DIR', 'NODE_ENV']) delete base[k];
  const NEW = 'a-brand-new-secret-for-the-rotation-'.padEnd(50, 'q');
  const skjold = (env: Record<string, string>, ...args: string[]) => skjoldWith({ ...base, ...env })(...args);

  it('--help in Danish; refuses without SKJOLD_SECRET_PREVIOUS; rotates; then the new secret alone reads and verifies', async () => {
    const help = skjold({}, 'keys', 'rotate', '--help');
    assert.equal(help.code, 0);
    assert.match(help.out, /Krypter alle krypterede felter/);
    assert.match(help.out, /SKJOLD_SECRET_PREVIOUS/);
    assert.match(help.out, /--batch <antal>/);

    const old = loadConfig(base, () => {}).secret; // generated into DATA_DIR
    configureAuditKeys(auditSecretsOf({ secret: old }));
    await withDataDir(dir, (db) => seedAccountAndTrail(db, old));

    const refused = skjold({ SKJOLD_SECRET: NEW }, 'keys', 'rotate');
    assert.equal(refused.code, 1);
    assert.match(refused.err, /SKJOLD_SECRET_PREVIOUS er ikke sat/);

    const run = skjold({ SKJOLD_SECRET: NEW, SKJOLD_SECRET_PREVIOUS: old }, 'keys', 'rotate', '--batch', '1');
    assert.equal(run.code, 0, run.err);
    assert.match(run.err, /users\.email_enc: 1 af 1/);
    assert.match(run.out, /Færdig: 1 værdier/);
    assert.match(run.out, /Fjern nu SKJOLD_SECRET_PREVIOUS/);

    const verify = skjold({ SKJOLD_SECRET: NEW }, 'audit', 'verify');
    assert.equal(verify.code, 0, verify.err);
    assert.match(verify.out, /Revisionssporet er intakt/);
    assert.match(verify.out, /Kontrolpunkter bekræftet: 1/);

    const again = await openDatabase({ dataDir: dir });
    try {
      const [u] = await again.db.select().from(users).where(eq(users.username, 'karin'));
      assert.equal(createFieldCrypto(NEW).decrypt(u!.emailEnc!), 'karin@example.dk');
      assert.throws(() => createFieldCrypto(old).decrypt(u!.emailEnc!));
    } finally {
      await again.close();
    }
  });
});

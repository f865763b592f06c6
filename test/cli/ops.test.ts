import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import '../../src/server/audit.catalogue.js';
import { auditSecretsOf, configureAuditKeys } from '../../src/server/platform/audit/keys.js';
import { seedAccountAndTrail, skjoldWith, withDataDir } from './cli.testkit.js';

/** `npx skjold backup`, `restore` and `retention run` as shipped (bin/skjold.mjs), on embedded data dirs. */
describe('skjold backup, restore and retention (CLI)', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'skjold-ops-cli-'));
  after(() => rmSync(root, { recursive: true, force: true }));
  const SECRET = 'the-operators-secret-for-backup-and-restore-'.padEnd(50, 'z');
  const base: Record<string, string | undefined> = { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'silent', SKJOLD_SECRET: SECRET };
  for (const k of ['SKJOLD_SECRET_PREVIOUS', 'AUDIT_CHECKPOINT_DIR', 'NODE_ENV']) delete base[k];
  const skjold = (dataDir: string, ...args: string[]) => skjoldWith({ ...base, DATA_DIR: dataDir })(...args);

  it('--help in Danish for each command', () => {
    const dir = path.join(root, 'help');
    assert.match(skjold(dir, 'backup', '--help').out, /krypteret sikkerhedskopi[\s\S]*--out <fil>/);
    assert.match(skjold(dir, 'restore', '--help').out, /Indlæs en sikkerhedskopi[\s\S]*--in <fil>/);
    assert.match(skjold(dir, 'retention', 'run', '--help').out, /Anonymisér afsluttede sager[\s\S]*--dry-run/);
  });

  it('backs up a data dir to an owner-only file, restores it into another, verifies the trail, and runs retention there', async () => {
    const from = path.join(root, 'from');
    configureAuditKeys(auditSecretsOf({ secret: SECRET }));
    await withDataDir(from, (db) => seedAccountAndTrail(db, SECRET));

    const file = path.join(root, 'skjold.backup');
    const backup = skjold(from, 'backup', '--out', file);
    assert.equal(backup.code, 0, backup.err);
    assert.match(backup.out, /Sikkerhedskopi skrevet til .*skjold\.backup: \d+ rækker, \d+ byte, krypteret\./);
    assert.equal(statSync(file).mode & 0o777, 0o600);
    assert.equal(skjold(from, 'backup', '--out', file).code, 1, 'an existing file is never overwritten');

    const to = path.join(root, 'to');
    const restore = skjold(to, 'restore', '--in', file);
    assert.equal(restore.code, 0, restore.err);
    assert.match(restore.out, /Indlæst: \d+ rækker\. Revisionsloggen er intakt \(\d+ rækker\)\./);
    assert.match(skjold(to, 'audit', 'verify').out, /Revisionssporet er intakt/);

    const dry = skjold(to, 'retention', 'run', '--dry-run');
    assert.equal(dry.code, 0, dry.err);
    assert.match(dry.out, /Prøvekørsel: 0 sager er lukket for mere end 60 måneder siden og ville blive anonymiseret\./);
    const run = skjold(to, 'retention', 'run');
    assert.equal(run.code, 0, run.err);
    assert.match(run.out, /0 sager er anonymiseret \(frist: 60 måneder\)\./);
  });
});

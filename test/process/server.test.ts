import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { after, describe, it } from 'node:test';
import pg from 'pg';
import { startServerProcess, type ServerProcess } from './spawn.js';

const started: ServerProcess[] = [];
const dirs: string[] = [];
function tempDataDir() {
  const dir = mkdtempSync(path.join(tmpdir(), 'skjold-process-'));
  dirs.push(dir);
  return dir;
}
function server(env: Record<string, string>) {
  const s = startServerProcess(env);
  started.push(s);
  return s;
}
after(async () => {
  for (const s of started) await s.stop('SIGKILL');
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('server process on PGlite', () => {
  it('serves /healthz on pglite, keeps its generated secret owner-only, locks the data dir, and stops cleanly on SIGTERM', async () => {
    const dataDir = tempDataDir();
    const first = server({ DATA_DIR: dataDir, LOG_LEVEL: 'info' });
    const url = await first.ready();
    const health = await fetch(`${url}/healthz`);
    assert.equal(health.status, 200);
    assert.deepEqual(await health.json(), { status: 'ok', database: 'pglite' });
    // Compiled (as npm test and npm start run it), a new data dir starts from the build's empty cluster, no initdb.
    assert.match(first.output(), process.env.SKJOLD_TEST_SERVER ? /new database from the build's empty cluster/ : /new database \(initdb\)/);
    assert.equal(statSync(path.join(dataDir, 'secret.key')).mode & 0o777, 0o600, 'secret.key is 0600');

    const municipality = await fetch(`${url}/api/directory/municipalities/165`);
    assert.equal((await municipality.json()).name, 'Albertslund');

    const second = server({ DATA_DIR: dataDir });
    const code = await second.exited();
    assert.notEqual(code, 0, 'second process must not start');
    assert.match(second.output(), /allerede i brug af en anden Skjold-proces/);
    assert.equal((await fetch(`${url}/healthz`)).status, 200, 'first process unharmed');

    assert.equal(await first.stop('SIGTERM'), 0, 'graceful shutdown exits 0');
    assert.match(first.output(), /stopping/);

    // The lock went with the process: the same data dir starts again, with its data.
    const again = server({ DATA_DIR: dataDir });
    const url2 = await again.ready();
    assert.equal((await (await fetch(`${url2}/healthz`)).json()).database, 'pglite');
    assert.doesNotMatch(again.output(), /new database/, 'the second start opens the database the first one made');
    assert.equal(await again.stop('SIGTERM'), 0);
  });

  it('a data dir that has held demo data is refused without demo mode, so demo accounts never pass as real', async () => {
    const dataDir = tempDataDir();
    const demo = server({ DATA_DIR: dataDir, SKJOLD_DEMO: '1' });
    await demo.ready();
    assert.equal(await demo.stop('SIGTERM'), 0);
    const real = server({ DATA_DIR: dataDir });
    assert.notEqual(await real.exited(), 0);
    assert.match(real.output(), /Databasen indeholder demodata/);
  });

  it('refuses a bad setting with a message naming it, and exits non-zero', async () => {
    const bad = server({ DATA_DIR: tempDataDir(), PORT: 'abc' });
    assert.notEqual(await bad.exited(), 0);
    assert.match(bad.output(), /Ugyldig konfiguration/);
    assert.match(bad.output(), /PORT/);
  });
});

const pgUrl = process.env.TEST_DATABASE_URL;
describe('server process on PostgreSQL', { skip: !pgUrl && 'TEST_DATABASE_URL not set' }, () => {
  it('refuses DATABASE_URL without SKJOLD_SECRET, and with it serves /healthz on postgres in its own schema', async () => {
    // A fresh schema keeps the test out of public; search_path also keeps public for extensions.
    const schema = `proc_${randomBytes(5).toString('hex')}`;
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    try {
      const sep = pgUrl!.includes('?') ? '&' : '?';
      const databaseUrl = `${pgUrl}${sep}options=${encodeURIComponent(`-c search_path=${schema},public`)}`;

      const noSecret = server({ DATABASE_URL: databaseUrl, DATA_DIR: tempDataDir() });
      assert.notEqual(await noSecret.exited(), 0);
      assert.match(noSecret.output(), /SKJOLD_SECRET/);

      const s = server({ DATABASE_URL: databaseUrl, SKJOLD_SECRET: randomBytes(32).toString('hex'), DATA_DIR: tempDataDir() });
      const url = await s.ready();
      assert.deepEqual(await (await fetch(`${url}/healthz`)).json(), { status: 'ok', database: 'postgres' });
      const tables = await admin.query(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'municipalities'`, [schema]);
      assert.equal(tables.rows[0].n, 1, 'migrated into the fresh schema, not public');
      assert.equal(await s.stop('SIGTERM'), 0);
    } finally {
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    }
  });
});

import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { serverArgs } from '../../../../../test/process/spawn.js';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { hashPassword } from '../../auth/auth.service.js';
import { TEST_PASSWORD } from '../../../../../test/support/app.js';

/**
 * Two real server processes (node --import tsx src/server/main.ts) on one PostgreSQL schema: a session made on one is
 * honoured by the other, logout on one ends it on both, and login throttling counts across both.
 */
const baseUrl = process.env.TEST_DATABASE_URL;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

async function startServer(databaseUrl: string): Promise<{ url: string; proc: ChildProcess; output: () => string }> {
  const port = await freePort();
  let output = '';
  // The server itself, without npx or tsx wrapper processes, so SIGTERM reaches it and it shuts down cleanly.
  const proc = spawn(process.execPath, serverArgs(), {
    env: { ...process.env, NODE_ENV: 'test', DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', WEB_DIST_DIR: '/nonexistent', LOGIN_IP_MAX_FAILURES: '4' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  proc.stdout!.on('data', (d) => (output += d));
  proc.stderr!.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    if (proc.exitCode !== null) throw new Error(`server exited: ${output}`);
    const ok = await fetch(`${url}/healthz`).then((r) => r.ok, () => false);
    if (ok) return { url, proc, output: () => output };
    await new Promise((r) => setTimeout(r, 200));
  }
  proc.kill();
  throw new Error(`server did not start: ${output}`);
}

describe('identity scale-out [postgres, two processes]', { skip: !baseUrl && 'needs TEST_DATABASE_URL' }, () => {
  const schema = `scale_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  const servers: ChildProcess[] = [];
  let one: string;
  let two: string;

  before(async () => {
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    const url = new URL(baseUrl!);
    url.searchParams.set('options', `-c search_path=${schema}`);
    const first = await startServer(url.href);
    servers.push(first.proc);
    assert.match(first.output(), /Engangsadgangskode/, 'the first process bootstraps the admin and prints it');
    const second = await startServer(url.href);
    servers.push(second.proc);
    assert.doesNotMatch(second.output(), /Engangsadgangskode/, 'the second process finds the admin and prints nothing');
    [one, two] = [first.url, second.url];
    await admin.query(
      `INSERT INTO ${schema}.users (username, display_name, role, password_hash) VALUES ('delt.bruger', 'Delt Bruger', 'analyst', $1)`,
      [await hashPassword(TEST_PASSWORD)],
    );
  });
  after(async () => {
    for (const p of servers) p.kill('SIGTERM');
    await Promise.all(servers.map((p) => new Promise((r) => (p.exitCode !== null ? r(null) : p.on('exit', r)))));
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => {});
    await admin.end();
  });

  const login = (server: string, password = TEST_PASSWORD) =>
    fetch(`${server}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'delt.bruger', password }) });

  it('a session made on one process works on the other, and logout on the other ends it everywhere', async () => {
    const res = await login(one);
    assert.equal(res.status, 200);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('skjold_session='))!.split(';')[0]!;
    const { csrfToken } = (await res.json()) as { csrfToken: string };
    const me = await fetch(`${two}/api/me`, { headers: { cookie } });
    assert.equal(me.status, 200);
    assert.equal(((await me.json()) as { user: { username: string } }).user.username, 'delt.bruger');
    const out = await fetch(`${two}/api/auth/logout`, { method: 'POST', headers: { cookie, 'x-csrf-token': csrfToken } });
    assert.equal(out.status, 204);
    assert.equal((await fetch(`${one}/api/me`, { headers: { cookie } })).status, 401);
  });

  it('login throttling counts failures from both processes together', async () => {
    // LOGIN_IP_MAX_FAILURES=4: two failures on each process exhaust the shared bucket for 127.0.0.1.
    for (const server of [one, two, one, two]) assert.equal((await login(server, 'forkert-adgangskode')).status, 401);
    assert.equal((await login(one)).status, 429);
    assert.equal((await login(two)).status, 429);
  });
});

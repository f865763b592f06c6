/**
 * The RSS targets are the server's (issue 15: ≤ 250 MB on PostgreSQL, ≤ 600 MB on PGlite, with 100 000
 * cases), so this row measures the compiled server (dist/server, as `npm start` runs it) in a process of its
 * own: on a database seeded with `cases` cases, after a case-read and a case-list load, its VmRSS and its peak
 * (VmHWM). The bench process's own RSS also holds the load's bookkeeping, the raw anchors and, on PGlite, the
 * statistics database, so it overstates the server.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../../src/server/config/config.js';
import { auditSecretsOf, useAuditKeys } from '../../src/server/platform/audit/keys.js';
import { openDatabase, queryRows, quoteIdent, type Engine } from '../../src/server/platform/db/client.js';
import { migrate } from '../../src/server/platform/db/migrate.js';
import { autocannon, SECONDS, SMOKE } from './load.js';
import { seedCases } from './seed.js';

const { createUser, TEST_PASSWORD } = await import('../support/app.js');

const SECRET = 'bench-server-rss-secret-'.padEnd(48, 'x');
const CPR = '0101904000';

export async function serverRss(engine: Engine, cases: number): Promise<{ row: string; note: string }> {
  const row = `server RSS after load (node dist/server, own process, ${cases} cases)`;
  const main = path.resolve('dist/server/main.js');
  if (!existsSync(main)) return { row, note: 'not built: run npm run build' };
  const dir = mkdtempSync(path.join(tmpdir(), 'skjold-bench-rss-'));
  const schema = `bench_rss_${process.pid}`;
  const url = process.env.TEST_DATABASE_URL!;
  const env: Record<string, string | undefined> = {
    ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dir, LOG_LEVEL: 'info', SKJOLD_SECRET: SECRET,
    AUDIT_CHECKPOINT_DIR: path.join(dir, 'cp'), MFA_REQUIRED_ROLES: 'none',
    RATE_LIMIT_READ_PER_MINUTE: '1000000', RATE_LIMIT_WRITE_PER_MINUTE: '1000000', RATE_LIMIT_SEARCH_PER_MINUTE: '1000000',
  };
  try {
    // Seed the server's own database, then let go of it (a PGlite data dir has one owner at a time).
    const database = await openDatabase(engine === 'postgres' ? { databaseUrl: url, schema } : { dataDir: dir });
    await migrate(database);
    const config = loadConfig({ NODE_ENV: 'test', SKJOLD_SECRET: SECRET, LOG_LEVEL: 'silent' });
    await useAuditKeys(database.db, auditSecretsOf(config));
    const ctx = { db: database.db, database, config };
    const cw = await createUser(ctx, { role: 'caseworker', municipalityCode: '165' });
    const kons = await createUser(ctx, { role: 'consultant', region: 'Region Hovedstaden' });
    await seedCases(ctx, cases, CPR, cw.id);
    const [theCase] = await queryRows<{ id: string }>(database.db, sql`SELECT c.id FROM cases c JOIN municipalities m ON m.code = c.responsible_municipality_code
      WHERE m.region = 'Region Hovedstaden' LIMIT 1`);
    await database.close();
    if (engine === 'postgres') {
      const u = new URL(url);
      u.searchParams.set('options', `-c search_path=${schema},public`);
      env.DATABASE_URL = u.toString();
    } else delete env.DATABASE_URL;

    const child = spawn(process.execPath, [main], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const base = await listening(child);
      const login = await fetch(`${base}/api/auth/login`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: kons.username, password: TEST_PASSWORD }),
      });
      if (login.status !== 200) throw new Error(`login ${login.status}`);
      const cookie = /skjold_session=[^;]+/.exec(login.headers.get('set-cookie') ?? '')![0];
      const reads = await autocannon(`${base}/api/cases/${theCase!.id}`, { connections: 32, headers: { cookie } });
      const lists = await autocannon(`${base}/api/cases?limit=50`, { connections: 32, headers: { cookie } });
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const mb = (k: string) => Math.round(Number(new RegExp(`${k}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024);
      return { row, note: `${mb('VmRSS')} MB (peak ${mb('VmHWM')} MB) after ${reads.ok} case reads and ${lists.ok} case lists${SMOKE ? '' : ` (32 connections, ${SECONDS} s each)`}` };
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)));
    }
  } finally {
    if (engine === 'postgres') {
      const database = await openDatabase({ databaseUrl: url });
      await database.db.execute(sql.raw(`DROP SCHEMA IF EXISTS ${quoteIdent(schema)} CASCADE`)).catch(() => {});
      await database.close();
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The server's base URL once it logs that it listens (PORT=0: the port it printed). */
function listening(child: ReturnType<typeof spawn>): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`no start in 120 s: ${out.slice(-300)}`)), 120_000);
    const onData = (d: Buffer) => {
      out += d;
      const m = /Skjold kører på (http:\/\/[^\s]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (d: Buffer) => (out += d));
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${out.slice(-300)}`)));
  });
}

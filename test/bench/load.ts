/**
 * What the bench's scripts share: the load generator (autocannon; a child process, or in-process for smoke runs),
 * the app under load — PGlite or PostgreSQL, on loopback, with a caseworker, a consultant signed in and one
 * case — the compiled server as a process of its own, and the trail's check after a load. Used by run.ts
 * (`npm run bench`), production-server.ts, profile-http.ts and cpu-split.ts.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import pino from 'pino';
import { buildApp } from '../../src/server/app.js';
import { loadConfig } from '../../src/server/config/config.js';
import type { AppContext } from '../../src/server/platform/app-context.js';
import { sql } from 'drizzle-orm';
import { verifyAuditChain } from '../../src/server/platform/audit/verify.js';
import { queryRows, type Db, type Engine } from '../../src/server/platform/db/client.js';

process.env.TEST_DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/test';
const { freshDatabase } = await import('../support/db.js');
const { createUser, loginAs } = await import('../support/app.js');
const { openCase } = await import('../../src/server/modules/cases/cases.testkit.js');

export const SMOKE = process.env.BENCH_SMOKE === '1';
export const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const AUTOCANNON = path.resolve('node_modules/autocannon/autocannon.js');

/** Smoke runs keep two connections whatever the row says: they check that the row works, not how fast. */
export const conn = (c: number) => (SMOKE ? 2 : c);

export interface Load { rps: number; p50: number; p99: number; ok: number; failed: number }

/** autocannon as its own process, bounded by count (smoke) or seconds. */
export function autocannon(url: string, opts: { connections: number; method?: string; body?: unknown; headers: Record<string, string>; seconds?: number }): Promise<Load> {
  const args = [AUTOCANNON, '-j', '-t', '60', '-c', String(conn(opts.connections)), ...(SMOKE ? ['-a', '6'] : ['-d', String(opts.seconds ?? SECONDS)]), '-m', opts.method ?? 'GET'];
  for (const [k, v] of Object.entries(opts.headers)) args.push('-H', `${k}=${v}`);
  if (opts.body !== undefined) args.push('-H', 'content-type=application/json', '-b', JSON.stringify(opts.body));
  args.push(url);
  if (SMOKE) return autocannonInProcess(url, opts);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', () => {
      try {
        const r = JSON.parse(out);
        const ok = r['2xx'] as number;
        resolve({ rps: Math.round(ok / r.duration), p50: r.latency.p50, p99: r.latency.p99, ok, failed: r.non2xx + r.errors + r.timeouts });
      } catch (err) {
        reject(err);
      }
    });
  });
}

/** Smoke runs: the same tool in this process (a child per row costs more than the row's few requests). */
async function autocannonInProcess(url: string, opts: { connections: number; method?: string; body?: unknown; headers: Record<string, string> }): Promise<Load> {
  const { createRequire } = await import('node:module');
  const run = createRequire(import.meta.url)('autocannon') as (o: object) => Promise<Record<string, any>>;
  const r = await run({
    url, connections: 2, amount: 6, timeout: 60, method: opts.method ?? 'GET',
    headers: { ...opts.headers, ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(opts.body !== undefined ? { body: JSON.stringify(opts.body) } : {}),
  });
  return { rps: Math.round(r['2xx'] / r.duration), p50: r.latency.p50, p99: r.latency.p99, ok: r['2xx'], failed: r.non2xx + r.errors + r.timeouts };
}

/**
 * The load comes from one benchmark user, whom the per-user rate limits (600 reads a minute) would stop after a
 * second: the limits are raised so a row measures the app, while the limiter's bucket write on every request
 * (the work a real request pays) stays in.
 */
export const BENCH_RATE_LIMITS = { RATE_LIMIT_READ_PER_MINUTE: '1000000', RATE_LIMIT_WRITE_PER_MINUTE: '1000000', RATE_LIMIT_SEARCH_PER_MINUTE: '1000000' };

/** The app on a fresh database of the engine, listening on a free loopback port. */
export async function startBenchApp(engine: Engine) {
  const database = await freshDatabase(engine);
  const config = loadConfig({ NODE_ENV: 'test', MFA_REQUIRED_ROLES: 'none', LOG_LEVEL: 'silent', WEB_DIST_DIR: '/nonexistent', ...BENCH_RATE_LIMITS });
  const ctx: AppContext = { db: database.db, database, config };
  const app = await buildApp(ctx, pino({ level: 'silent' }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const cw = await createUser(ctx, { role: 'caseworker', municipalityCode: '165' });
  const kons = await createUser(ctx, { role: 'consultant', region: 'Region Hovedstaden' });
  const client = await loginAs(app, kons.username);
  const { case: theCase } = await openCase(client, { citizen: { cpr: '0102124567' } });
  return { database, ctx, config, app, base, cw, kons, client, theCase };
}

/** The compiled server, as `npm start` runs it (npm run build makes it). */
export const SERVER_MAIN = path.resolve('dist/server/main.js');

export interface ServerProcess {
  base: string;
  /** A /proc/<pid>/status figure in MB: VmRSS now, VmHWM the peak. */
  memoryMb(field: 'VmRSS' | 'VmHWM'): number;
  stop(): Promise<void>;
}

/** SERVER_MAIN in a process of its own, resolved once it logs that it listens (PORT=0: at the port it printed). */
export function startServer(env: Record<string, string | undefined>): Promise<ServerProcess> {
  const child = spawn(process.execPath, [SERVER_MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const stop = () => new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
  const memoryMb = (field: string) =>
    Math.round(Number(new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024);
  return new Promise((resolve, reject) => {
    // Until it is ready: what it printed, to find its address. Then only the last lines, for an exit message:
    // the server logs every request, and keeping (and searching) all of it cost the load measurably.
    let out = '';
    let ready = false;
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`no start in 120 s: ${out.slice(-300)}`)); }, 120_000);
    const keep = (d: Buffer) => (out = ready ? (out + d).slice(-300) : out + d);
    child.stdout.on('data', (d: Buffer) => {
      keep(d);
      const m = ready ? null : /Skjold kører på (http:\/\/[^\s]+)/.exec(out);
      if (m) {
        ready = true;
        clearTimeout(timer);
        resolve({ base: m[1]!, memoryMb, stop });
      }
    });
    child.stderr.on('data', keep);
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`server exited (${code}): ${out.slice(-300)}`)); });
  });
}

/** The case.read rows of a case in the trail. */
export const caseReads = async (db: Db, caseId: string) =>
  Number((await queryRows<{ n: string }>(db, sql`SELECT count(*) AS n FROM audit_events WHERE event_type = 'case.read' AND case_id = ${caseId}`))[0]!.n);

/**
 * Completeness after a load: every read served left its row (a read the client gave up on may still have been
 * served and logged, so there may be more rows than answers) and the whole trail still verifies.
 */
export async function auditAfterLoad(db: Db, served: number, logged: number): Promise<{ ok: boolean; note: string }> {
  const t = performance.now();
  const verified = await verifyAuditChain(db);
  const chain = verified.ok
    ? `intact (${verified.count} rows, verified in ${((performance.now() - t) / 1000).toFixed(1)} s)`
    : `BROKEN: ${JSON.stringify(verified.broken)}`;
  return { ok: verified.ok && logged >= served, note: `${served} reads answered 200, ${logged} case.read rows; chain ${chain}` };
}

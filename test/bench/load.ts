/**
 * What the bench's scripts share: the load generator (autocannon; a child process, or in-process for smoke runs)
 * and the app under load — PGlite or PostgreSQL, on loopback, with a caseworker, a consultant signed in and one
 * case. Used by run.ts (`npm run bench`) and profile-http.ts.
 */
import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import pino from 'pino';
import { buildApp } from '../../src/server/app.js';
import { loadConfig } from '../../src/server/config/config.js';
import type { AppContext } from '../../src/server/platform/app-context.js';
import type { Engine } from '../../src/server/platform/db/client.js';

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

/** The app on a fresh database of the engine, listening on a free loopback port. */
export async function startBenchApp(engine: Engine) {
  const database = await freshDatabase(engine);
  // The load comes from one benchmark user, whom the per-user rate limits (600 reads a minute) would stop after a
  // second: the limits are raised so the row measures the app, while the limiter's bucket write on every request
  // (the work a real request pays) stays in.
  const limits = { RATE_LIMIT_READ_PER_MINUTE: '1000000', RATE_LIMIT_WRITE_PER_MINUTE: '1000000', RATE_LIMIT_SEARCH_PER_MINUTE: '1000000' };
  const config = loadConfig({ NODE_ENV: 'test', MFA_REQUIRED_ROLES: 'none', LOG_LEVEL: 'silent', WEB_DIST_DIR: '/nonexistent', ...limits });
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

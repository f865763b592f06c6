/**
 * `npm run bench`: directory lookups per second over real HTTP on loopback, on PGlite and on PostgreSQL
 * (TEST_DATABASE_URL, default the local test database; skipped if unreachable). Bounded: a fixed number of
 * requests per engine, so it always ends. Figures to compare against STACK.md, not a pass/fail test.
 */
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import pg from 'pg';
import { buildApp } from '../../src/server/app.js';
import { loadConfig } from '../../src/server/config/config.js';
import type { Engine } from '../../src/server/platform/db/client.js';

process.env.TEST_DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/test';
const { freshDatabase } = await import('../support/db.js');

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 3000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const CODES = ['101', '165', '461', '751', '851', '265', '492', '999'];

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

async function bench(engine: Engine) {
  const database = await freshDatabase(engine);
  const config = loadConfig({ NODE_ENV: 'test', MFA_REQUIRED_ROLES: 'none', LOG_LEVEL: 'silent', WEB_DIST_DIR: '/nonexistent' });
  const app = await buildApp({ db: database.db, database, config }, pino({ level: 'silent' }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const latencies: number[] = [];
  let next = 0;
  let failures = 0;
  const worker = async () => {
    while (next < REQUESTS) {
      const i = next++;
      const t0 = performance.now();
      const res = await fetch(`${base}/api/directory/municipalities/${CODES[i % CODES.length]}`);
      await res.arrayBuffer();
      if (res.status !== 200 && res.status !== 404) failures += 1;
      latencies.push(performance.now() - t0);
    }
  };
  for (let i = 0; i < 50; i++) await (await fetch(`${base}/api/directory/municipalities/165`)).arrayBuffer(); // warm-up
  const start = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - start) / 1000;
  await app.close();
  await database.close();
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!.toFixed(1);
  return { engine, requests: REQUESTS, 'req/s': Math.round(REQUESTS / seconds), 'p50 ms': pct(50), 'p99 ms': pct(99), failures };
}

const engines: Engine[] = ['pglite'];
if (await postgresReachable()) engines.push('postgres');
else console.log(`PostgreSQL at ${process.env.TEST_DATABASE_URL} not reachable: PGlite only.`);

console.log(`GET /api/directory/municipalities/:code, ${REQUESTS} requests, concurrency ${CONCURRENCY}, loopback`);
const rows = [];
for (const engine of engines) rows.push(await bench(engine));
console.table(rows);
process.exit(rows.some((r) => r.failures > 0) ? 1 : 0);

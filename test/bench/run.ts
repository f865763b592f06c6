/**
 * `npm run bench`: the performance record (issue 15). On PGlite and PostgreSQL (TEST_DATABASE_URL, default the
 * local test database; skipped if unreachable), the app over HTTP on loopback (autocannon, a child process so
 * it does not share the server's event loop) next to its raw anchor — the least the database must do for the
 * same answer, no app, no HTTP — measured in the same run, and their ratio. Bounded: BENCH_SECONDS per row
 * (default 5), CASES cases (default 100 000); BENCH_ENGINE=postgres|pglite runs one engine. BENCH_SMOKE=1: a few requests per row on a small database (part
 * of npm test, so the bench cannot rot). The same rows again against the compiled server in a process of its own,
 * as production runs it, and its RSS (production-server.ts). Only 127.0.0.1. Figures, not pass/fail: the exit code says only
 * whether every request succeeded and the trail verifies afterwards.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { fieldCryptoFor } from '../../src/server/platform/crypto/fields.js';
import type { Engine } from '../../src/server/platform/db/client.js';
import { anchors, type Anchor } from './anchors.js';
import { auditAfterLoad, autocannon, caseReads, conn, SECONDS, SERVER_MAIN, SMOKE, startBenchApp, startServer, type Load } from './load.js';
import { seedCases } from './seed.js';
import { productionServer, type ProductionRow } from './production-server.js';
import { benchStatistics } from './statistics.bench.js';

const { inquiryBody } = await import('../../src/server/modules/intake/intake.fixtures.js');

const CASES = SMOKE ? 100 : Number(process.env.CASES ?? 100_000);
const CPR = '0101904000';

export interface BenchRow {
  engine: Engine;
  row: string;
  'app /s'?: number | string;
  'app p50'?: number | string;
  'app p99'?: number | string;
  'raw /s'?: number | string;
  'raw p50'?: number | string;
  'raw p99'?: number | string;
  ratio?: string;
  note?: string;
}

/** The raw anchor: `workers` loops for SECONDS (or a few rounds in smoke), latency per transaction. */
async function runAnchor(a: Anchor, workers: number): Promise<Load> {
  const lat: number[] = [];
  const until = performance.now() + SECONDS * 1000;
  const start = performance.now();
  let i = 0;
  await Promise.all(Array.from({ length: conn(workers) }, async () => {
    while (SMOKE ? i < 6 : performance.now() < until) {
      i += 1;
      const t0 = performance.now();
      await a();
      lat.push(performance.now() - t0);
    }
  }));
  lat.sort((x, y) => x - y);
  const at = (p: number) => Math.round(lat[Math.min(lat.length - 1, Math.floor(p * lat.length))]!);
  return { rps: Math.round(lat.length / ((performance.now() - start) / 1000)), p50: at(0.5), p99: at(0.99), ok: lat.length, failed: 0 };
}

const side = (app: Load, raw?: Load): Omit<BenchRow, 'engine' | 'row'> => ({
  'app /s': app.rps, 'app p50': app.p50, 'app p99': app.p99,
  ...(raw ? { 'raw /s': raw.rps, 'raw p50': raw.p50, 'raw p99': raw.p99, ratio: `${(app.rps / raw.rps).toFixed(2)}×` } : {}),
});

const rssMb = () => Math.round(process.memoryUsage().rss / 1024 / 1024);

async function benchEngine(engine: Engine): Promise<{ rows: BenchRow[]; failures: number }> {
  const rows: BenchRow[] = [];
  let failures = 0;
  const { database, ctx, config, app, base, cw, kons, client, theCase } = await startBenchApp(engine);
  let t = performance.now();
  await seedCases(ctx, CASES, CPR, cw.id);
  rows.push({ engine, row: `seed ${CASES} cases`, note: `${((performance.now() - t) / 1000).toFixed(1)} s` });
  const headers = { cookie: client.cookie, 'x-csrf-token': client.csrfToken };
  const raw = await anchors(ctx, { caseId: theCase.id, region: 'Region Hovedstaden', cprIndex: fieldCryptoFor(config).blindIndex(CPR), userId: kons.id });
  const conns = engine === 'postgres' ? 10 : 1;
  // Warm-up, not recorded: the seed's dirty pages written out and the server's hot code compiled, so the first
  // row does not measure the bulk load's aftermath (in every row the raw anchor runs after the app).
  await ctx.db.execute(sql`CHECKPOINT`).catch(() => {});
  if (!SMOKE) await autocannon(`${base}/api/cases/${theCase.id}`, { connections: 32, headers, seconds: 2 });
  const readsBefore = await caseReads(ctx.db, theCase.id);
  let served = 0;

  for (const c of [32, 200]) {
    const appLoad = await autocannon(`${base}/api/cases/${theCase.id}`, { connections: c, headers });
    served += appLoad.ok;
    failures += appLoad.failed;
    rows.push({ engine, row: `audited case read, ${conn(c)} conn.`, ...side(appLoad, await runAnchor(raw.caseRead, Math.min(c, 32))), note: `raw: ${conns} db conn.` });
  }
  const list = await autocannon(`${base}/api/cases?limit=50`, { connections: 32, headers });
  failures += list.failed;
  rows.push({ engine, row: `case list, ${CASES} cases, ${conn(32)} conn.`, ...side(list, await runAnchor(raw.caseList, 32)) });
  const search = await autocannon(`${base}/api/cases/search`, { connections: 32, headers, method: 'POST', body: { cpr: CPR } });
  failures += search.failed;
  rows.push({ engine, row: `CPR search, ${CASES} cases, ${conn(32)} conn.`, ...side(search, await runAnchor(raw.cprSearch, 32)) });
  const inq = await autocannon(`${base}/api/inquiries`, { connections: 32, headers, method: 'POST', body: inquiryBody() });
  failures += inq.failed;
  rows.push({ engine, row: `inquiry creation, ${conn(32)} conn.`, ...side(inq, await runAnchor(raw.insert, 32)), note: 'raw: inquiry row + audit row' });

  // The bench process holds the server and the load's bookkeeping; the target row is the production server's.
  rows.push({ engine, row: `bench process RSS after the case loads (in-process server + bench, ${CASES} cases)`, note: `${rssMb()} MB` });

  // Statistics (issue 13): the suppressed national-by-region table against its raw GROUP BY, on a database of its own.
  const INQUIRIES = SMOKE ? 2_000 : Number(process.env.INQUIRIES ?? 1_000_000);
  for (const r of await benchStatistics({ engine, inquiries: INQUIRIES, runs: SMOKE ? 1 : 5 })) {
    rows.push({
      engine, row: r.name, 'app p50': Math.round(r.app), 'raw p50': Math.round(r.raw), ratio: `${r.ratio.toFixed(2)}× time`,
      note: 'ms, median of runs; target ≤ 1.5× the raw time',
    });
  }
  rows.push({ engine, row: 'bench process RSS after the statistics too', note: `${rssMb()} MB` });

  // Completeness: every read served left its row, and the trail still verifies.
  const audit = await auditAfterLoad(ctx.db, served, (await caseReads(ctx.db, theCase.id)) - readsBefore);
  rows.push({ engine, row: 'audit after load', note: audit.note });
  if (!audit.ok) failures += 1;
  await raw.close();
  await app.close();
  await database.close();
  return { rows, failures };
}

/** Time until the compiled server (npm run build) says it listens, on a fresh PGlite data dir or PostgreSQL. */
async function startup(engine: Engine): Promise<BenchRow> {
  if (!existsSync(SERVER_MAIN)) return { engine, row: 'production start (dist/server)', note: 'not built: run npm run build' };
  const dir = mkdtempSync(path.join(tmpdir(), 'skjold-bench-start-'));
  const env: Record<string, string | undefined> = { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dir, LOG_LEVEL: 'info', AUDIT_CHECKPOINT_DIR: path.join(dir, 'cp'), SKJOLD_SECRET: 'bench-secret-'.padEnd(40, 'x') };
  if (engine === 'postgres') env.DATABASE_URL = process.env.TEST_DATABASE_URL;
  else delete env.DATABASE_URL;
  const measure = async () => {
    const t0 = performance.now();
    const server = await startServer(env);
    const ms = performance.now() - t0;
    const rss = server.memoryMb('VmRSS');
    await server.stop();
    return { ms, rss };
  };
  try {
    const first = await measure(); // a fresh database: migrations run
    const second = await measure(); // an existing one
    return { engine, row: 'production start (node dist/server)', note: `ready in ${(first.ms / 1000).toFixed(2)} s fresh / ${(second.ms / 1000).toFixed(2)} s existing; idle RSS ${second.rss} MB` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The JS a first visit loads (index.html's entry and its modulepreloads), gzipped. */
function bundle(): BenchRow {
  const index = path.resolve('dist/web/index.html');
  if (!existsSync(index)) return { engine: 'pglite', row: 'web initial JS (gzip)', note: 'not built: run npm run build' };
  const html = readFileSync(index, 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
  const sizes = files.map((f) => gzipSync(readFileSync(path.resolve('dist/web', f))).length);
  return { engine: 'pglite', row: 'web initial JS (gzip)', note: `${(sizes.reduce((a, b) => a + b, 0) / 1024).toFixed(0)} KB in ${files.length} file(s)` };
}

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

export async function main(only?: Engine): Promise<number> {
  const engines: Engine[] = only ? [only] : ['pglite'];
  if (!only && process.env.SKJOLD_TEST_ENGINES !== 'pglite' && (await postgresReachable())) engines.push('postgres');
  else if (!only) console.log(`PostgreSQL at ${process.env.TEST_DATABASE_URL} not reachable or not asked for: PGlite only.`);
  const rows: BenchRow[] = [];
  let failures = 0;
  for (const engine of engines) {
    const r = await benchEngine(engine);
    rows.push(...r.rows);
    failures += r.failures;
    if (!SMOKE) rows.push(await startup(engine).catch((err: Error) => ({ engine, row: 'production start (node dist/server)', note: `FAILED: ${err.message.slice(-200)}` })));
    const prod = await productionServer(engine, CASES, runAnchor)
      .catch((err: Error) => ({ rows: [{ row: 'production server', note: `FAILED: ${err.message.slice(-300)}` }] as ProductionRow[], failures: 1 }));
    failures += prod.failures;
    for (const r of prod.rows) rows.push({ engine, row: r.row, ...(r.app ? side(r.app, r.raw) : {}), ...(r.note ? { note: r.note } : {}) });
  }
  rows.push(bundle());
  console.log(`Skjold bench${SMOKE ? ' (smoke)' : ''}: ${SMOKE ? 'a few requests per row' : `${SECONDS} s per row`}, loopback; latencies in ms; the machine's other load is the same for app and raw in each row`);
  console.table(rows.map(({ engine, row, ...rest }) => ({ engine, row, ...rest })));
  return failures;
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  process.exit((await main(process.env.BENCH_ENGINE as Engine | undefined)) > 0 ? 1 : 0);
}

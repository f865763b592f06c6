/**
 * The suppressed national-by-region table against the raw GROUP BY it is built on, at 1 M inquiries (INQUIRIES=…
 * changes the count). `benchStatistics()` returns rows {name, app, raw, ratio} (milliseconds, median of RUNS) for
 * `npm run bench`'s table; standalone: `npx tsx test/bench/statistics.bench.ts` (PGlite), with
 * BENCH_DATABASE_URL=postgres://… for PostgreSQL. `app` is the service call the route makes (statistical-use filter,
 * SQL aggregate, suppression of the whole national/region/municipality table, audit row, one transaction); `raw`
 * the same inquiries counted by region in one SQL statement, nothing else.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { buildApp } from '../../src/server/app.js';
import type { AppContext } from '../../src/server/platform/app-context.js';
import { loadConfig } from '../../src/server/config/config.js';
import type { Actor } from '../../src/server/platform/access/actor.js';
import { freshDatabase } from '../support/db.js';
import { createUser } from '../support/app.js';
import { getTable } from '../../src/server/modules/statistics/statistics.service.js';
import { statisticsRepo } from '../../src/server/modules/statistics/statistics.repository.js';
import { svcOf } from '../../src/server/shared/svc.js';

export interface BenchRow {
  name: string;
  app: number;
  raw: number;
  ratio: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function benchStatistics(opts: { engine?: 'pglite' | 'postgres'; inquiries?: number; runs?: number } = {}): Promise<BenchRow[]> {
  const engine = opts.engine ?? (process.env.BENCH_DATABASE_URL ? 'postgres' : 'pglite');
  if (engine === 'postgres' && process.env.BENCH_DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.BENCH_DATABASE_URL;
  const N = opts.inquiries ?? Number(process.env.INQUIRIES ?? 1_000_000);
  const RUNS = opts.runs ?? Number(process.env.RUNS ?? 7);
  const database = await freshDatabase(engine);
  try {
    const config = loadConfig({ NODE_ENV: 'test', MFA_REQUIRED_ROLES: 'none', WEB_DIST_DIR: '/nonexistent', LOG_LEVEL: 'silent' });
    const ctx: AppContext = { db: database.db, database, config };
    await (await buildApp(ctx, pino({ level: 'silent' }))).ready();
    const u = await createUser(ctx, { role: 'analyst' });
    const actor: Actor = { userId: u.id, username: u.username, displayName: u.displayName, role: 'analyst', municipalityCode: null, region: null, sessionId: 'bench' };
    // Anonymous inquiries over 2026, spread unevenly over the 98 municipalities (some with few: suppression works).
    for (let start = 0; start < N; start += 100_000) {
      const end = Math.min(N, start + 100_000);
      await ctx.db.execute(sql`
        WITH m AS (SELECT code, row_number() OVER (ORDER BY code) - 1 AS i FROM municipalities)
        INSERT INTO inquiries (received_at, channel, initiator_role, initiator_municipality_code, anonymous, concern_types, reasons,
                               citizen_age_band, citizen_gender, citizen_municipality_code, advised_citizen_directly)
        SELECT timestamptz '2026-01-01 00:00+01' + (g % 360) * interval '1 day', 'TELEFON', 'SAGSBEHANDLER', m.code, true,
               ARRAY['NSK'], ARRAY['SOCIALE_RESTRIKTIONER'], '15_17', 'KVINDE', m.code, g % 3 = 0
          FROM generate_series(${start}::int, ${end - 1}::int) g JOIN m ON m.i = (g::bigint * g) % 97`);
    }
    await ctx.db.execute(sql`ANALYZE inquiries`);
    const q = { from: '2026-01-01', to: '2026-12-31', by: 'region' } as const;
    const svc = svcOf(ctx);
    const time = async (fn: () => Promise<unknown>) => {
      await fn(); // warm
      const xs: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const t = performance.now();
        await fn();
        xs.push(performance.now() - t);
      }
      return median(xs);
    };
    const raw = await time(() => statisticsRepo.rawByRegion(ctx.db, q));
    const app = await time(() => getTable(svc, actor, q));
    return [{ name: `statistics by region, ${N.toLocaleString('en')} inquiries (${engine})`, app, raw, ratio: app / raw }];
  } finally {
    await database.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const rows = await benchStatistics();
  for (const r of rows) console.log(`${r.name}: app ${r.app.toFixed(1)} ms, raw GROUP BY ${r.raw.toFixed(1)} ms, ratio ${r.ratio.toFixed(2)}`);
}

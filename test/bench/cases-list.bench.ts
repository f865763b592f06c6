/**
 * Seeds 100 000 cases (with a citizen each, spread over all 98 municipalities) and times the case list and the
 * CPR search the way the API runs them, scope included. Run: `npx tsx test/bench/cases-list.bench.ts`
 * (PGlite in memory) or with BENCH_DATABASE_URL=postgres://… for PostgreSQL. CASES=… changes the count.
 */
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { buildApp } from '../../src/server/app.js';
import type { AppContext } from '../../src/server/platform/app-context.js';
import { loadConfig } from '../../src/server/config/config.js';
import type { Actor } from '../../src/server/platform/access/actor.js';
import { fieldCryptoFor } from '../../src/server/platform/crypto/fields.js';
import { freshDatabase } from '../support/db.js';
import { createUser } from '../support/app.js';
import { listCases, searchCasesByCpr } from '../../src/server/modules/cases/cases.service.js';
import { svcOf } from '../../src/server/shared/svc.js';

const N = Number(process.env.CASES ?? 100_000);
if (process.env.BENCH_DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.BENCH_DATABASE_URL;
const engine = process.env.BENCH_DATABASE_URL ? 'postgres' : 'pglite';

const database = await freshDatabase(engine);
const config = loadConfig({ NODE_ENV: 'test', MFA_REQUIRED_ROLES: 'none', WEB_DIST_DIR: '/nonexistent', LOG_LEVEL: 'silent' });
const ctx: AppContext = { db: database.db, database, config };
await (await buildApp(ctx, pino({ level: 'silent' }))).ready();
const fc = fieldCryptoFor(config);

const kons = await createUser(ctx, { role: 'consultant', region: 'Region Hovedstaden' });
const cw = await createUser(ctx, { role: 'caseworker', municipalityCode: '165' });
const actor = (u: typeof kons): Actor => ({ userId: u.id, username: u.username, displayName: u.displayName, role: u.role, municipalityCode: u.municipalityCode, region: u.region, sessionId: 'bench' });

let t = performance.now();
const nameEnc = fc.encrypt('Bench Borger');
const cprIndex = fc.blindIndex('0101904000');
const cprEnc = fc.encrypt('0101904000');
for (let start = 0; start < N; start += 10_000) {
  const end = Math.min(N, start + 10_000);
  await ctx.db.execute(sql`
    WITH m AS (SELECT code, row_number() OVER (ORDER BY code) - 1 AS i FROM municipalities),
    ins AS (
      INSERT INTO cases (case_number, responsible_municipality_code, status, concern_types, acute, created_at, follow_up_due_at)
      SELECT 'B-' || g, (SELECT code FROM m WHERE m.i = g % 98),
             (ARRAY['AABEN','VURDERING','KOORDINERING','OPFOELGNING','AFSLUTTET'])[1 + g % 5],
             ARRAY[(ARRAY['AERE','NSK'])[1 + g % 2]], g % 50 = 0, now() - (g || ' minutes')::interval,
             CASE WHEN g % 7 = 0 THEN current_date - 3 END
        FROM generate_series(${start}::int, ${end - 1}::int) g
      RETURNING id, case_number)
    INSERT INTO case_persons (case_id, role, name_enc) SELECT id, 'BORGER', ${nameEnc} FROM ins`);
}
await ctx.db.execute(sql`INSERT INTO case_participants (case_id, user_id, participant_role)
  SELECT id, ${cw.id}, 'RESPONSIBLE_CASEWORKER' FROM cases WHERE responsible_municipality_code = '165' AND case_number LIKE 'B-%' LIMIT 500`);
await ctx.db.execute(sql`INSERT INTO case_person_cprs (person_id, case_id, cpr_enc, cpr_index)
  SELECT p.id, p.case_id, ${cprEnc}, ${cprIndex} FROM case_persons p LIMIT 3`);
await ctx.db.execute(sql`ANALYZE`);
console.log(`seeded ${N} cases on ${engine} in ${((performance.now() - t) / 1000).toFixed(1)} s`);

const svc = svcOf(ctx);
async function time(label: string, fn: () => Promise<{ total: number }>, runs = 10) {
  await fn();
  const ms: number[] = [];
  let total = 0;
  for (let i = 0; i < runs; i += 1) {
    t = performance.now();
    total = (await fn()).total;
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  console.log(`${label.padEnd(48)} total=${String(total).padStart(6)}  median ${ms[runs >> 1]!.toFixed(1)} ms  max ${ms.at(-1)!.toFixed(1)} ms`);
}
const base = { scope: 'all' as const, limit: 50, offset: 0 };
await time('consultant, region, first page', () => listCases(svc, actor(kons), base));
await time('consultant, status=VURDERING', () => listCases(svc, actor(kons), { ...base, status: 'VURDERING' }));
await time('consultant, overdue', () => listCases(svc, actor(kons), { ...base, overdue: true }));
await time('consultant, concernType=AERE, acute', () => listCases(svc, actor(kons), { ...base, concernType: 'AERE', acute: true }));
await time('caseworker, own cases', () => listCases(svc, actor(cw), base));
await time('consultant, CPR search', () => searchCasesByCpr(svc, actor(kons), '0101904000'));
await database.close();

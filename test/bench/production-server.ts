/**
 * The app as it runs in production: the compiled server (dist/server, what `npm start` runs) in a process of
 * its own, on a database seeded with `cases` cases. Its rows: audited case reads at 32 and 200 connections and
 * the case list, each next to its raw anchor on the same database in the same run (PostgreSQL; a PGlite data
 * dir has one owner, so there the anchors are the in-process rows'), then the server's VmRSS and peak VmHWM
 * (issue 15's RSS targets are the server's: the bench process also holds the load's bookkeeping and, after
 * PGlite, a second database), and whether every read it served is in a trail that still verifies.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../../src/server/config/config.js';
import { auditSecretsOf, useAuditKeys } from '../../src/server/platform/audit/keys.js';
import { fieldCryptoFor } from '../../src/server/platform/crypto/fields.js';
import { openDatabase, queryRows, quoteIdent, type Database, type Engine } from '../../src/server/platform/db/client.js';
import { migrate } from '../../src/server/platform/db/migrate.js';
import { anchors, type Anchor } from './anchors.js';
import { auditAfterLoad, autocannon, BENCH_RATE_LIMITS, caseReads, SERVER_MAIN, SMOKE, startServer, type Load } from './load.js';
import { seedCases } from './seed.js';

const { createUser, TEST_PASSWORD } = await import('../support/app.js');

const SECRET = 'bench-production-secret-'.padEnd(48, 'x');
const CPR = '0101904000';

export interface ProductionRow { row: string; app?: Load; raw?: Load; note?: string }

export async function productionServer(engine: Engine, cases: number, runAnchor: (a: Anchor, workers: number) => Promise<Load>): Promise<{ rows: ProductionRow[]; failures: number }> {
  const label = 'production server';
  const what = `node dist/server in its own process, ${cases} cases`;
  if (!existsSync(SERVER_MAIN)) return { rows: [{ row: `${label} rows`, note: 'not built: run npm run build' }], failures: 0 };
  const dir = mkdtempSync(path.join(tmpdir(), 'skjold-bench-prod-'));
  const schema = `bench_prod_${process.pid}`;
  const url = process.env.TEST_DATABASE_URL!;
  const env: Record<string, string | undefined> = {
    ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dir, LOG_LEVEL: 'info', SKJOLD_SECRET: SECRET,
    AUDIT_CHECKPOINT_DIR: path.join(dir, 'cp'), MFA_REQUIRED_ROLES: 'none', ...BENCH_RATE_LIMITS,
  };
  const open = () => openDatabase(engine === 'postgres' ? { databaseUrl: url, schema } : { dataDir: dir });
  let database: Database | undefined;
  try {
    // Seed the server's own database. PGlite: then let go of it (a data dir has one owner at a time).
    database = await open();
    await migrate(database);
    const config = loadConfig({ NODE_ENV: 'test', SKJOLD_SECRET: SECRET, LOG_LEVEL: 'silent' });
    await useAuditKeys(database.db, auditSecretsOf(config));
    const ctx = { db: database.db, database, config };
    const cw = await createUser(ctx, { role: 'caseworker', municipalityCode: '165' });
    const kons = await createUser(ctx, { role: 'consultant', region: 'Region Hovedstaden' });
    await seedCases(ctx, cases, CPR, cw.id);
    const [theCase] = await queryRows<{ id: string }>(database.db, sql`SELECT c.id FROM cases c JOIN municipalities m ON m.code = c.responsible_municipality_code
      WHERE m.region = 'Region Hovedstaden' LIMIT 1`);
    await database.db.execute(sql`CHECKPOINT`).catch(() => {});
    const raw = engine === 'postgres'
      ? await anchors(ctx, { caseId: theCase!.id, region: 'Region Hovedstaden', cprIndex: fieldCryptoFor(config).blindIndex(CPR), userId: kons.id })
      : null;
    if (engine === 'postgres') {
      const u = new URL(url);
      u.searchParams.set('options', `-c search_path=${schema},public`);
      env.DATABASE_URL = u.toString();
    } else {
      delete env.DATABASE_URL;
      await database.close();
      database = undefined;
    }

    const rows: ProductionRow[] = [];
    let served = 0;
    let failures = 0;
    const server = await startServer(env);
    try {
      const { base } = server;
      const login = await fetch(`${base}/api/auth/login`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: kons.username, password: TEST_PASSWORD }),
      });
      if (login.status !== 200) throw new Error(`login ${login.status}`);
      const headers = { cookie: /skjold_session=[^;]+/.exec(login.headers.get('set-cookie') ?? '')![0] };
      const read = `${base}/api/cases/${theCase!.id}`;
      if (!SMOKE) await autocannon(read, { connections: 32, headers, seconds: 2 }); // warm-up, not counted below
      const readsBefore = database ? await caseReads(database.db, theCase!.id) : 0;
      for (const c of [32, 200]) {
        const app = await autocannon(read, { connections: c, headers });
        served += app.ok;
        failures += app.failed;
        rows.push({ row: `audited case read, ${label}, ${SMOKE ? 2 : c} conn.`, note: what, app, ...(raw ? { raw: await runAnchor(raw.caseRead, Math.min(c, 32)) } : {}) });
      }
      const list = await autocannon(`${base}/api/cases?limit=50`, { connections: 32, headers });
      failures += list.failed;
      rows.push({ row: `case list, ${label}, ${SMOKE ? 2 : 32} conn.`, note: what, app: list, ...(raw ? { raw: await runAnchor(raw.caseList, 32) } : {}) });
      rows.push({ row: `server RSS after load, ${label}`, note: `${server.memoryMb('VmRSS')} MB (peak ${server.memoryMb('VmHWM')} MB) after the rows above; ${what}` });
      if (raw && database) {
        await raw.close();
        const audit = await auditAfterLoad(database.db, served, (await caseReads(database.db, theCase!.id)) - readsBefore);
        rows.push({ row: `audit after load, ${label}`, note: audit.note });
        if (!audit.ok) failures += 1;
      }
    } finally {
      await server.stop();
    }
    return { rows, failures };
  } finally {
    await database?.close();
    if (engine === 'postgres') {
      const admin = await openDatabase({ databaseUrl: url });
      await admin.db.execute(sql.raw(`DROP SCHEMA IF EXISTS ${quoteIdent(schema)} CASCADE`)).catch(() => {});
      await admin.close();
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

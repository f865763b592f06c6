/**
 * The app as it runs in production: the compiled server (dist/server, what `npm start` runs) in a process of
 * its own, on a database seeded with `cases` cases. Its rows: audited case reads at 32 and 200 connections and
 * the case list, each next to its raw anchor on the same database in the same run (PostgreSQL; a PGlite data
 * dir has one owner, so there the anchors are the in-process rows'), then the server's VmRSS and peak VmHWM
 * (issue 15's RSS targets are the server's: the bench process also holds the load's bookkeeping and, after
 * PGlite, a second database), and whether every read it served is in a trail that still verifies.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../../src/server/config/config.js';
import { auditSecretsOf, useAuditKeys } from '../../src/server/platform/audit/keys.js';
import { verifyAuditChain } from '../../src/server/platform/audit/verify.js';
import { fieldCryptoFor } from '../../src/server/platform/crypto/fields.js';
import { openDatabase, queryRows, quoteIdent, type Database, type Engine } from '../../src/server/platform/db/client.js';
import { migrate } from '../../src/server/platform/db/migrate.js';
import { anchors, type Anchor } from './anchors.js';
import { autocannon, SECONDS, SMOKE, type Load } from './load.js';
import { seedCases } from './seed.js';

const { createUser, TEST_PASSWORD } = await import('../support/app.js');

const SECRET = 'bench-production-secret-'.padEnd(48, 'x');
const CPR = '0101904000';

export interface ProductionRow { row: string; app?: Load; raw?: Load; note?: string }

export async function productionServer(engine: Engine, cases: number, runAnchor: (a: Anchor, workers: number) => Promise<Load>): Promise<{ rows: ProductionRow[]; failures: number }> {
  const label = 'production server';
  const what = `node dist/server in its own process, ${cases} cases`;
  const main = path.resolve('dist/server/main.js');
  if (!existsSync(main)) return { rows: [{ row: `${label} rows`, note: 'not built: run npm run build' }], failures: 0 };
  const dir = mkdtempSync(path.join(tmpdir(), 'skjold-bench-prod-'));
  const schema = `bench_prod_${process.pid}`;
  const url = process.env.TEST_DATABASE_URL!;
  const env: Record<string, string | undefined> = {
    ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dir, LOG_LEVEL: 'info', SKJOLD_SECRET: SECRET,
    AUDIT_CHECKPOINT_DIR: path.join(dir, 'cp'), MFA_REQUIRED_ROLES: 'none',
    // One benchmark user: the per-user limits are raised so the rows measure the server (the bucket write stays).
    RATE_LIMIT_READ_PER_MINUTE: '1000000', RATE_LIMIT_WRITE_PER_MINUTE: '1000000', RATE_LIMIT_SEARCH_PER_MINUTE: '1000000',
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
    const child = spawn(process.execPath, [main], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const base = await listening(child);
      const login = await fetch(`${base}/api/auth/login`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: kons.username, password: TEST_PASSWORD }),
      });
      if (login.status !== 200) throw new Error(`login ${login.status}`);
      const headers = { cookie: /skjold_session=[^;]+/.exec(login.headers.get('set-cookie') ?? '')![0] };
      const read = `${base}/api/cases/${theCase!.id}`;
      if (!SMOKE) await autocannon(read, { connections: 32, headers, seconds: 2 }); // warm-up, not counted below
      const readsBefore = engine === 'postgres' ? await caseReads(database!, theCase!.id) : 0;
      for (const c of [32, 200]) {
        const app = await autocannon(read, { connections: c, headers });
        served += app.ok;
        failures += app.failed;
        rows.push({ row: `audited case read, ${label}, ${SMOKE ? 2 : c} conn.`, note: what, app, ...(raw ? { raw: await runAnchor(raw.caseRead, Math.min(c, 32)) } : {}) });
      }
      const list = await autocannon(`${base}/api/cases?limit=50`, { connections: 32, headers });
      failures += list.failed;
      rows.push({ row: `case list, ${label}, ${SMOKE ? 2 : 32} conn.`, note: what, app: list, ...(raw ? { raw: await runAnchor(raw.caseList, 32) } : {}) });
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const mb = (k: string) => Math.round(Number(new RegExp(`${k}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024);
      rows.push({ row: `server RSS after load, ${label}`, note: `${mb('VmRSS')} MB (peak ${mb('VmHWM')} MB) after the rows above; ${what}` });
      if (raw && database) {
        await raw.close();
        const logged = (await caseReads(database, theCase!.id)) - readsBefore;
        const verified = await verifyAuditChain(database.db);
        rows.push({ row: `audit after load, ${label}`, note: `${served} reads answered 200, ${logged} case.read rows; chain ${verified.ok ? `intact (${verified.count} rows)` : `BROKEN: ${JSON.stringify(verified.broken)}`}` });
        if (!verified.ok || logged < served) failures += 1;
      }
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)));
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

const caseReads = async (database: Database, caseId: string) =>
  Number((await queryRows<{ n: string }>(database.db, sql`SELECT count(*) AS n FROM audit_events WHERE event_type = 'case.read' AND case_id = ${caseId}`))[0]!.n);

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

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import { after, describe, it } from 'node:test';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { fieldCryptoFor } from '../../src/server/platform/crypto/fields.js';
import type { Config } from '../../src/server/config/config.js';
import { startSmtpServer } from '../support/smtp.js';
import { startServerProcess, type ServerProcess } from './spawn.js';

/**
 * The job runner with real server processes: two instances on one PostgreSQL send each reminder once, and a
 * job whose instance is killed (-9) in the middle of sending is sent once more by the next instance after
 * its lease, and never again. Waits are for conditions (a message arrived, a job is done), never for time.
 */
const started: ServerProcess[] = [];
const dirs: string[] = [];
after(async () => {
  for (const s of started) await s.stop('SIGKILL');
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
const server = (env: Record<string, string>) => {
  const s = startServerProcess({ JOBS_POLL_SECONDS: '1', JOBS_LEASE_SECONDS: '2', LOG_LEVEL: 'warn', ...env });
  started.push(s);
  return s;
};
const tempDir = () => {
  const d = mkdtempSync(path.join(tmpdir(), 'skjold-jobs-'));
  dirs.push(d);
  return d;
};
async function until<T>(what: string, probe: () => Promise<T | null | undefined | false> | T | null | undefined | false, limit = 300_000): Promise<T> {
  const end = Date.now() + limit;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > end) throw new Error(`gave up waiting: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Copenhagen' });
const countTo = (smtp: Awaited<ReturnType<typeof startSmtpServer>>, addr: string) => smtp.received.filter((m) => m.to.includes(addr)).length;

type Query = (text: string, params?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;
async function seedReminders(query: Query, secret: string, n: number, prefix: string) {
  const fc = fieldCryptoFor({ secret } as Config);
  const addrs: string[] = [];
  for (let i = 0; i < n; i++) {
    const id = randomUUID();
    const addr = `${prefix}${i}@skjold.example.dk`;
    await query(`INSERT INTO users (id, username, display_name, role, region, email_enc) VALUES ($1, $2, 'Proces Bruger', 'consultant', 'Region Hovedstaden', $3)`,
      [id, `${prefix}.${i}.${id.slice(0, 6)}`, fc.encrypt(addr)]);
    await query(`INSERT INTO jobs (kind, job_key, payload) VALUES ('reminders.email', $1, $2::jsonb)`, [`reminders.email:${id}:${today()}`, JSON.stringify({ userId: id, overdue: false })]);
    addrs.push(addr);
  }
  return addrs;
}

const pgUrl = process.env.TEST_DATABASE_URL;
describe('job runner across server processes on PostgreSQL', { skip: !pgUrl && 'TEST_DATABASE_URL not set' }, () => {
  // Slow by nature (three server processes start in turn); the limit is generous for a busy machine, never asserted on.
  it('two instances send each reminder once; after a kill -9 mid-send the next instance sends it once', { timeout: 900_000 }, async () => {
    const smtp = await startSmtpServer();
    const schema = `jobs_${randomBytes(5).toString('hex')}`;
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    try {
      const sep = pgUrl!.includes('?') ? '&' : '?';
      const env = {
        DATABASE_URL: `${pgUrl}${sep}options=${encodeURIComponent(`-c search_path=${schema},public`)}`,
        SKJOLD_SECRET: randomBytes(32).toString('hex'), SMTP_URL: smtp.url,
      };
      const a = server({ ...env, DATA_DIR: tempDir() });
      const b = server({ ...env, DATA_DIR: tempDir() });
      await Promise.all([a.ready(), b.ready()]);
      const q: Query = (text, params) => admin.query(text.replace(/\b(FROM|INTO) (users|jobs)\b/g, `$1 ${schema}.$2`), params);
      const addrs = await seedReminders(q, env.SKJOLD_SECRET, 12, 'to');
      await until('all reminders done', async () => (await q(`SELECT count(*)::int AS n FROM jobs WHERE kind = 'reminders.email' AND state = 'DONE'`)).rows[0]!.n === 12);
      assert.deepEqual(addrs.map((x) => countTo(smtp, x)), addrs.map(() => 1), 'each reminder exactly once across two instances');
      const by = (await q(`SELECT count(DISTINCT locked_by)::int AS n FROM jobs`)).rows[0]!.n;
      assert.equal(by, 0, 'no job left locked');

      // Kill -9 in the middle of an SMTP conversation: the message is held, never accepted.
      const holding = smtp.hold();
      const [victim] = await seedReminders(q, env.SKJOLD_SECRET, 1, 'kill');
      await holding;
      const row = await until('the job is claimed', async () => (await q(`SELECT locked_by, attempts FROM jobs WHERE payload->>'userId' IN (SELECT id::text FROM users WHERE username LIKE 'kill.%') AND state = 'RUNNING'`)).rows[0]);
      const pid = Number(String(row.locked_by).split('-')[1]);
      const holder = [a, b].find((s) => s.child.pid === pid)!;
      assert.ok(holder, `the claim names its process (${String(row.locked_by)})`);
      await holder.stop('SIGKILL');
      for (const s of [a, b]) if (s !== holder) await s.stop('SIGKILL');
      smtp.release();
      assert.equal(countTo(smtp, victim!), 0, 'nothing was delivered by the killed instance');

      const c = server({ ...env, DATA_DIR: tempDir() });
      await c.ready();
      await until('the abandoned reminder is sent', () => countTo(smtp, victim!) === 1);
      const done = await until('the job is done', async () => (await q(`SELECT state, attempts FROM jobs WHERE payload->>'userId' IN (SELECT id::text FROM users WHERE username LIKE 'kill.%') AND state = 'DONE'`)).rows[0]);
      assert.equal(done.attempts, 2, 'claimed twice: by the killed instance and by its heir');
      assert.equal(await c.stop('SIGTERM'), 0);
      assert.equal(countTo(smtp, victim!), 1, 'and only once');
    } finally {
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
      await smtp.close();
    }
  });
});

describe('job runner across a kill -9 on PGlite', () => {
  it('a reminder claimed by a killed process is sent once after restart on the same data dir', { timeout: 900_000 }, async () => {
    const smtp = await startSmtpServer();
    try {
      const dataDir = tempDir();
      const secret = randomBytes(32).toString('hex');
      const env = { DATA_DIR: dataDir, SKJOLD_SECRET: secret, SMTP_URL: smtp.url };
      // First start migrates; stop it to seed the jobs into the (now unlocked) data dir.
      const first = server(env);
      await first.ready();
      assert.equal(await first.stop('SIGTERM'), 0);
      const db = await PGlite.create(path.join(dataDir, 'pglite'));
      const [victim] = await seedReminders((text, params) => db.query(text, params) as never, secret, 1, 'pgl');
      await db.close();

      const holding = smtp.hold();
      const s1 = server(env);
      await s1.ready();
      await holding;
      await s1.stop('SIGKILL');
      smtp.release();
      const s2 = server(env);
      await s2.ready();
      await until('the reminder is sent after restart', () => countTo(smtp, victim!) === 1);
      assert.equal(await s2.stop('SIGTERM'), 0);
      const check = await PGlite.create(path.join(dataDir, 'pglite'));
      const { rows } = await check.query<{ state: string; attempts: number }>(`SELECT state, attempts FROM jobs WHERE kind = 'reminders.email'`);
      await check.close();
      assert.deepEqual(rows, [{ state: 'DONE', attempts: 2 }]);
      assert.equal(countTo(smtp, victim!), 1);
    } finally {
      await smtp.close();
    }
  });
});

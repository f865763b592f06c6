import assert from 'node:assert/strict';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { startSmtpServer } from '../support/smtp.js';
import { openDatabase } from '../../src/server/platform/db/client.js';
import { migrate } from '../../src/server/platform/db/migrate.js';
import { countTo, seedReminders, server, tempDir, until, type Query } from './jobs.support.js';

/** The job runner with real server processes on PostgreSQL (helpers: jobs.support.ts). */
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


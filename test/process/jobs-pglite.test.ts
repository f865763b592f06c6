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

/** The job runner across a kill -9 of a real server process on PGlite (helpers: jobs.support.ts). */
describe('job runner across a kill -9 on PGlite', () => {
  it('a reminder claimed by a killed process is sent once after restart on the same data dir', { timeout: 900_000 }, async () => {
    const smtp = await startSmtpServer();
    try {
      const dataDir = tempDir();
      const secret = randomBytes(32).toString('hex');
      const env = { DATA_DIR: dataDir, SKJOLD_SECRET: secret, SMTP_URL: smtp.url };
      // Migrate and seed the data dir in-process (as the server would at start), then hand it to the server.
      const database = await openDatabase({ dataDir });
      await migrate(database);
      await database.close();
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

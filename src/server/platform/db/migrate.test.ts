import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows, type Database } from './client.js';
import { migrate } from './migrate.js';

/**
 * Two instances starting on one fresh PostgreSQL schema at once (a rolling start, two containers): both
 * migrate, every file is applied once, neither fails. The bookkeeping table's CREATE TABLE IF NOT EXISTS
 * raced itself before it moved under the migration lock (a duplicate pg_type row, seen in CI).
 */
describe('migrations: two instances at once on PostgreSQL', { skip: !process.env.TEST_DATABASE_URL && 'TEST_DATABASE_URL not set' }, () => {
  const opened: Database[] = [];
  const schema = `m_${randomBytes(5).toString('hex')}`;
  after(async () => {
    await opened[0]?.db.execute(sql.raw(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
    await Promise.all(opened.map((d) => d.close()));
  });

  it('applies each migration once and both start', async () => {
    for (let round = 0; round < 3; round += 1) {
      const here = `${schema}_${round}`;
      // The schema exists (an operator made it, as jobs-postgres.test.ts does); the two instances then start at once.
      const a = await openDatabase({ databaseUrl: process.env.TEST_DATABASE_URL!, schema: here });
      const b = await openDatabase({ databaseUrl: process.env.TEST_DATABASE_URL!, schema: here });
      opened.push(a, b);
      const [fromA, fromB] = await Promise.all([migrate(a), migrate(b)]);
      const rows = await queryRows<{ name: string }>(a.db, sql`SELECT name FROM schema_migrations`);
      assert.equal(fromA.length + fromB.length, rows.length, 'every file applied by exactly one of the two');
      assert.ok(rows.length > 40);
      await a.db.execute(sql.raw(`DROP SCHEMA ${here} CASCADE`));
    }
  });
});

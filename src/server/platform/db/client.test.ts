import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { forEachEngine, freshDatabase } from '../../../../test/support/db.js';
import { preparedStatement, queryRows, transactionOpening, type Database } from './client.js';

/** The hot paths' doors to PostgreSQL (issue 15): they must keep db.transaction's and db.execute's promises. */
forEachEngine('db client: prepared statements and the transaction opened with its first statement', (engine) => {
  let database: Database;
  before(async () => {
    database = await freshDatabase(engine);
    await database.db.execute(sql`CREATE TABLE t_client (n int PRIMARY KEY)`);
  });
  after(() => database.close());
  const count = async () => Number((await queryRows<{ n: string }>(database.db, sql`SELECT count(*) AS n FROM t_client`))[0]!.n);

  it('commits what fn wrote when it resolves, and hands fn the opening statement\'s rows', async () => {
    const seen = await transactionOpening(database.db, 'SELECT 41 + 1 AS answer', async (tx, rows) => {
      await tx.execute(sql`INSERT INTO t_client VALUES (1)`);
      return rows;
    });
    assert.deepEqual(seen.map((r) => Number(r.answer)), [42]);
    assert.equal(await count(), 1);
  });

  it('rolls back everything fn wrote when it throws, and passes the error on', async () => {
    await assert.rejects(
      transactionOpening(database.db, 'SELECT 1', async (tx) => {
        await tx.execute(sql`INSERT INTO t_client VALUES (2)`);
        throw new Error('refused');
      }),
      /refused/,
    );
    assert.equal(await count(), 1, 'the insert rolled back');
    // The connection went back to the pool clean: later work is not inside an open transaction.
    for (let i = 0; i < 12; i += 1) await transactionOpening(database.db, 'SELECT 1', async (tx) => tx.execute(sql`SELECT 1`));
    await database.db.transaction(async (tx) => tx.execute(sql`INSERT INTO t_client VALUES (3)`));
    assert.equal(await count(), 2);
  });

  it('runs prepared statements with their values, again and again (one plan per connection)', async () => {
    const byN = preparedStatement<{ n: number }>('t_client_by_n', () => sql`SELECT n FROM t_client WHERE n = ${sql.placeholder('n')}`);
    for (let i = 0; i < 8; i += 1) assert.deepEqual((await byN(database.db, { n: 3 })).map((r) => r.n), [3]);
    assert.deepEqual(await byN(database.db, { n: 99 }), []);
    const above = preparedStatement<{ n: number }>('t_client_min', () => sql`SELECT min(n) AS n FROM t_client WHERE n > ${sql.placeholder('floor')}`);
    assert.deepEqual((await above(database.db, { floor: 0 })).map((r) => r.n), [1]);
    assert.deepEqual((await above(database.db, { floor: 1 })).map((r) => r.n), [3], 'a second value, the same prepared statement');
  });
});

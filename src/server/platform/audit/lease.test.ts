import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { asc, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { forEachEngine, freshDatabase, type TestDatabase } from '../../../../test/support/db.js';
import { preparedStatement, queryRows, type Db } from '../db/client.js';
import { auditedRead, recordAudit, type AuditAlong } from './audit.js';
import { auditEvents } from './audit.tables.js';
import { keyedChainHash } from './chain.js';
import { auditKeyOf } from './keys.js';
import { asOwner, TEST_SECRET } from './audit.testkit.js';
import { verifyAuditChain } from './verify.js';

/**
 * Issue 15: an audited read is one statement that serves and writes its audit row together. On PostgreSQL it
 * runs on a connection that leases a chain (17..32, lease.ts); on PGlite, and wherever no lease is to be had,
 * in a transaction that claims one (1..16). Either way the row is written exactly when something is served,
 * and the trail verifies.
 */
const statements = new Map<string, ReturnType<typeof preparedStatement<{ v: number; audit_seq: string | null }>>>();
function readOne(db: Db, serve: boolean, v: number) {
  return auditedRead(db, { type: 'actors.listed', actor: null, details: { count: v } }, async (conn, audit: AuditAlong) => {
    let statement = statements.get(audit.kind);
    if (!statement) {
      statements.set(audit.kind, (statement = preparedStatement(`test_lease_read_${audit.kind}`, () => sql`
        WITH g AS (SELECT ${sql.placeholder('v')}::int AS v WHERE ${sql.placeholder('serve')}::boolean),
             ${audit.cte(sql`EXISTS (SELECT 1 FROM g)`)}
        SELECT v, ${audit.seq} AS audit_seq FROM g`)));
    }
    const [row] = await statement(conn, { ...audit.values, v, serve });
    return row ? { served: { v: row.v }, auditSeq: row.audit_seq } : null;
  });
}
const rowsOf = (db: Db) => db.select().from(auditEvents).orderBy(asc(auditEvents.seq));

forEachEngine('audit: an audited read in one statement', (engine) => {
  let database: TestDatabase;
  before(async () => {
    database = await freshDatabase(engine);
  });
  after(() => database.close());

  it('writes the read row exactly when it serves, side by side with claimed writes, and the trail verifies', async () => {
    const results = await Promise.all(Array.from({ length: 60 }, (_, i) =>
      i % 3 === 2
        ? database.db.transaction((tx) => recordAudit(tx, { type: 'auth.logout', actor: null, details: {} })).then(() => 'write')
        : readOne(database.db, i % 3 === 0, i)));
    assert.deepEqual(results.filter((r) => r !== 'write'), Array.from({ length: 60 }, (_, i) => i).filter((i) => i % 3 !== 2).map((i) => (i % 3 === 0 ? { v: i } : null)));
    const rows = await rowsOf(database.db);
    const reads = rows.filter((r) => r.eventType === 'actors.listed');
    assert.deepEqual(reads.map((r) => r.details.count).sort((a, b) => Number(a) - Number(b)), Array.from({ length: 20 }, (_, i) => i * 3));
    assert.equal(rows.filter((r) => r.eventType === 'auth.logout').length, 20);
    assert.ok(rows.filter((r) => r.eventType === 'auth.logout').every((r) => r.chain >= 1 && r.chain <= 16 && r.hashFormat === null), 'claimed rows keep chains 1..16 and format v2');
    if (engine === 'postgres') {
      // The pool's ten connections find ten of the schema's sixteen leasable chains free (the locks are per schema).
      assert.ok(reads.every((r) => r.chain >= 17 && r.hashFormat === 3), 'reads went through leased chains');
    } else {
      assert.ok(reads.every((r) => r.chain <= 16 && r.hashFormat === null), 'PGlite claims');
    }
    const verified = await verifyAuditChain(database.db);
    assert.ok(verified.ok, JSON.stringify(verified));
    assert.equal(verified.count, 40);
  });
});

forEachEngine('audit: leased chains across instances', (engine) => {
  if (engine !== 'postgres') return; // a lease is a PostgreSQL connection's; PGlite is one connection
  let database: TestDatabase;
  const pools: pg.Pool[] = [];
  // Another instance of the server on the same database: a pool of its own.
  const instance = (max = 10, schema = database.schema) => {
    const pool = new pg.Pool({ connectionString: process.env.TEST_DATABASE_URL, max, options: `-c search_path=${schema},public` });
    pools.push(pool);
    return { pool, db: drizzle(pool) as unknown as Db };
  };
  before(async () => {
    database = await freshDatabase(engine);
  });
  after(async () => {
    await Promise.all(pools.map((p) => p.end().catch(() => {})));
    await database.close();
  });

  it('two instances read side by side on chains of their own, and a chain outlives the connection that leased it', async () => {
    const a = instance(6);
    const b = instance(6);
    await Promise.all(Array.from({ length: 80 }, (_, i) => readOne(i % 2 ? a.db : b.db, true, i)));
    const leasedBy = async (n: number) => new Set((await rowsOf(database.db)).slice(-n).filter((r) => r.hashFormat === 3).map((r) => r.chain));
    const first = await leasedBy(80);
    await a.pool.end();
    const c = instance(6);
    await Promise.all(Array.from({ length: 20 }, (_, i) => readOne(c.db, true, 100 + i)));
    const then = await leasedBy(20);
    await Promise.all([b.pool.end(), c.pool.end()]);
    const rows = await rowsOf(database.db);
    assert.equal(rows.length, 100);
    assert.ok(rows.every((r) => r.hashFormat === 3 && r.chain >= 17), 'twelve connections, sixteen leasable chains: every read leased');
    assert.ok(first.size > 1, 'the two instances leased chains of their own');
    assert.ok(then.size >= 1, 'the third instance leased again');
    const verified = await verifyAuditChain(database.db);
    assert.ok(verified.ok, JSON.stringify(verified));
  });

  it('a lease whose next position was taken behind its back serves the read through a claim and then continues the chain', async () => {
    const one = instance(1);
    for (let i = 0; i < 5; i += 1) await readOne(one.db, true, 1001);
    const mine = (await rowsOf(database.db)).filter((r) => r.details.count === 1001);
    assert.ok(mine.every((r) => r.hashFormat === 3 && r.chain === mine[0]!.chain), 'one connection, one leased chain');
    assert.deepEqual(mine.map((r) => r.chainSeq! - mine[0]!.chainSeq!), [0, 1, 2, 3, 4], 'the lease moved its head after each read');
    const [head] = await queryRows<{ chain: number; chain_seq: string; hash: string; seq: string }>(database.db, sql`
      SELECT chain, chain_seq, hash, seq FROM audit_events WHERE chain >= 17 ORDER BY seq DESC LIMIT 1`);
    // A row appended to the leased chain by someone who ignored the lock, correctly keyed, so the trail holds.
    const intruder = { occurredAt: new Date(), eventType: 'auth.logout', useType: 'auth', actorUserId: null, actorRole: null, subjectType: null,
      subjectId: null, caseId: null, purpose: null, details: {}, chain: head!.chain, chainSeq: Number(head!.chain_seq) + 1 };
    const key = auditKeyOf(TEST_SECRET);
    await database.db.insert(auditEvents).values({ ...intruder, seq: sql`nextval('audit_events_seq_seq')`, prevHash: head!.hash, hash: keyedChainHash(key, head!.hash, { ...intruder, prevSeq: Number(head!.seq) }, 3), keyId: key.id, hashFormat: 3 });
    assert.deepEqual(await readOne(one.db, true, 1002), { v: 1002 });
    assert.deepEqual(await readOne(one.db, true, 1003), { v: 1003 });
    const rows = await rowsOf(database.db);
    const second = rows.find((r) => r.details.count === 1002)!;
    const third = rows.find((r) => r.details.count === 1003)!;
    assert.ok(second.chain <= 16 && second.hashFormat === null, 'the read whose position was taken was claimed');
    assert.deepEqual([third.chain, third.chainSeq], [head!.chain, Number(head!.chain_seq) + 2], 'the lease read its head again and continued after the intruder');
    const verified = await verifyAuditChain(database.db);
    assert.ok(verified.ok, JSON.stringify(verified));
  });

  it('a leased row is tamper-evident: its content and its hash format are covered', async () => {
    await readOne(database.db, true, 7);
    const [row] = await queryRows<{ seq: string }>(database.db, sql`SELECT seq FROM audit_events WHERE hash_format = 3 ORDER BY seq DESC LIMIT 1`);
    await asOwner(database.db, sql`UPDATE audit_events SET details = '{"count": 8}' WHERE seq = ${row!.seq}`);
    const edited = await verifyAuditChain(database.db);
    assert.ok(!edited.ok && edited.broken.reason === 'content' && edited.broken.seq === Number(row!.seq), JSON.stringify(edited));
    await asOwner(database.db, sql`UPDATE audit_events SET details = '{"count": 7}', hash_format = NULL WHERE seq = ${row!.seq}`);
    const reformatted = await verifyAuditChain(database.db);
    assert.ok(!reformatted.ok && reformatted.broken.reason === 'content' && reformatted.broken.seq === Number(row!.seq), JSON.stringify(reformatted));
  });

  it("a leased row's seq is covered by the next row of its chain, and the head's by a checkpoint", async () => {
    const fresh = await freshDatabase(engine);
    try {
      const { pool, db: one } = instance(1, fresh.schema);
      // Three reads with unused seqs between them (a sequence value taken and dropped, as a rolled-back claim does).
      for (let i = 0; i < 3; i += 1) {
        await readOne(one, true, i);
        await fresh.db.execute(sql`SELECT nextval('audit_events_seq_seq'), nextval('audit_events_seq_seq')`);
      }
      await pool.end();
      const rows = await rowsOf(fresh.db);
      assert.ok(rows.every((r) => r.hashFormat === 3 && r.chain === rows[0]!.chain));
      const ok = await verifyAuditChain(fresh.db);
      assert.ok(ok.ok, JSON.stringify(ok));
      const { heads } = ok;
      // The middle row moved to an unused seq that keeps the order: the next row's hash no longer holds.
      await asOwner(fresh.db, sql`UPDATE audit_events SET seq = ${rows[1]!.seq - 1} WHERE seq = ${rows[1]!.seq}`);
      const moved = await verifyAuditChain(fresh.db);
      assert.ok(!moved.ok && moved.broken.reason === 'content' && moved.broken.seq === rows[2]!.seq, JSON.stringify(moved));
      await asOwner(fresh.db, sql`UPDATE audit_events SET seq = ${rows[1]!.seq} WHERE seq = ${rows[1]!.seq - 1}`);
      assert.ok((await verifyAuditChain(fresh.db)).ok, 'restored');
      // The head's seq: only a checkpoint names it.
      await asOwner(fresh.db, sql`UPDATE audit_events SET seq = ${rows[2]!.seq + 1000} WHERE seq = ${rows[2]!.seq}`);
      assert.ok((await verifyAuditChain(fresh.db)).ok, 'without a checkpoint the head seq is not covered');
      const checkpoint = { at: new Date().toISOString(), legacy: heads.legacy, chains: Object.fromEntries(Object.entries(heads.chains).map(([k, h]) => [k, [h.n, h.seq, h.hash]])) };
      const against = await verifyAuditChain(fresh.db, { checkpoints: [checkpoint as never] });
      assert.ok(!against.ok && against.broken.reason === 'checkpoint_mismatch', JSON.stringify(against));
    } finally {
      await fresh.close();
    }
  });
});

import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { forEachEngine, freshDatabase, type TestDatabase } from '../../../../test/support/db.js';
import { queryRows } from '../db/client.js';
import { enqueue, JobRunner, type JobHandler } from './runner.js';

/** The durable job runner: each job once across instances, an abandoned one taken over after its lease. */
forEachEngine('job runner', (engine) => {
  let d: TestDatabase;
  before(async () => {
    d = await freshDatabase(engine);
  });
  after(() => d.close());

  it('runs each job exactly once with two instances on one database, and proposes scheduled jobs once', async () => {
    const ran: string[] = [];
    const handler: JobHandler = async ({ job, instance, once }) => {
      ran.push(`${job.jobKey}@${instance}`);
      await once('effect', async (tx) => tx.execute(sql`SELECT 1`));
    };
    const now = new Date('2026-12-01T08:00:00Z');
    const schedule = () => [{ kind: 'test.count', key: 'daily:2026-12-01' }];
    const a = new JobRunner({ db: d.db, handlers: { 'test.count': handler }, schedule, now: () => now, instance: 'A' });
    const b = new JobRunner({ db: d.db, handlers: { 'test.count': handler }, schedule, now: () => now, instance: 'B' });
    for (let i = 0; i < 20; i++) await enqueue(d.db, { kind: 'test.count', key: `job-${i}`, runAt: now });
    assert.equal(await enqueue(d.db, { kind: 'test.count', key: 'job-0' }), false, 'the same key is one job');
    const [na, nb] = await Promise.all([a.tick(), b.tick()]);
    assert.equal(na + nb, 21);
    const keys = ran.map((r) => r.split('@')[0]!);
    assert.equal(new Set(keys).size, 21);
    assert.equal(keys.length, 21, 'no job ran twice');
    const [state] = await queryRows<{ done: number; effects: number }>(d.db, sql`
      SELECT (SELECT count(*)::int FROM jobs WHERE state = 'DONE') AS done, (SELECT count(*)::int FROM job_effects) AS effects`);
    assert.deepEqual(state, { done: 21, effects: 21 });
    assert.equal((await a.tick()) + (await b.tick()), 0, 'nothing runs again');
  });

  it('a job whose instance died is taken over once its lease has run out, and its effect is not repeated', async () => {
    let t = new Date('2026-12-02T08:00:00Z');
    const effects: string[] = [];
    const handler: JobHandler = async ({ instance, once }) => {
      await once('mail', async () => void effects.push(instance));
    };
    const dead = new JobRunner({ db: d.db, handlers: { 'test.lease': handler }, now: () => t, instance: 'dead', leaseSeconds: 60 });
    await enqueue(d.db, { kind: 'test.lease', key: 'lease-1', runAt: t });
    const claimed = await dead.claim();
    assert.ok(claimed, 'the dying instance claimed it and never finished');
    const heir = new JobRunner({ db: d.db, handlers: { 'test.lease': handler }, now: () => t, instance: 'heir', leaseSeconds: 60 });
    assert.equal(await heir.tick(), 0, 'not while the lease holds');
    t = new Date(t.getTime() + 61_000);
    assert.equal(await heir.tick(), 1, 'taken over after the lease');
    await dead.runOne(claimed!, t); // the dead instance wakes up: it may not finish or repeat the effect
    assert.deepEqual(effects, ['heir']);
    const [row] = await queryRows<{ state: string; attempts: number; locked_by: string | null }>(d.db, sql`SELECT state, attempts, locked_by FROM jobs WHERE job_key = 'lease-1'`);
    assert.deepEqual(row, { state: 'DONE', attempts: 2, locked_by: null });
  });

  it('a failing job is retried later, then given up', async () => {
    let t = new Date('2026-12-03T08:00:00Z');
    const r = new JobRunner({ db: d.db, handlers: { 'test.fail': async () => { throw new Error('SMTP nede'); } }, now: () => t, maxAttempts: 2 });
    await enqueue(d.db, { kind: 'test.fail', key: 'fail-1', runAt: t });
    assert.equal(await r.tick(), 1);
    assert.equal(await r.tick(), 0, 'waits before the retry');
    t = new Date(t.getTime() + 61_000);
    assert.equal(await r.tick(), 1);
    const [row] = await queryRows<{ state: string; last_error: string }>(d.db, sql`SELECT state, last_error FROM jobs WHERE job_key = 'fail-1'`);
    assert.deepEqual(row, { state: 'FAILED', last_error: 'SMTP nede' });
  });
});

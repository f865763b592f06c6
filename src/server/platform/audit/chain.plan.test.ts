import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { forEachEngine, freshDatabase } from '../../../../test/support/db.js';
import { queryRows } from '../db/client.js';
import type { Database } from '../db/client.js';
import { recordAudit } from './audit.js';
import './audit.testkit.js'; // configures the test audit key

/**
 * Issue 15: every audited use claims a chain and reads its head. On a trail of millions of rows that read must
 * come from the index, also under the generic plan PL/pgSQL settles on after a few calls (migration 0180: the
 * generic plan of the first version scanned the whole trail).
 */
forEachEngine('audit chains: an append reads the chain head from the index', (engine) => {
  let database: Database;
  before(async () => {
    database = await freshDatabase(engine);
    for (let i = 0; i < 40; i += 1) await database.db.transaction((tx) => recordAudit(tx, { type: 'case.read', actor: null }));
  });
  after(() => database.close());

  it('claims a chain without a sequential scan of audit_events, with the plan forced generic', async () => {
    const scans = await database.db.transaction(async (tx) => {
      await tx.execute(sql`DISCARD PLANS`);
      await tx.execute(sql`SET LOCAL plan_cache_mode = force_generic_plan`);
      await tx.execute(sql`SET LOCAL enable_seqscan = off`);
      const seqScans = async () => Number((await queryRows<{ n: string | null }>(tx, sql`
        SELECT seq_scan AS n FROM pg_stat_xact_user_tables WHERE relname = 'audit_events' AND schemaname = current_schema()`))[0]?.n ?? 0);
      const before = await seqScans();
      const [claim] = await queryRows<{ k: number; n: string }>(tx, sql`SELECT * FROM audit_chain_claim(-1)`);
      assert.ok(Number(claim!.n) >= 1, 'the claimed chain has rows: its head was found');
      return (await seqScans()) - before;
    });
    assert.equal(scans, 0);
  });
});

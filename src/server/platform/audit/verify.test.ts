import assert from 'node:assert/strict';
import { it } from 'node:test';
import { asc, gte, sql, type SQL } from 'drizzle-orm';
import { forEachEngine, freshDatabase } from '../../../../test/support/db.js';
import type { Engine } from '../db/client.js';
import type { Db } from '../db/client.js';
import { runAuditCheckpoint, runAuditVerify } from '../../../cli/commands/audit.js';
import { chainHash, GENESIS_HASH, recordAudit } from './audit.js';
import { auditEvents } from './audit.tables.js';

/** What a database administrator could do: switch the guard off, change history, switch it on again. */
async function asDba(db: Db, statement: SQL) {
  await db.execute(sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update`);
  await db.execute(statement);
  await db.execute(sql`ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update`);
}

const TYPES = ['auth.login_succeeded', 'case.participants_read', 'case.user_excluded', 'audit.trail_searched', 'auth.logout'] as const;

async function chainOfFive(engine: Engine) {
  const database = await freshDatabase(engine);
  const db = database.db;
  for (const type of TYPES) {
    await db.transaction((tx) =>
      recordAudit(tx, { type, actor: { userId: crypto.randomUUID(), role: 'caseworker' }, caseId: crypto.randomUUID(), purpose: 'Test', details: { n: 1 } }),
    );
  }
  const run = async (opts: { expectHead?: string[] } = {}) => {
    const out: string[] = [];
    const code = await runAuditVerify(db, opts, (l) => out.push(l), (l) => out.push(l));
    return { code, text: out.join('\n') };
  };
  const checkpoint = async () => {
    const out: string[] = [];
    assert.equal(await runAuditCheckpoint(db, (l) => out.push(l), (l) => out.push(l)), 0);
    return out[0]!;
  };
  return { database, db, run, checkpoint };
}

forEachEngine('audit chain verification', (engine) => {
  it('prints the count and head hash of an intact chain and exits 0', async () => {
    const { database, run, checkpoint } = await chainOfFive(engine);
    const head = await checkpoint();
    assert.match(head, /^5:[0-9a-f]{64}$/);
    const { code, text } = await run({ expectHead: [head] });
    assert.equal(code, 0);
    assert.match(text, /intakt: 5 hændelser/);
    assert.ok(text.includes(`Hoved-hash: ${head.split(':')[1]}`), text);
    await database.close();
  });

  for (const [label, seq] of [['first', 1], ['middle', 3], ['last', 5]] as const) {
    it(`detects an edited ${label} row and names it (number, time, event type)`, async () => {
      const { database, db, run } = await chainOfFive(engine);
      await asDba(db, sql`UPDATE audit_events SET purpose = 'Skjult formål' WHERE seq = ${seq}`);
      const { code, text } = await run();
      assert.equal(code, 1);
      assert.match(text, new RegExp(`BRUDT ved hændelse nr\\. ${seq} \\(\\d{4}-\\d\\d-\\d\\dT[^,]+, ${TYPES[seq - 1]!.replace('.', '\\.')}\\): indholdet er ændret`));
      await database.close();
    });

    it(`detects a deleted ${label} row${seq === 5 ? ' through the checkpoint kept outside the database' : ''}`, async () => {
      const { database, db, run, checkpoint } = await chainOfFive(engine);
      const head = await checkpoint();
      await asDba(db, sql`DELETE FROM audit_events WHERE seq = ${seq}`);
      if (seq === 5) {
        // The shorter chain is a valid chain: only the anchor held elsewhere can tell.
        assert.equal((await run()).code, 0);
        const { code, text } = await run({ expectHead: [head] });
        assert.equal(code, 1);
        assert.match(text, /nr\. 5 \(rækken findes ikke\): rækker efter dette nummer mangler/);
      } else {
        const { code, text } = await run();
        assert.equal(code, 1);
        assert.match(text, new RegExp(`nr\\. ${seq} \\(rækken findes ikke\\): rækken mangler`));
      }
      await database.close();
    });
  }

  it('detects a rewritten history with recomputed hashes only through the checkpoint', async () => {
    const { database, db, run, checkpoint } = await chainOfFive(engine);
    const head = await checkpoint();
    await asDba(db, sql`UPDATE audit_events SET actor_user_id = ${crypto.randomUUID()} WHERE seq = 2`);
    // Recompute every hash from row 2 on, as a careful forger would.
    const rows = await db.select().from(auditEvents).where(gte(auditEvents.seq, 1)).orderBy(asc(auditEvents.seq));
    let prev = GENESIS_HASH;
    for (const r of rows) {
      const hash = chainHash(prev, r);
      await asDba(db, sql`UPDATE audit_events SET prev_hash = ${prev}, hash = ${hash} WHERE seq = ${r.seq}`);
      prev = hash;
    }
    assert.equal((await run()).code, 0, 'the chain alone cannot see a full rewrite');
    const { code, text } = await run({ expectHead: [head] });
    assert.equal(code, 1);
    assert.match(text, /nr\. 5 .*historikken er omskrevet/);
    await database.close();
  });

  it('refuses UPDATE, DELETE and TRUNCATE while the guard is on, and rejects a malformed checkpoint', async () => {
    const { database, db, run } = await chainOfFive(engine);
    await assert.rejects(db.execute(sql`UPDATE audit_events SET purpose = 'x' WHERE seq = 1`));
    await assert.rejects(db.execute(sql`DELETE FROM audit_events WHERE seq = 1`));
    await assert.rejects(db.execute(sql`TRUNCATE audit_events`));
    assert.equal((await run()).code, 0);
    assert.equal((await run({ expectHead: ['5:nothex'] })).code, 2);
    await database.close();
  });
});

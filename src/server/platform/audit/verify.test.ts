import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { it } from 'node:test';
import { asc, eq, sql, type SQL } from 'drizzle-orm';
import { forEachEngine, freshDatabase } from '../../../../test/support/db.js';
import { runAuditVerify } from '../../../cli/commands/audit.js';
import { recordAudit } from './audit.js';
import { auditEvents } from './audit.tables.js';
import { keyedChainHash, legacyChainHash } from './chain.js';
import { startCheckpointWriter } from './checkpoint.js';
import { auditKeyOf } from './keys.js';
import { asOwner, TEST_SECRET, trail } from './audit.testkit.js';

forEachEngine('audit trail: keyed chains and signed checkpoints', (engine) => {
  it('spreads rows over keyed chains, each gap-free, and verifies them', async () => {
    const t = await trail(engine);
    const rows = await t.all();
    assert.equal(rows.length, 8);
    assert.deepEqual(rows.map((r) => r.seq), [...Array(8).keys()].map((i) => i + 1));
    for (const k of new Set(rows.map((r) => r.chain))) {
      assert.deepEqual(rows.filter((r) => r.chain === k).map((r) => r.chainSeq), [...Array(rows.filter((r) => r.chain === k).length).keys()].map((i) => i + 1));
    }
    assert.ok(rows.every((r) => r.keyId === auditKeyOf(TEST_SECRET).id));
    const { code, text } = await t.verify();
    assert.equal(code, 0, text);
    assert.match(text, /intakt: 8 hændelser/);
    await t.done();
  });

  it('a detail left undefined by its caller is dropped before the hash, so the row still verifies', async () => {
    const t = await trail(engine, 1);
    await t.db.transaction((tx) => recordAudit(tx, { type: 'auth.login_succeeded', actor: null, details: { method: 'password', mfa: undefined } }));
    const last = (await t.all()).at(-1)!;
    assert.deepEqual(last.details, { method: 'password' });
    const { code, text } = await t.verify();
    assert.equal(code, 0, text);
    await t.done();
  });

  it('detects a deleted middle row, a row inserted around the chains, and a forged checkpoint file', async () => {
    const t = await trail(engine, 12);
    const rows = await t.all();
    const mid = rows.find((r) => rows.some((o) => o.chain === r.chain && o.chainSeq === r.chainSeq! + 1))!;
    await asOwner(t.db, sql`DELETE FROM audit_events WHERE seq = ${mid.seq}`);
    const del = await t.verify();
    assert.equal(del.code, 1);
    assert.match(del.text, new RegExp(`kæde ${mid.chain}, led ${mid.chainSeq}\\).*rækken mangler`));

    const t2 = await trail(engine, 5);
    assert.equal((await t2.checkpoint()).code, 0);
    const file = path.join(t2.dir, 'audit-checkpoints.jsonl');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/"at":"\d{4}/, '"at":"1999'));
    const forgedCp = await t2.verify();
    assert.equal(forgedCp.code, 1);
    assert.match(forgedCp.text, /ugyldig signatur/);
    rmSync(file);

    await t2.db.execute(sql`INSERT INTO audit_events (occurred_at, event_type, use_type, chain, prev_hash, hash, details)
      VALUES (now(), 'case.read', 'read', 0, ${'0'.repeat(64)}, ${'0'.repeat(64)}, '{}')`);
    const stray = await t2.verify();
    assert.equal(stray.code, 1, stray.text);
    await Promise.all([t.done(), t2.done()]);
  });

  it('refuses UPDATE, DELETE and TRUNCATE while the guard is on', async () => {
    const t = await trail(engine, 3);
    await assert.rejects(t.db.execute(sql`UPDATE audit_events SET purpose = 'x' WHERE seq = 1`));
    await assert.rejects(t.db.execute(sql`DELETE FROM audit_events WHERE seq = 1`));
    await assert.rejects(t.db.execute(sql`TRUNCATE audit_events`));
    assert.equal((await t.verify()).code, 0);
    await t.done();
  });

  it('keeps rows from before the keyed chains (chain 0) and binds their head: a rewrite of them is seen', async () => {
    const database = await freshDatabase(engine);
    const db = database.db;
    // Two rows as the old recordAudit wrote them (before migration 0120).
    let prev = '0'.repeat(64);
    for (const seq of [1, 2]) {
      const row = { seq, occurredAt: new Date(), eventType: 'auth.logout', useType: 'access', actorUserId: null, actorRole: null, subjectType: null, subjectId: null, caseId: null, purpose: null, details: {} };
      const hash = legacyChainHash(prev, row);
      await db.insert(auditEvents).values({ ...row, chain: 0, prevHash: prev, hash });
      prev = hash;
    }
    await db.execute(sql`SELECT setval('audit_events_seq_seq', 3, false)`);
    for (let i = 0; i < 3; i += 1) await db.transaction((tx) => recordAudit(tx, { type: 'auth.logout', actor: null }));
    const dir = mkdtempSync(path.join(tmpdir(), 'skjold-cp-'));
    const run = async () => runAuditVerify(db, { DATA_DIR: dir }, { useCheckpoints: false }, () => {}, () => {});
    assert.equal(await run(), 0);
    // Re-chain chain 0 after an edit with plain SHA-256, as anyone could: the keyed genesis no longer fits.
    const [r1, r2] = await db.select().from(auditEvents).where(eq(auditEvents.chain, 0)).orderBy(asc(auditEvents.seq));
    const e1 = { ...r1!, purpose: 'skjult' };
    const h1 = legacyChainHash('0'.repeat(64), e1);
    const h2 = legacyChainHash(h1, r2!);
    await asOwner(db, sql`UPDATE audit_events SET purpose = 'skjult', hash = ${h1} WHERE seq = 1`, sql`UPDATE audit_events SET prev_hash = ${h1}, hash = ${h2} WHERE seq = 2`);
    assert.equal(await run(), 1);
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  });

  if (engine === 'postgres') {
    it('concurrent audited transactions share the chains without a gap or a fork', async () => {
      const t = await trail(engine, 0);
      await Promise.all(Array.from({ length: 60 }, (_, i) => t.db.transaction(async (tx) => {
        await recordAudit(tx, { type: 'identity.users_listed', actor: null, details: { scope: 'all', count: i } });
        await recordAudit(tx, { type: 'auth.logout', actor: null });
      })));
      const rows = await t.all();
      assert.equal(rows.length, 120);
      assert.equal(new Set(rows.map((r) => `${r.chain}:${r.chainSeq}`)).size, 120);
      assert.equal((await t.verify()).code, 0);
      await t.done();
    });
  }
});

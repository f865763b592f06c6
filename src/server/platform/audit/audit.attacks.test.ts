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

/** The database owner's two attacks of issue 16, on both engines. */
forEachEngine('audit trail: the database owner cannot rewrite it', (engine) => {
  it('detects the re-chained edit: trigger off, a case.read moved to another user, the rest of the chain recomputed', async () => {
    const t = await trail(engine);
    assert.equal((await t.checkpoint()).code, 0);
    const victim = (await t.all())[4]!;
    const forged = crypto.randomUUID();
    // The owner recomputes every hash after the edit, both the way the old chain worked (plain SHA-256) and
    // as an HMAC under a key of their own: neither is the key derived from SKJOLD_SECRET.
    for (const forge of [
      (prev: string, r: typeof victim) => legacyChainHash(prev, r),
      (prev: string, r: typeof victim) => keyedChainHash(auditKeyOf('the-owners-own-guess-'.padEnd(40, 'y')), prev, { ...r, chain: r.chain, chainSeq: r.chainSeq! }),
    ]) {
      const chain = (await t.all()).filter((r) => r.chain === victim.chain && r.chainSeq! >= victim.chainSeq!);
      let prev = chain[0]!.prevHash;
      const statements: SQL[] = [];
      for (const r of chain) {
        const row = r.seq === victim.seq ? { ...r, actorUserId: forged } : r;
        const hash = forge(prev, row);
        statements.push(sql`UPDATE audit_events SET actor_user_id = ${row.actorUserId}, prev_hash = ${prev}, hash = ${hash} WHERE seq = ${r.seq}`);
        prev = hash;
      }
      await asOwner(t.db, ...statements);
      assert.equal((await t.db.select().from(auditEvents).where(eq(auditEvents.seq, victim.seq)))[0]!.actorUserId, forged, 'the edit went through');
      for (const opts of [{ noCheckpoints: true }, {}]) {
        const { code, text } = await t.verify(opts);
        assert.equal(code, 1, text);
        assert.match(text, new RegExp(`BRUDT ved hændelse nr\\. ${victim.seq} \\(kæde ${victim.chain}, led ${victim.chainSeq}\\) \\(.+${victim.eventType.replace('.', '\\.')}\\): indholdet er ændret`));
      }
    }
    await t.done();
  });

  it('detects the cut tail (last 5 rows deleted) through the checkpoint the server wrote on its own', async () => {
    const t = await trail(engine);
    const errors: string[] = [];
    const log = { info: () => {}, error: (o: object, m: string) => errors.push(`${m} ${JSON.stringify(o)}`) };
    const stop = startCheckpointWriter(t.db, t.dir, 3600, log);
    await stop(); // the first tick and the final one on shutdown
    const lines = readFileSync(path.join(t.dir, 'audit-checkpoints.jsonl'), 'utf8').trim().split('\n');
    assert.equal(lines.length, 1, 'one checkpoint: the second tick found the heads unchanged');
    const last5 = (await t.all()).slice(-5).map((r) => r.seq);
    await asOwner(t.db, sql`DELETE FROM audit_events WHERE seq IN (${sql.join(last5.map((s) => sql`${s}`), sql`, `)})`);

    assert.equal((await t.verify({ noCheckpoints: true })).code, 0, 'the shorter chains are valid chains: only the checkpoint can tell');
    const { code, text } = await t.verify();
    assert.equal(code, 1, text);
    assert.match(text, /rækker efter dette nummer mangler/);
    const reported = Number(/nr\. (\d+)/.exec(text)![1]);
    assert.ok(last5.includes(reported), `names one of the cut rows (${reported})`);

    // The writer refuses to sign the shorter trail, so the cut does not become the new truth.
    const again = startCheckpointWriter(t.db, t.dir, 3600, log);
    await again();
    assert.equal(readFileSync(path.join(t.dir, 'audit-checkpoints.jsonl'), 'utf8').trim().split('\n').length, 1);
    assert.ok(errors.some((e) => e.includes('refused')), errors.join('\n'));
    await t.done();
  });

});

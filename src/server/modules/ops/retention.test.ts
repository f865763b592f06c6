import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { forEachEngine } from '../../../../test/support/db.js';
import { createUser, loginAs, startTestApp, type TestApp } from '../../../../test/support/app.js';
import { queryRows } from '../../platform/db/client.js';
import { fieldCryptoFor } from '../../platform/crypto/fields.js';
import { verifyAuditChain } from '../../platform/audit/verify.js';
import { caseBody, consentBody, inquiryBody } from '../intake/intake.fixtures.js';
import { runRetention } from './retention.js';

/**
 * The inquiry and case aggregates that exist on main (the statistics module is being built on branch `stats`):
 * counts by municipality, reason, concern, age band and gender, over inquiries and cases.
 */
async function statistics(t: TestApp) {
  const q = (text: string) => queryRows<Record<string, unknown>>(t.ctx.db, sql.raw(text));
  return {
    casesByMunicipality: await q(`SELECT responsible_municipality_code k, count(*)::int n FROM cases GROUP BY 1 ORDER BY 1`),
    casesByConcern: await q(`SELECT unnest(concern_types) k, count(*)::int n FROM cases GROUP BY 1 ORDER BY 1`),
    casesByAgeBand: await q(`SELECT citizen_age_band k, count(*)::int n FROM cases GROUP BY 1 ORDER BY 1`),
    inquiriesByReason: await q(`SELECT unnest(reasons) k, count(*)::int n FROM inquiries GROUP BY 1 ORDER BY 1`),
    inquiriesByConcern: await q(`SELECT unnest(concern_types) k, count(*)::int n FROM inquiries GROUP BY 1 ORDER BY 1`),
    inquiriesByMunicipality: await q(`SELECT citizen_municipality_code k, count(*)::int n FROM inquiries GROUP BY 1 ORDER BY 1`),
    inquiriesByAgeBand: await q(`SELECT citizen_age_band k, citizen_gender g, count(*)::int n FROM inquiries GROUP BY 1, 2 ORDER BY 1, 2`),
  };
}

forEachEngine('retention run', (engine) => {
  let t: TestApp;
  const caseIds: string[] = [];
  before(async () => {
    t = await startTestApp(engine);
    const kons = await createUser(t.ctx, { role: 'consultant', region: 'Region Hovedstaden' });
    const cw = await createUser(t.ctx, { role: 'caseworker', municipalityCode: '165' });
    const k = await loginAs(t.app, kons.username);
    for (let i = 0; i < 3; i++) {
      const inq = (await k.post('/api/inquiries', inquiryBody({ anonymous: false }, { name: `Borger Retention ${i}` }))).json();
      await k.post(`/api/inquiries/${inq.id}/consents`, consentBody('BORGER'));
      await k.post(`/api/inquiries/${inq.id}/consents`, consentBody('FORAELDREMYNDIGHEDSINDEHAVER'));
      const c = await k.post('/api/cases', caseBody(inq.id, { name: `Borger Retention ${i}` }, { responsibleCaseworkerId: cw.id }));
      assert.equal(c.statusCode, 201, c.body);
      caseIds.push(c.json().id);
      assert.equal((await k.post(`/api/cases/${c.json().id}/journal`, { type: 'NOTAT', title: 'Samtale med skolen', body: 'Detaljer' })).statusCode, 201);
    }
    // Two closed seven years ago, one closed last month.
    await t.ctx.db.execute(sql`UPDATE cases SET status = 'AFSLUTTET', closed_at = now() - interval '7 years' WHERE id IN (${caseIds[0]}, ${caseIds[1]})`);
    await t.ctx.db.execute(sql`UPDATE cases SET status = 'AFSLUTTET', closed_at = now() - interval '1 month' WHERE id = ${caseIds[2]}`);
  });
  after(() => t.close());

  it('--dry-run counts and changes nothing; the run anonymises only cases past the limit and the statistics stay exactly the same', async () => {
    const fc = fieldCryptoFor(t.ctx.config);
    const before = await statistics(t);
    const persons = async (id: string) => (await queryRows<{ n: number }>(t.ctx.db, sql`SELECT count(*)::int n FROM case_persons WHERE case_id = ${id}`))[0]!.n;
    const dry = await runRetention(t.ctx.db, fc, { months: 60, dryRun: true });
    assert.deepEqual(dry, { due: 2, anonymised: 0, dryRun: true });
    assert.ok((await persons(caseIds[0]!)) > 0, 'a dry run deletes nothing');

    const progress: string[] = [];
    const run = await runRetention(t.ctx.db, fc, { months: 60, batchSize: 1, progress: (m) => progress.push(m) });
    assert.deepEqual(run, { due: 2, anonymised: 2, dryRun: false });
    assert.equal(progress.length, 2, 'one line per batch');
    assert.equal(await persons(caseIds[0]!), 0);
    assert.equal(await persons(caseIds[1]!), 0);
    assert.ok((await persons(caseIds[2]!)) > 0, 'the recently closed case is kept');
    const [names] = await queryRows<{ n: number }>(t.ctx.db, sql`SELECT count(*)::int n FROM inquiries WHERE case_id IN (${caseIds[0]}, ${caseIds[1]}) AND (citizen_name_enc IS NOT NULL OR summary_enc IS NOT NULL)`);
    assert.equal(names!.n, 0, 'the inquiries lost their identifying fields');
    const [journal] = await queryRows<{ n: number }>(t.ctx.db, sql`SELECT count(*)::int n FROM journal_entries WHERE case_id = ${caseIds[0]}`);
    assert.equal(journal!.n, 0);

    assert.deepEqual(await statistics(t), before, 'statistics exactly as before');
    assert.equal((await verifyAuditChain(t.ctx.db)).ok, true);
    const [audited] = await queryRows<{ n: number }>(t.ctx.db, sql`SELECT count(*)::int n FROM audit_events WHERE event_type = 'ops.retention_run'`);
    assert.equal(audited!.n, 2);
    assert.equal((await runRetention(t.ctx.db, fc, { months: 60 })).anonymised, 0, 'a second run has nothing to do');
  });
});

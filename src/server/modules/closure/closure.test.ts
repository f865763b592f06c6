import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { forEachEngine } from '../../../../test/support/db.js';
import { countRows, startTestApp, type TestApp } from '../../../../test/support/app.js';
import { queryRows } from '../../platform/db/client.js';
import { todayIso } from '../../shared/codes.js';
import { fullContent } from '../risk/risk.fixtures.js';
import { coordinationCase, coordinationPeople, signAssessment } from '../tasks/tasks.fixtures.js';
import { blockersOf, CLOSURE_BLOCKERS, type ClosureBlocker } from './closure.blockers.js';
import { requireCaseInScope } from '../case-core/cases.scope.js';
import { actorFor } from '../../../../test/authz/fixtures.js';

forEachEngine('closure: blockers, override, the closing evaluation', (engine) => {
  let t: TestApp;
  let p: Awaited<ReturnType<typeof coordinationPeople>>;
  before(async () => {
    t = await startTestApp(engine);
    p = await coordinationPeople(t.ctx, t.app);
  });
  after(() => t.close());

  const status = async (id: string) => (await queryRows<{ s: string }>(t.ctx.db, sql`SELECT status AS s FROM cases WHERE id = ${id}`))[0]!.s;
  const evaluation = { outcome: 'RISIKO_REDUCERET', helped: ['SIKKERHEDSPLAN', 'KOORDINERING_POLITI'], helpedNote: 'Samarbejdet med Lindqvist-skolen' };

  it('an unrecorded duty to notify blocks closing, and no override passes it', async () => {
    const c = await coordinationCase(t.ctx, p);
    await t.ctx.db.execute(sql`UPDATE cases SET duty_to_notify_applies = true WHERE id = ${c.id}`);
    const before = await countRows(t.ctx, 'case_closure_evaluations');
    for (const body of [{ reason: 'Færdig' }, { reason: 'Færdig', override: { reason: 'Vi lukker alligevel' } }]) {
      const res = await p.konsClient.post(`/api/cases/${c.id}/close`, body);
      assert.equal(res.statusCode, 409, res.body);
      assert.equal(res.json().error.code, 'case.close_blocked');
      assert.deepEqual(res.json().error.details.map((d: { path: string }) => d.path), ['case.dutyToNotify']);
      assert.match(res.json().error.details[0].message, /Barnets lov § 133/);
    }
    assert.equal(await status(c.id), 'AABEN');
    assert.equal(await countRows(t.ctx, 'case_closure_evaluations'), before, 'nothing half-written');
  });

  it('a citizen not told the latest assessment blocks, a recorded override passes, and the evaluation is stored for statistics', async () => {
    const c = await coordinationCase(t.ctx, p);
    await signAssessment(p.konsClient, c.id, fullContent({ seriousViolence: 'HOEJ' }));
    const blocked = await p.konsClient.post(`/api/cases/${c.id}/close`, { reason: 'Færdig', closingEvaluation: evaluation });
    assert.equal(blocked.statusCode, 409);
    assert.deepEqual(blocked.json().error.details.map((d: { path: string }) => d.path), ['case.riskInformed']);
    assert.match(blocked.json().error.message, /begrundelse/);
    const preview = (await p.konsClient.get(`/api/cases/${c.id}/closure`)).json();
    assert.deepEqual(preview.blockers.map((b: { code: string; overridable: boolean }) => [b.code, b.overridable]), [['CITIZEN_NOT_INFORMED', true]]);

    const ok = await p.konsClient.post(`/api/cases/${c.id}/close`, { reason: 'Færdig', closingEvaluation: evaluation, override: { reason: 'Borgeren er flyttet til Norge' } });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(await status(c.id), 'AFSLUTTET');
    const [row] = await queryRows<Record<string, unknown>>(t.ctx.db, sql`SELECT * FROM case_closure_evaluations WHERE case_id = ${c.id}`);
    assert.deepEqual([row!.evaluation_outcome, row!.helped, row!.overridden, row!.risk_level_at_close, row!.municipality_code],
      ['RISIKO_REDUCERET', ['SIKKERHEDSPLAN', 'KOORDINERING_POLITI'], ['CITIZEN_NOT_INFORMED'], 'HOEJ', '165']);
    const text = JSON.stringify(row);
    assert.ok(!text.includes('Norge') && !text.includes('Lindqvist'), 'override reason and note are encrypted');
    const [audit] = await queryRows<{ details: Record<string, unknown> }>(t.ctx.db, sql`SELECT details FROM audit_events WHERE event_type = 'case.closed' AND case_id = ${c.id}`);
    assert.deepEqual(audit!.details.overridden, ['CITIZEN_NOT_INFORMED']);
  });

  it('once the citizen is told, the case closes without override; an unknown measure in the evaluation is 400', async () => {
    const c = await coordinationCase(t.ctx, p);
    const aid = await signAssessment(p.konsClient, c.id);
    const told = await p.konsClient.post(`/api/cases/${c.id}/assessments/${aid}/disclosures`, { recipientType: 'BORGER', recipient: 'Borgeren', disclosedOn: todayIso() });
    assert.equal(told.statusCode, 201, told.body);
    const bad = await p.konsClient.post(`/api/cases/${c.id}/close`, {
      reason: 'Færdig', closingEvaluation: { ...evaluation, measures: [{ measureId: '00000000-0000-4000-8000-000000000009', effect: 'VIRKEDE' }] },
    });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(bad.json().error.details.map((d: { path: string }) => d.path), ['body.closingEvaluation.measures.0.measureId']);
    const ok = await p.konsClient.post(`/api/cases/${c.id}/close`, { reason: 'Færdig', closingEvaluation: evaluation });
    assert.equal(ok.statusCode, 200, ok.body);
  });

  it('blockers are pluggable: another module\'s blocker is listed beside ours, each as its own detail', async () => {
    const c = await coordinationCase(t.ctx, p);
    await t.ctx.db.execute(sql`UPDATE cases SET duty_to_notify_applies = true WHERE id = ${c.id}`);
    const measureInForce: ClosureBlocker = async () => [{ code: 'MEASURE_IN_FORCE', path: 'measures.x', message: 'Voldsalarm er iværksat', overridable: true }];
    const gate = await requireCaseInScope(t.ctx.db, await actorFor(t.ctx, p.kons.id), c.id);
    const list = await blockersOf(t.ctx.db, gate, [...CLOSURE_BLOCKERS, measureInForce]);
    assert.deepEqual(list.map((b) => b.code), ['DUTY_TO_NOTIFY', 'MEASURE_IN_FORCE']);
  });
});

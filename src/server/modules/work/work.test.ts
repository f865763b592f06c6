import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { forEachEngine } from '../../../../test/support/db.js';
import { createUser, loginAs, startTestApp, type TestApp } from '../../../../test/support/app.js';
import { createCaseRow, excludeUser } from '../../../../test/support/factories.js';
import { queryRows } from '../../platform/db/client.js';
import { todayIso } from '../../shared/codes.js';
import { fullContent } from '../risk/risk.fixtures.js';
import { coordinationCase, coordinationPeople, signAssessment } from '../tasks/tasks.fixtures.js';
import { addDays } from '../case-core/work.scope.js';
import { sortWork } from './work.service.js';

forEachEngine('work queue and follow-up paced by risk', (engine) => {
  let t: TestApp;
  let p: Awaited<ReturnType<typeof coordinationPeople>>;
  before(async () => {
    t = await startTestApp(engine);
    p = await coordinationPeople(t.ctx, t.app);
  });
  after(() => t.close());

  const due = async (id: string) => (await queryRows<{ d: string | null }>(t.ctx.db, sql`SELECT follow_up_due_at::text AS d FROM cases WHERE id = ${id}`))[0]!.d;

  it('signing sets the next follow-up by level: HOEJ or imminent 7 days, MODERAT 14, LAV 30', async () => {
    const cases = [];
    for (const [conclusion, days] of [[{ seriousViolence: 'HOEJ' }, 7], [{ seriousViolence: 'LAV', imminent: true }, 7], [{ seriousViolence: 'MODERAT' }, 14], [{ seriousViolence: 'LAV' }, 30]] as const) {
      const c = await coordinationCase(t.ctx, p);
      await signAssessment(p.konsClient, c.id, fullContent(conclusion));
      assert.equal(await due(c.id), addDays(todayIso(), days), JSON.stringify(conclusion));
      cases.push(c);
    }
    const journal = await p.konsClient.get(`/api/cases/${cases[0]!.id}/journal`);
    assert.ok(JSON.stringify(journal.json()).includes('Næste opfølgning'), 'the journal says why the date moved');
  });

  it('a signed HOEJ assessment puts the follow-up in 7 days and its tasks in the consultant\'s queue, HOEJ first; nothing from cases out of scope', async () => {
    const fresh = await createUser(t.ctx, { role: 'consultant', region: 'Region Hovedstaden', displayName: 'Frida Frisk' });
    const people = { kons: fresh, cw: p.cw };
    const client = await loginAs(t.app, fresh.username);
    const low = await coordinationCase(t.ctx, people);
    await signAssessment(client, low.id, fullContent({ seriousViolence: 'LAV' }));
    await client.post(`/api/cases/${low.id}/tasks`, { title: 'Lav opgave', owner: { userId: fresh.id }, deadline: todayIso() });
    const high = await coordinationCase(t.ctx, people);
    const content = fullContent({ seriousViolence: 'HOEJ' });
    const aid = await signAssessment(client, high.id, content);
    const made = await client.post(`/api/cases/${high.id}/assessments/${aid}/actions`, {
      kind: 'TASK', sourceType: 'ANBEFALING', sourceId: content.recommendations[0]!.id, owner: 'Skolen', deadline: addDays(todayIso(), 2),
    });
    assert.equal(made.statusCode, 201, made.body);
    await client.post(`/api/cases/${high.id}/tasks`, { title: 'Kontakt politiet', owner: { userId: fresh.id }, deadline: addDays(todayIso(), 1) });
    // A case of the region the consultant is excluded from, with an overdue follow-up: must not count.
    const hidden = await createCaseRow(t.ctx, { municipalityCode: '165', participants: [{ userId: fresh.id, role: 'CONSULTANT' }] });
    await t.ctx.db.execute(sql`UPDATE cases SET follow_up_due_at = ${addDays(todayIso(), -3)}, duty_to_notify_applies = true WHERE id = ${hidden.id}`);
    await excludeUser(t.ctx, hidden.id, fresh.id);

    const res = await client.get('/api/me/work');
    assert.equal(res.statusCode, 200, res.body);
    const items = res.json().items as { kind: string; caseId: string; title: string; due: string; riskLevel: string; href: string }[];
    assert.ok(!items.some((i) => i.caseId === hidden.id), 'an excluded case never counts');
    assert.deepEqual(items.filter((i) => i.caseId === high.id).map((i) => [i.kind, i.title, i.due]), [
      ['TASK', 'Kontakt politiet', addDays(todayIso(), 1)],
      ['TASK', 'Sikkerhedsplan med skolen inden fredag (ansvarlig uden for Skjold)', addDays(todayIso(), 2)],
      ['FOLLOW_UP', 'Opfølgning på sagen', addDays(todayIso(), 7)],
    ]);
    assert.equal(items[0]!.riskLevel, 'HOEJ', 'HOEJ first');
    assert.equal(items.at(-1)!.caseId, low.id, 'LAV last');
    assert.equal(items.find((i) => i.kind === 'FOLLOW_UP')!.href, `/sager/${high.id}/opfoelgning`);
    assert.equal(res.json().counts.total, items.length);
  });

  it('records a follow-up with what was checked and the current level, which paces the next one; the list shows it', async () => {
    const c = await coordinationCase(t.ctx, p);
    const bad = await p.cwClient.post(`/api/cases/${c.id}/follow-ups`, { followedUpOn: addDays(todayIso(), 1), checked: 'x', riskLevel: 'HOEJ' });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(bad.json().error.details.map((d: { path: string }) => d.path), ['body.followedUpOn']);
    const res = await p.cwClient.post(`/api/cases/${c.id}/follow-ups`, { followedUpOn: todayIso(), checked: 'Talt med Lindqvist-skolen', riskLevel: 'MODERAT' });
    assert.equal(res.statusCode, 201, res.body);
    assert.equal(res.json().nextDueOn, addDays(todayIso(), 14));
    assert.equal(await due(c.id), addDays(todayIso(), 14));
    const stored = (await queryRows<{ row: string }>(t.ctx.db, sql`SELECT x::text AS row FROM case_follow_ups x WHERE case_id = ${c.id}`))[0]!.row;
    assert.ok(!stored.includes('Lindqvist'), 'what was checked is encrypted');
    const list = (await p.konsClient.get(`/api/cases/${c.id}/follow-ups`)).json();
    assert.deepEqual([list.nextDueOn, list.items[0].checked, list.items[0].recordedBy.displayName], [addDays(todayIso(), 14), 'Talt med Lindqvist-skolen', 'Sanne Sagsbehandler']);
  });

  it('shows an unrecorded duty to notify to those working on the case', async () => {
    const c = await coordinationCase(t.ctx, p);
    await t.ctx.db.execute(sql`UPDATE cases SET duty_to_notify_applies = true WHERE id = ${c.id}`);
    const items = (await p.cwClient.get('/api/me/work')).json().items as { kind: string; caseId: string; overdue: boolean }[];
    assert.deepEqual(items.filter((i) => i.caseId === c.id).map((i) => [i.kind, i.overdue]), [['DUTY_TO_NOTIFY', true]]);
  });
});

it('sorts imminent first, then HOEJ, MODERAT, LAV, unassessed, then by due date', () => {
  const item = (title: string, riskLevel: string | null, due: string | null, imminent = false) =>
    ({ kind: 'TASK' as const, caseId: null, caseNumber: null, title, due, overdue: false, riskLevel, imminent, href: '/' });
  const sorted = sortWork([item('a', 'LAV', '2026-01-01'), item('b', null, '2025-01-01'), item('c', 'HOEJ', '2026-02-01'), item('d', 'HOEJ', '2026-01-15'), item('e', 'LAV', null, true), item('f', 'MODERAT', null)]);
  assert.deepEqual(sorted.map((i) => i.title), ['e', 'd', 'c', 'f', 'a', 'b']);
});

import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { forEachEngine } from '../../../../test/support/db.js';
import { createUser, loginAs, startTestApp, type Client, type TestApp } from '../../../../test/support/app.js';
import { queryRows } from '../../platform/db/client.js';
import { todayIso } from '../../shared/codes.js';
import { coordinationCase, coordinationPeople } from './tasks.fixtures.js';

/**
 * Issue 10 item 5, issue 11 item 2: on a handover the tasks and measures of the previous caseworker follow the
 * case, and the receiver is asked (work queue, case page) to take each over or reassign it; the choice is logged.
 */
forEachEngine('handover: the receiver takes over or reassigns tasks and measures', (engine) => {
  let t: TestApp;
  let p: Awaited<ReturnType<typeof coordinationPeople>>;
  let kons: Client;
  before(async () => {
    t = await startTestApp(engine);
    p = await coordinationPeople(t.ctx, t.app);
    kons = p.konsClient;
  });
  after(() => t.close());

  type Journal = { title: string; body: string | null };
  const journal = async (client: Client, caseId: string) => (await client.get(`/api/cases/${caseId}/journal`)).json().items as Journal[];
  const work = async (client: Client) => (await client.get('/api/me/work')).json().items as { kind: string; caseId: string; title: string; href: string }[];

  async function caseWithOwnedWork() {
    const c = await coordinationCase(t.ctx, p);
    const task = await kons.post(`/api/cases/${c.id}/tasks`, { title: 'Møde med skolen', owner: { userId: p.cw.id }, deadline: todayIso() });
    assert.equal(task.statusCode, 201, task.body);
    const measure = await kons.post(`/api/cases/${c.id}/measures`, { measureType: 'SKOLE_INFORMERET', status: 'FORESLAAET', owner: { userId: p.cw.id } });
    assert.equal(measure.statusCode, 201, measure.body);
    const mine = await kons.post(`/api/cases/${c.id}/tasks`, { title: 'Konsulentens egen opgave', owner: { userId: p.kons.id }, deadline: todayIso() });
    assert.equal(mine.statusCode, 201, mine.body);
    return { c, taskId: task.json().id as string, measureId: measure.json().id as string };
  }

  it('asks the receiving caseworker in the work queue and on the case, and logs the choice in the journal and the audit trail', async () => {
    const { c, taskId, measureId } = await caseWithOwnedWork();
    const next = await createUser(t.ctx, { role: 'caseworker', municipalityCode: '165', displayName: 'Nina Nysagsbehandler' });
    const res = await kons.post(`/api/cases/${c.id}/handover`, { municipalityCode: '165', caseworkerId: next.id, reason: 'Barsel' });
    assert.equal(res.statusCode, 200, res.body);
    const nina = await loginAs(t.app, next.username);

    // Asked: on the case (its overview prompt counts), in her work queue, and on the page that lists each.
    const seen = (await nina.get(`/api/cases/${c.id}`)).json();
    assert.deepEqual(seen.handoverPending, { tasks: 1, measures: 1 });
    const item = (await work(nina)).find((w) => w.kind === 'HANDOVER_OWNERS' && w.caseId === c.id);
    assert.ok(item, 'the receiver is asked in the work queue');
    assert.equal(item.title, `Sag ${c.caseNumber} er overdraget til dig: overtag eller fordel 1 opgave og 1 foranstaltning`);
    assert.equal(item.href, `/sager/${c.id}/overtag`);
    assert.ok(!(await work(kons)).some((w) => w.kind === 'HANDOVER_OWNERS' && w.caseId === c.id), 'the case has a receiver with an account: only she is asked');
    const pending = (await nina.get(`/api/cases/${c.id}/handover/owners`)).json();
    assert.deepEqual(pending.items.map((i: { kind: string; title: string; previousOwner: string }) => [i.kind, i.title, i.previousOwner]),
      [['TASK', 'Møde med skolen', 'Sanne Sagsbehandler'], ['MEASURE', 'Skolen informeret', 'Sanne Sagsbehandler']]);
    assert.ok((await journal(nina, c.id)).some((e) => e.title === 'Ved overdragelsen venter 1 opgave og 1 foranstaltning fra den tidligere sagsbehandler på, at den nye sagsbehandler overtager eller fordeler dem'));

    // She takes the task over and gives the measure to the consultant.
    const decided = await nina.post(`/api/cases/${c.id}/handover/owners`, { decisions: [
      { kind: 'TASK', id: taskId, version: pending.items[0].version, owner: { userId: next.id } },
      { kind: 'MEASURE', id: measureId, version: pending.items[1].version, owner: { userId: p.kons.id } },
    ] });
    assert.equal(decided.statusCode, 200, decided.body);
    assert.deepEqual(decided.json().items, []);
    const tasks = (await nina.get(`/api/cases/${c.id}/tasks`)).json().tasks as { title: string; owner: { name: string } }[];
    assert.deepEqual(tasks.map((x) => [x.title, x.owner.name]), [['Møde med skolen', 'Nina Nysagsbehandler'], ['Konsulentens egen opgave', 'Karin Konsulent']]);
    const measures = (await nina.get(`/api/cases/${c.id}/measures`)).json().items;
    assert.deepEqual([measures[0].owner.name, measures[0].owner.lostAccess], ['Karin Konsulent', false]);
    const line = (await journal(nina, c.id)).find((e) => e.title.startsWith('Efter overdragelsen'));
    assert.equal(line?.title, 'Efter overdragelsen: Nina Nysagsbehandler overtog 1 opgave og fordelte 1 foranstaltning til andre');
    assert.equal(line?.body, 'Opgaven »Møde med skolen«: overtaget\nForanstaltningen Skolen informeret: fordelt til Karin Konsulent');
    const [audit] = await queryRows<{ details: Record<string, number>; actor: string }>(t.ctx.db, sql`
      SELECT details, actor_user_id AS actor FROM audit_events WHERE event_type = 'tasks.handover_owners_decided' AND case_id = ${c.id}`);
    assert.deepEqual([audit!.actor, audit!.details], [next.id, { takenTasks: 1, takenMeasures: 0, givenTasks: 0, givenMeasures: 1 }]);
    assert.equal((await nina.get(`/api/cases/${c.id}`)).json().handoverPending.tasks, 0);
    assert.ok(!(await work(nina)).some((w) => w.kind === 'HANDOVER_OWNERS'), 'answered: no longer asked');

    // A choice for something that no longer waits names it; nothing is written.
    const again = await nina.post(`/api/cases/${c.id}/handover/owners`, { decisions: [{ kind: 'TASK', id: taskId, owner: { userId: next.id } }] });
    assert.equal(again.statusCode, 400);
    assert.equal(again.json().error.details[0].path, 'body.decisions.0.id');
  });

  it('tasks moved at once on request still ask the receiver to confirm; a stale version is 409 and an owner without access 400, all or nothing', async () => {
    const { c, taskId, measureId } = await caseWithOwnedWork();
    const next = await createUser(t.ctx, { role: 'caseworker', municipalityCode: '165', displayName: 'Ole Overtager' });
    assert.equal((await kons.post(`/api/cases/${c.id}/handover`, { municipalityCode: '165', caseworkerId: next.id, reason: 'Ny organisering', moveOpenTasks: true })).statusCode, 200);
    const ole = await loginAs(t.app, next.username);
    const pending = (await ole.get(`/api/cases/${c.id}/handover/owners`)).json();
    assert.deepEqual(pending.items.map((i: { kind: string; owner: { name: string } }) => [i.kind, i.owner.name]),
      [['TASK', 'Ole Overtager'], ['MEASURE', 'Sanne Sagsbehandler']], 'the task already moved to him, the measure waits with its old owner');
    const stale = await ole.post(`/api/cases/${c.id}/handover/owners`, { decisions: [{ kind: 'TASK', id: taskId, version: 1, owner: { userId: next.id } }] });
    assert.equal(stale.statusCode, 409);
    assert.equal(stale.json().error.code, 'conflict.stale');
    const outsider = await createUser(t.ctx, { role: 'caseworker', municipalityCode: '851' });
    const bad = await ole.post(`/api/cases/${c.id}/handover/owners`, { decisions: [
      { kind: 'TASK', id: taskId, owner: { userId: next.id } },
      { kind: 'MEASURE', id: measureId, owner: { userId: outsider.id } },
    ] });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().error.details[0].path, 'body.decisions.1.owner.userId');
    assert.equal((await ole.get(`/api/cases/${c.id}/handover/owners`)).json().items.length, 2, 'the first choice rolled back with the second');
  });

  it('a handover to a contact without an account asks the consultants on the case instead; outsiders get 404', async () => {
    const { c } = await caseWithOwnedWork();
    const res = await kons.post(`/api/cases/${c.id}/handover`, { municipalityCode: '165', caseworker: { name: 'Kontakt Uden Adgang' }, reason: 'Kommunen bruger ikke Skjold' });
    assert.equal(res.statusCode, 200, res.body);
    const item = (await work(kons)).find((w) => w.kind === 'HANDOVER_OWNERS' && w.caseId === c.id);
    assert.equal(item?.title, `Sag ${c.caseNumber} er overdraget til en sagsbehandler uden adgang til Skjold: fordel 1 opgave og 1 foranstaltning`);
    const outsider = await loginAs(t.app, (await createUser(t.ctx, { role: 'caseworker', municipalityCode: '851' })).username);
    assert.equal((await outsider.get(`/api/cases/${c.id}/handover/owners`)).statusCode, 404);
    assert.equal((await p.cwClient.get(`/api/cases/${c.id}/handover/owners`)).statusCode, 404, 'the previous caseworker lost the case');
  });
});

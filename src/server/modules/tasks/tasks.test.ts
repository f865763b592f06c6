import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { forEachEngine } from '../../../../test/support/db.js';
import { countRows, createUser, loginAs, startTestApp, type Client, type TestApp } from '../../../../test/support/app.js';
import { queryRows } from '../../platform/db/client.js';
import { todayIso } from '../../shared/codes.js';
import { addDays } from '../case-core/work.scope.js';
import { fullContent } from '../risk/risk.fixtures.js';
import { coordinationCase, coordinationPeople, signAssessment } from './tasks.fixtures.js';

forEachEngine('tasks: owner, deadline, MARAC outcome, versions, who gathers what', (engine) => {
  let t: TestApp;
  let p: Awaited<ReturnType<typeof coordinationPeople>>;
  let kons: Client;
  before(async () => {
    t = await startTestApp(engine);
    p = await coordinationPeople(t.ctx, t.app);
    kons = p.konsClient;
  });
  after(() => t.close());

  it('creates a task for a user, refuses a past deadline naming body.deadline and writes nothing, lists it on the case', async () => {
    const c = await coordinationCase(t.ctx, p);
    const before = await countRows(t.ctx, 'tasks');
    const past = await kons.post(`/api/cases/${c.id}/tasks`, { title: 'Ring til skolen', owner: { userId: p.cw.id }, deadline: addDays(todayIso(), -1) });
    assert.equal(past.statusCode, 400);
    assert.deepEqual(past.json().error.details.map((d: { path: string }) => d.path), ['body.deadline']);
    assert.match(past.json().error.details[0].message, /før i dag/);
    assert.equal(await countRows(t.ctx, 'tasks'), before, 'nothing half-written');

    const made = await kons.post(`/api/cases/${c.id}/tasks`, { title: 'Ring til Qvistgaard-skolen', owner: { userId: p.cw.id }, deadline: todayIso() });
    assert.equal(made.statusCode, 201, made.body);
    assert.deepEqual([made.json().owner, made.json().status, made.json().version, made.json().source.type],
      [{ type: 'USER', userId: p.cw.id, name: 'Sanne Sagsbehandler' }, 'AABEN', 1, 'MANUEL']);
    const stored = (await queryRows<{ row: string }>(t.ctx.db, sql`SELECT x::text AS row FROM tasks x WHERE case_id = ${c.id}`)).map((r) => r.row).join();
    assert.ok(!stored.includes('Qvistgaard'), 'the title is encrypted at rest');

    const list = await p.cwClient.get(`/api/cases/${c.id}/tasks`);
    assert.equal(list.statusCode, 200);
    assert.deepEqual(list.json().tasks.map((x: { title: string }) => x.title), ['Ring til Qvistgaard-skolen']);
  });

  it('refuses an owner who cannot see the case, and an actor that is not on the case', async () => {
    const c = await coordinationCase(t.ctx, p);
    const aalborg = await createUser(t.ctx, { role: 'caseworker', municipalityCode: '851' });
    const res = await kons.post(`/api/cases/${c.id}/tasks`, { title: 'x', owner: { userId: aalborg.id }, deadline: todayIso() });
    assert.equal(res.statusCode, 400);
    assert.deepEqual(res.json().error.details.map((d: { path: string }) => d.path), ['body.owner.userId']);
    const actor = await kons.post(`/api/cases/${c.id}/tasks`, { title: 'x', owner: { actorId: '00000000-0000-4000-8000-000000000001' }, deadline: todayIso() });
    assert.equal(actor.statusCode, 400);
    assert.deepEqual(actor.json().error.details.map((d: { path: string }) => d.path), ['body.owner.actorId']);
  });

  it('a task can belong to an actor without an account; without a sharing basis (police) it is refused with the reason', async () => {
    const c = await coordinationCase(t.ctx, p);
    const school = await kons.post(`/api/cases/${c.id}/actors`, { actorType: 'KOMMUNE', department: 'SKOLE_DAGTILBUD', name: 'Albertslund Kommune' });
    assert.equal(school.statusCode, 201, school.body);
    const made = await kons.post(`/api/cases/${c.id}/tasks`, { title: 'Skoleudtalelse', owner: { actorId: school.json().id }, deadline: todayIso() });
    assert.equal(made.statusCode, 201, made.body);
    assert.deepEqual(made.json().owner, { type: 'ACTOR', actorId: school.json().id, name: 'Albertslund Kommune' });
    const police = await kons.post(`/api/cases/${c.id}/actors`, { actorType: 'POLITI', name: 'Vestegnens Politi' });
    assert.equal(police.statusCode, 201, police.body);
    const refused = await kons.post(`/api/cases/${c.id}/tasks`, { title: 'Pasinddragelse', owner: { actorId: police.json().id }, deadline: todayIso() });
    assert.equal(refused.statusCode, 409);
    assert.equal(refused.json().error.code, 'actors.no_sharing_basis');
    const listed = (await p.cwClient.get(`/api/cases/${c.id}/tasks`)).json().tasks;
    assert.deepEqual(listed.map((x: { title: string }) => x.title), ['Skoleudtalelse']);
  });

  it('ends a task with a MARAC outcome; a stale version is 409 conflict.stale with the current version', async () => {
    const c = await coordinationCase(t.ctx, p);
    const task = (await kons.post(`/api/cases/${c.id}/tasks`, { title: 'Indhent skoleudtalelse', owner: { userId: p.kons.id }, deadline: todayIso() })).json();
    const done = await p.cwClient.patch(`/api/tasks/${task.id}`, { version: 1, status: 'IKKE_UDFOERT', outcome: 'Skolen svarede ikke' });
    assert.equal(done.statusCode, 200, done.body);
    assert.deepEqual([done.json().status, done.json().outcome, done.json().version], ['IKKE_UDFOERT', 'Skolen svarede ikke', 2]);
    assert.ok(done.json().closedAt);
    const stale = await kons.patch(`/api/tasks/${task.id}`, { version: 1, status: 'UDFOERT' });
    assert.equal(stale.statusCode, 409);
    assert.equal(stale.json().error.code, 'conflict.stale');
    assert.equal(stale.json().error.currentVersion, 2);
    const bad = await kons.patch(`/api/tasks/${task.id}`, { version: 2, status: 'LAVET' });
    assert.equal(bad.statusCode, 400);
    assert.ok(bad.json().error.details.some((d: { path: string }) => d.path === 'body.status'));
  });

  it('is 404 to an outsider, the same as a task that does not exist, and the task is unchanged', async () => {
    const c = await coordinationCase(t.ctx, p);
    const task = (await kons.post(`/api/cases/${c.id}/tasks`, { title: 'Hemmelig', owner: { userId: p.kons.id }, deadline: todayIso() })).json();
    const other = await loginAs(t.app, (await createUser(t.ctx, { role: 'caseworker', municipalityCode: '851' })).username);
    const outside = await other.patch(`/api/tasks/${task.id}`, { version: 1, status: 'UDFOERT' });
    const missing = await other.patch('/api/tasks/00000000-0000-4000-8000-000000000000', { version: 1, status: 'UDFOERT' });
    assert.equal(outside.statusCode, 404);
    assert.equal(outside.body, missing.body);
    assert.equal((await other.get(`/api/cases/${c.id}/tasks`)).statusCode, 404);
    const [row] = await queryRows<{ status: string; version: number }>(t.ctx.db, sql`SELECT status, version FROM tasks WHERE id = ${task.id}`);
    assert.deepEqual(row, { status: 'AABEN', version: 1 });
  });

  it('who gathers what: factors rated UKENDT or without a source become tasks in one action, once', async () => {
    const c = await coordinationCase(t.ctx, p);
    const content = fullContent();
    // fullContent rates every fourth factor UKENDT now; T2 gets no source.
    content.factors.T2 = { ...content.factors.T2!, now: 'JA', sources: '' };
    const aid = await signAssessment(kons, c.id, content);
    const expected = Object.entries(content.factors).filter(([, f]) => f.now === 'UKENDT' || f.past === 'UKENDT' || f.sources === '').map(([k]) => k);
    assert.ok(expected.length >= 2 && expected.includes('T2'));
    const res = await kons.post(`/api/cases/${c.id}/tasks/gathering`, { assessmentId: aid, owner: { userId: p.kons.id }, deadline: addDays(todayIso(), 3) });
    assert.equal(res.statusCode, 201, res.body);
    assert.deepEqual(res.json().created.map((x: { source: { ref: string } }) => x.source.ref).sort(), expected.sort());
    assert.ok(res.json().created.every((x: { title: string; source: { type: string } }) => x.title.startsWith('Indhent oplysninger: ') && x.source.type === 'FAKTOR'));
    const again = await kons.post(`/api/cases/${c.id}/tasks/gathering`, { assessmentId: aid, owner: { userId: p.kons.id }, deadline: addDays(todayIso(), 3) });
    assert.deepEqual([again.json().created.length, again.json().alreadyThere], [0, expected.length]);
  });

  it('tasks made from an assessment are the case\'s tasks (shown on the case)', async () => {
    const c = await coordinationCase(t.ctx, p);
    const content = fullContent();
    const aid = await signAssessment(kons, c.id, content);
    const action = await kons.post(`/api/cases/${c.id}/assessments/${aid}/actions`, {
      kind: 'TASK', sourceType: 'ANBEFALING', sourceId: content.recommendations[0]!.id, owner: 'Skolens AKT-lærer', deadline: todayIso(),
    });
    assert.equal(action.statusCode, 201, action.body);
    const list = (await kons.get(`/api/cases/${c.id}/tasks`)).json().tasks;
    assert.deepEqual(list.map((x: { title: string; owner: { type: string; name: string }; source: { type: string } }) => [x.title, x.owner, x.source.type]),
      [['Sikkerhedsplan med skolen inden fredag', { type: 'TEXT', name: 'Skolens AKT-lærer' }, 'ANBEFALING']]);
  });

  it('a handover moves the previous caseworker\'s open tasks when asked, and logs it', async () => {
    const c = await coordinationCase(t.ctx, p);
    await kons.post(`/api/cases/${c.id}/tasks`, { title: 'Møde med familien', owner: { userId: p.cw.id }, deadline: todayIso() });
    const next = await createUser(t.ctx, { role: 'caseworker', municipalityCode: '165', displayName: 'Ny Sagsbehandler' });
    const noReason = await kons.post(`/api/cases/${c.id}/handover`, { municipalityCode: '165', caseworkerId: next.id, moveOpenTasks: true });
    assert.equal(noReason.statusCode, 400);
    assert.ok(noReason.json().error.details.some((d: { path: string }) => d.path === 'body.reason'));
    const res = await kons.post(`/api/cases/${c.id}/handover`, { municipalityCode: '165', caseworkerId: next.id, reason: 'Barsel', moveOpenTasks: true });
    assert.equal(res.statusCode, 200, res.body);
    const nextClient = await loginAs(t.app, next.username);
    const tasks = (await nextClient.get(`/api/cases/${c.id}/tasks`)).json().tasks;
    assert.deepEqual(tasks.map((x: { owner: { userId: string } }) => x.owner.userId), [next.id]);
    const [logged] = await queryRows<{ n: number }>(t.ctx.db, sql`SELECT count(*)::int AS n FROM audit_events WHERE event_type = 'tasks.handed_over' AND case_id = ${c.id}`);
    assert.equal(logged!.n, 1);
    const work = (await nextClient.get('/api/me/work')).json().items;
    assert.ok(work.some((i: { kind: string; title: string }) => i.kind === 'TASK' && i.title === 'Møde med familien'), 'the receiver sees what is open');
  });

  it("an action card's chosen steps become tasks on the case in one action, once; a card for another age, a foreign step or a past deadline is 400 and writes nothing", async () => {
    const c = await coordinationCase(t.ctx, p);
    await t.ctx.db.execute(sql`UPDATE cases SET citizen_minor = true, concern_types = ARRAY['NSK'] WHERE id = ${c.id}`);
    const url = `/api/cases/${c.id}/tasks/action-card`;
    const before = await countRows(t.ctx, 'tasks');
    const adultCard = await kons.post(url, { slug: 'action-card-jobcenter-og-ydelse', stepIds: ['tal-alene'], owner: { userId: p.cw.id }, deadline: todayIso() });
    assert.equal(adultCard.statusCode, 400);
    assert.deepEqual(adultCard.json().error.details.map((d: { path: string }) => d.path), ['body.slug']);
    const foreignStep = await kons.post(url, { slug: 'action-card-skole-og-dagtilbud', stepIds: ['tal-alene', 'pas'], owner: { userId: p.cw.id }, deadline: todayIso() });
    assert.equal(foreignStep.statusCode, 400);
    assert.deepEqual(foreignStep.json().error.details.map((d: { path: string }) => d.path), ['body.stepIds.1']);
    const past = await kons.post(url, { slug: 'action-card-skole-og-dagtilbud', stepIds: ['tal-alene'], owner: { userId: p.cw.id }, deadline: addDays(todayIso(), -1) });
    assert.deepEqual([past.statusCode, past.json().error.details[0].path], [400, 'body.deadline']);
    const noSteps = await kons.post(url, { slug: 'action-card-skole-og-dagtilbud', stepIds: [], owner: { userId: p.cw.id }, deadline: todayIso() });
    assert.deepEqual([noSteps.statusCode, noSteps.json().error.details[0].path], [400, 'body.stepIds']);
    assert.equal(await countRows(t.ctx, 'tasks'), before, 'nothing half-written');

    const deadline = addDays(todayIso(), 7);
    const made = await kons.post(url, { slug: 'action-card-skole-og-dagtilbud', stepIds: ['underret', 'tal-alene'], owner: { userId: p.cw.id }, deadline });
    assert.equal(made.statusCode, 201, made.body);
    assert.deepEqual(made.json().created.map((x: { title: string; deadline: string; owner: { userId: string }; source: { type: string; ref: string } }) => [x.title, x.deadline, x.owner.userId, x.source.type, x.source.ref]), [
      ['Tal med eleven alene og skriv ned, hvad eleven fortæller', deadline, p.cw.id, 'HANDLINGSKORT', 'action-card-skole-og-dagtilbud#tal-alene'],
      ['Lav en underretning til kommunen (barnets lov § 133)', deadline, p.cw.id, 'HANDLINGSKORT', 'action-card-skole-og-dagtilbud#underret'],
    ], "in the card's order, the step's text as title");
    const again = await kons.post(url, { slug: 'action-card-skole-og-dagtilbud', stepIds: ['underret', 'sparring'], owner: { userId: p.cw.id }, deadline });
    assert.equal(again.statusCode, 201, again.body);
    assert.deepEqual([again.json().created.map((x: { title: string }) => x.title), again.json().alreadyThere],
      [['Ring til sikkerhedskonsulenten for sparring'], 1], 'a step already a task is not made twice');
    const listed = (await p.cwClient.get(`/api/cases/${c.id}/tasks`)).json().tasks;
    assert.equal(listed.filter((x: { source: { type: string } }) => x.source.type === 'HANDLINGSKORT').length, 3);
    const work = (await p.cwClient.get('/api/me/work')).json().items;
    assert.ok(work.some((i: { kind: string; title: string }) => i.kind === 'TASK' && i.title.startsWith('Lav en underretning')), "in the owner's work queue");
    const [logged] = await queryRows<{ n: number }>(t.ctx.db, sql`SELECT count(*)::int AS n FROM audit_events WHERE event_type = 'tasks.from_action_card' AND case_id = ${c.id}`);
    assert.equal(logged!.n, 2);

    const other = await loginAs(t.app, (await createUser(t.ctx, { role: 'consultant', region: 'Region Nordjylland' })).username);
    const outside = await other.post(url, { slug: 'action-card-skole-og-dagtilbud', stepIds: ['akut'], owner: { userId: p.cw.id }, deadline });
    const missing = await other.post('/api/cases/00000000-0000-4000-8000-000000000000/tasks/action-card', { slug: 'action-card-skole-og-dagtilbud', stepIds: ['akut'], owner: { userId: p.cw.id }, deadline });
    assert.equal(outside.statusCode, 404);
    assert.equal(outside.body, missing.body);
  });
});

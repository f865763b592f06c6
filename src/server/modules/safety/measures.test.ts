import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { forEachEngine } from '../../../../test/support/db.js';
import { createUser, loginAs, startTestApp, type Client, type TestApp } from '../../../../test/support/app.js';
import { queryRows } from '../../platform/db/client.js';
import type { Actor } from '../../platform/access/actor.js';
import { requireCaseInScope } from '../case-core/cases.scope.js';
import { openCase } from '../cases/cases.testkit.js';
import { todayIso } from '../../shared/codes.js';
import { addYears } from './measures.limits.js';
import { measureClosureBlockers, measureExpiringWork } from './measures.work.js';
import { isoPlusDays, signAssessment } from './safety.testkit.js';

forEachEngine('safety: the measures register', (engine) => {
  let t: TestApp;
  let kons: Client;
  let konsActor: Actor;
  let cwId: string;
  before(async () => {
    t = await startTestApp(engine);
    cwId = (await createUser(t.ctx, { role: 'caseworker', municipalityCode: '165', displayName: 'Sanne Sagsbehandler' })).id;
    const k = await createUser(t.ctx, { role: 'consultant', region: 'Region Hovedstaden', displayName: 'Konsulent Hansen' });
    kons = await loginAs(t.app, k.username);
    konsActor = { userId: k.id, username: k.username, displayName: k.displayName, role: 'consultant', municipalityCode: null, region: 'Region Hovedstaden', sessionId: '' };
  });
  after(() => t.close());

  const meOwner = () => ({ userId: konsActor.userId });

  it('proposes from the case, puts in force, ends with an evaluation; forward only; stale versions refused', async () => {
    const { case: c } = await openCase(kons);
    const m = await kons.post(`/api/cases/${c.id}/measures`, { measureType: 'VOLDSALARM', status: 'FORESLAAET', owner: meOwner(), endsOn: isoPlusDays(90) });
    assert.equal(m.statusCode, 201, m.body);
    assert.deepEqual([m.json().status, m.json().origin, m.json().owner.name, m.json().version], ['FORESLAAET', 'SAG', 'Konsulent Hansen', 1]);

    const live = await kons.patch(`/api/measures/${m.json().id}`, { version: 1, status: 'IVAERKSAT' });
    assert.equal(live.statusCode, 200, live.body);
    assert.deepEqual([live.json().status, live.json().startsOn, live.json().version], ['IVAERKSAT', todayIso(), 2]);
    const stale = await kons.patch(`/api/measures/${m.json().id}`, { version: 1, status: 'AFSLUTTET', evaluation: { outcome: 'HJALP' } });
    assert.equal(stale.statusCode, 409);
    assert.equal(stale.json().error.code, 'conflict.stale');
    assert.equal(stale.json().error.currentVersion, 2);

    const noEval = await kons.patch(`/api/measures/${m.json().id}`, { version: 2, status: 'AFSLUTTET' });
    assert.equal(noEval.statusCode, 400);
    assert.equal(noEval.json().error.details[0].path, 'body.evaluation');
    const ended = await kons.patch(`/api/measures/${m.json().id}`, { version: 2, status: 'AFSLUTTET', evaluation: { outcome: 'DELVIST', note: 'Alarmen blev brugt én gang' } });
    assert.equal(ended.statusCode, 200, ended.body);
    assert.deepEqual([ended.json().evaluation, ended.json().endedOn], [{ outcome: 'DELVIST', note: 'Alarmen blev brugt én gang' }, todayIso()]);
    const back = await kons.patch(`/api/measures/${m.json().id}`, { version: 3, status: 'IVAERKSAT' });
    assert.equal(back.statusCode, 409);
    assert.equal(back.json().error.details[0].path, 'body.status');

    const filtered = (await kons.get(`/api/cases/${c.id}/measures?status=AFSLUTTET`)).json().items;
    assert.equal(filtered.length, 1);
    assert.equal((await kons.get(`/api/cases/${c.id}/measures?status=IVAERKSAT`)).json().items.length, 0);
    const audits = await queryRows<{ event_type: string; n: number }>(t.ctx.db, sql`
      SELECT event_type, count(*)::int AS n FROM audit_events WHERE case_id = ${c.id} AND event_type IN ('safety.measure_created', 'safety.measure_updated') GROUP BY event_type ORDER BY event_type`);
    assert.deepEqual(audits.map((a) => [a.event_type, a.n]), [['safety.measure_created', 1], ['safety.measure_updated', 2]], 'every change audited, refusals not');
    const journal = (await kons.get(`/api/cases/${c.id}/journal`)).json().items.map((e: { title: string }) => e.title);
    assert.ok(journal.includes('Foranstaltning iværksat: Voldsalarm') && journal.includes('Foranstaltning afsluttet: Voldsalarm'), journal.join(' | '));
  });

  it('owner is a user or an actor of the case, never free text; an actor in force needs a sharing basis', async () => {
    const { case: c } = await openCase(kons);
    const free = await kons.post(`/api/cases/${c.id}/measures`, { measureType: 'VOLDSALARM', owner: 'Politiet' });
    assert.equal(free.statusCode, 400);
    assert.ok(free.json().error.details.some((d: { path: string }) => d.path.startsWith('body.owner')), free.body);
    const police = (await kons.post(`/api/cases/${c.id}/actors`, { actorType: 'POLITI', directoryActorId: 'politi-kbhv' })).json();
    const proposed = await kons.post(`/api/cases/${c.id}/measures`, { measureType: 'VOLDSALARM', owner: { actorId: police.id } });
    assert.equal(proposed.statusCode, 201, 'proposing shares nothing');
    assert.deepEqual([proposed.json().owner.name, proposed.json().owner.phone], ['Københavns Vestegns Politi', '43 86 14 48']);
    const inForce = await kons.patch(`/api/measures/${proposed.json().id}`, { version: 1, status: 'IVAERKSAT' });
    assert.equal(inForce.statusCode, 409, inForce.body);
    assert.equal(inForce.json().error.code, 'actors.no_sharing_basis');
    assert.match(inForce.json().error.message, /deling med politiet/);
  });

  it('legal limits: PASINDDRAGELSE for a 17½-year-old cannot run past the 18th birthday; 13 months refused', async () => {
    // Born 17½ years ago (CPR is not needed: a stated birth date counts the same).
    const birth = addYears(isoPlusDays(-183), -17);
    const { case: c } = await openCase(kons, { citizen: { birthDate: birth } });
    const birthday = addYears(birth, 18);
    const past = await kons.post(`/api/cases/${c.id}/measures`, { measureType: 'PASINDDRAGELSE', status: 'IVAERKSAT', owner: meOwner(), endsOn: isoPlusDays(300) });
    assert.equal(past.statusCode, 400, past.body);
    const detail = past.json().error.details.find((d: { path: string }) => d.path === 'body.endsOn');
    assert.match(detail.message, /18-årsdag/);
    assert.match(detail.message, new RegExp(new Date(`${birthday}T12:00:00Z`).toLocaleDateString('da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })));
    const ok = await kons.post(`/api/cases/${c.id}/measures`, { measureType: 'PASINDDRAGELSE', status: 'IVAERKSAT', owner: meOwner(), endsOn: birthday });
    assert.equal(ok.statusCode, 201, ok.body);

    const { case: young } = await openCase(kons, { citizen: { birthDate: addYears(todayIso(), -12) } });
    const long = await kons.post(`/api/cases/${young.id}/measures`, { measureType: 'PASINDDRAGELSE', status: 'IVAERKSAT', owner: meOwner(), endsOn: isoPlusDays(396) });
    assert.equal(long.statusCode, 400);
    assert.match(long.json().error.details[0].message, /højst vare 1 år/);
    assert.equal(long.json().error.details[0].path, 'body.endsOn');
    const pastEnd = await kons.post(`/api/cases/${young.id}/measures`, { measureType: 'VOLDSALARM', owner: meOwner(), endsOn: isoPlusDays(-1) });
    assert.equal(pastEnd.statusCode, 400);
    assert.equal(pastEnd.json().error.details[0].path, 'body.endsOn');
    assert.equal((await queryRows<{ n: number }>(t.ctx.db, sql`SELECT count(*)::int AS n FROM safety_measures WHERE case_id = ${young.id}`))[0]!.n, 0, 'nothing half-written');
  });

  it('ANBRINGELSE names who decided; proposed from the screening; the work queue and closure blockers see measures in force', async () => {
    const { case: c } = await openCase(kons);
    const screening = (await kons.post(`/api/cases/${c.id}/screenings`, { outcome: 'HANDLING', rationale: 'Trusler', answers: {} })).json();
    const p = await kons.post(`/api/cases/${c.id}/measures`, { measureType: 'ANBRINGELSE', status: 'IVAERKSAT', owner: { userId: cwId }, screeningId: screening.id });
    assert.equal(p.statusCode, 400);
    assert.equal(p.json().error.details[0].path, 'body.decided');
    const ok = await kons.post(`/api/cases/${c.id}/measures`, {
      measureType: 'ANBRINGELSE', status: 'IVAERKSAT', owner: { userId: cwId }, screeningId: screening.id, endsOn: isoPlusDays(20),
      decided: { by: 'Afdelingsleder, Børn og Familie', on: todayIso() },
    });
    assert.equal(ok.statusCode, 201, ok.body);
    assert.deepEqual([ok.json().origin, ok.json().screeningId, ok.json().decided.by, ok.json().renewalDue], ['SCREENING', screening.id, 'Afdelingsleder, Børn og Familie', true]);

    const cIn = await requireCaseInScope(t.ctx.db, konsActor, c.id);
    const blockers = await measureClosureBlockers(t.ctx.db, cIn);
    assert.equal(blockers.length, 1);
    assert.match(blockers[0]!.message, /"Anbringelse" er iværksat/);
    const work = (await measureExpiringWork(t.ctx.db, konsActor)).filter((w) => w.caseId === c.id);
    assert.deepEqual(work.map((w) => [w.kind, w.due, w.overdue, w.href]), [['MEASURE_EXPIRING', isoPlusDays(20), false, `/sager/${c.id}/foranstaltninger`]]);
    const outsider = await createUser(t.ctx, { role: 'consultant', region: 'Region Nordjylland' });
    const outsiderActor: Actor = { ...konsActor, userId: outsider.id, username: outsider.username, region: 'Region Nordjylland' };
    assert.equal((await measureExpiringWork(t.ctx.db, outsiderActor)).length, 0, 'scoped');
  });

  it('"Gør til" on a signed assessment makes a register entry linked to its scenario; coverage marks a HOEJ scenario uncovered until one is in force', async () => {
    const { case: c } = await openCase(kons);
    const a = await signAssessment(kons, c.id);
    const scenario = a.content.scenarios[0]!;
    const cov0 = (await kons.get(`/api/cases/${c.id}/measures/coverage`)).json();
    assert.deepEqual(cov0.scenarios.map((s: { level: string; uncovered: boolean }) => [s.level, s.uncovered]), [['HOEJ', true]]);

    const made = await kons.post(`/api/cases/${c.id}/assessments/${a.id}/actions`, {
      kind: 'SAFETY_MEASURE', sourceType: 'SCENARIE_FORANSTALTNING', sourceId: scenario.measures[0]!.id, measureType: 'PASINDDRAGELSE', owner: meOwner(),
    });
    assert.equal(made.statusCode, 201, made.body);
    const entry = made.json().measure;
    assert.deepEqual([entry.scenarioId, entry.assessmentId, entry.origin, entry.answers.title], [scenario.id, a.id, 'VURDERING', 'Udrejse i sommerferien']);
    const register = (await kons.get(`/api/cases/${c.id}/measures`)).json().items;
    assert.equal(register.length, 1, 'shows in the register');
    assert.equal((await kons.get(`/api/cases/${c.id}/actions`)).json().safetyMeasures[0].source.id, scenario.measures[0]!.id, 'and on the assessment');

    const other = await kons.post(`/api/cases/${c.id}/measures`, { measureType: 'VOLDSALARM', status: 'IVAERKSAT', owner: meOwner(), scenarioId: scenario.id });
    assert.equal(other.statusCode, 201, other.body);
    const cov1 = (await kons.get(`/api/cases/${c.id}/measures/coverage`)).json();
    assert.deepEqual([cov1.scenarios[0].uncovered, cov1.scenarios[0].measuresInForce.length, cov1.scenarios[0].measuresProposed], [false, 1, 1]);
    const bad = await kons.post(`/api/cases/${c.id}/measures`, { measureType: 'VOLDSALARM', owner: meOwner(), scenarioId: '00000000-0000-4000-8000-000000000000' });
    assert.equal(bad.json().error.details[0].path, 'body.scenarioId');
  });

  it('after a handover, a user owner who lost access is flagged, and the new caseworker takes over (logged)', async () => {
    const aalborg = await createUser(t.ctx, { role: 'caseworker', municipalityCode: '851', displayName: 'Aalborg Sagsbehandler' });
    const { case: c } = await openCase(kons);
    const m = (await kons.post(`/api/cases/${c.id}/measures`, { measureType: 'SKOLE_INFORMERET', owner: { userId: cwId } })).json();
    const handed = await kons.post(`/api/cases/${c.id}/handover`, { municipalityCode: '851', caseworkerId: aalborg.id, reason: 'Flyttet' });
    assert.equal(handed.statusCode, 200, handed.body);
    const newCw = await loginAs(t.app, aalborg.username);
    const listed = (await newCw.get(`/api/cases/${c.id}/measures`)).json().items[0];
    assert.equal(listed.owner.lostAccess, true);
    const taken = await newCw.patch(`/api/measures/${m.id}`, { version: listed.version, owner: { userId: aalborg.id } });
    assert.equal(taken.statusCode, 200, taken.body);
    assert.deepEqual([taken.json().owner.name, taken.json().owner.lostAccess], ['Aalborg Sagsbehandler', false]);
    const [row] = await queryRows<{ details: { fields: string[] } }>(t.ctx.db, sql`
      SELECT details FROM audit_events WHERE event_type = 'safety.measure_updated' AND subject_id = ${m.id}`);
    assert.deepEqual(row!.details.fields, ['owner']);
  });
});

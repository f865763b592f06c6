import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { extractText } from 'unpdf';
import { forEachEngine } from '../../../../test/support/db.js';
import { countRows, createUser, loginAs, startTestApp, type Client, type TestApp } from '../../../../test/support/app.js';
import { seedDemoPreparedness } from './preparedness.demo.js';
import { preparednessWork } from './preparedness.work.js';
import { revisionDueOf } from './preparedness.dates.js';
import { actorFor } from '../../../../test/authz/fixtures.js';
import { insertInquiries, many } from '../statistics/statistics.fixtures.js';

const plan = (version: number, adoptedOn: string | null = '2024-03-01') => ({
  version,
  adoptedOn,
  content: { purpose: 'Et redskab for medarbejderne.', team: [{ department: 'BOERN_FAMILIE', name: 'Konsulent B', phone: '43 68 00 02' }] },
});

forEachEngine('preparedness plans', (engine) => {
  let t: TestApp;
  let teamAlb: Client;
  let teamOdense: Client;
  let consultantHovedstaden: Client;
  let consultantSyd: Client;
  let analyst: Client;
  let teamAlbId: string;
  before(async () => {
    t = await startTestApp(engine);
    const a = await createUser(t.ctx, { role: 'municipal_team', municipalityCode: '165' });
    teamAlbId = a.id;
    teamAlb = await loginAs(t.app, a.username);
    teamOdense = await loginAs(t.app, (await createUser(t.ctx, { role: 'municipal_team', municipalityCode: '461' })).username);
    consultantHovedstaden = await loginAs(t.app, (await createUser(t.ctx, { role: 'consultant', region: 'Region Hovedstaden' })).username);
    consultantSyd = await loginAs(t.app, (await createUser(t.ctx, { role: 'consultant', region: 'Region Syddanmark' })).username);
    analyst = await loginAs(t.app, (await createUser(t.ctx, { role: 'analyst' })).username);
  });
  after(() => t.close());

  it('a municipality without a plan reads as version 0; its team creates one, and the revision falls due four years later', async () => {
    const empty = await teamAlb.get('/api/municipalities/165/preparedness-plan');
    assert.equal(empty.statusCode, 200);
    assert.equal(empty.json().version, 0);
    assert.equal(empty.json().editable, true);
    const saved = await teamAlb.put('/api/municipalities/165/preparedness-plan', plan(0));
    assert.equal(saved.statusCode, 200, saved.body);
    assert.equal(saved.json().version, 1);
    assert.equal(saved.json().revisionDueOn, '2028-03-01');
    assert.equal(saved.json().content.team[0].name, 'Konsulent B');
    assert.equal(await countRows(t.ctx, `audit_events WHERE event_type = 'preparedness.plan_updated' AND actor_user_id = '${teamAlbId}'`), 1);
  });

  it('a stale save is 409 conflict.stale with the current version, and changes nothing', async () => {
    const ok = await teamAlb.put('/api/municipalities/165/preparedness-plan', { ...plan(1), content: { purpose: 'Anden udgave.' } });
    assert.equal(ok.statusCode, 200);
    assert.equal(ok.json().version, 2);
    const stale = await teamAlb.put('/api/municipalities/165/preparedness-plan', { ...plan(1), content: { purpose: 'Overskriver?' } });
    assert.equal(stale.statusCode, 409);
    assert.equal(stale.json().error.code, 'conflict.stale');
    assert.equal(stale.json().error.currentVersion, 2);
    assert.equal((await teamAlb.get('/api/municipalities/165/preparedness-plan')).json().content.purpose, 'Anden udgave.');
  });

  it("another municipality's team gets 404 on Albertslund's plan, reading and writing, exactly like a missing one", async () => {
    const before = (await teamAlb.get('/api/municipalities/165/preparedness-plan')).json();
    const read = await teamOdense.get('/api/municipalities/165/preparedness-plan');
    const write = await teamOdense.put('/api/municipalities/165/preparedness-plan', plan(before.version));
    const missing = await teamOdense.get('/api/municipalities/999/preparedness-plan');
    assert.equal(read.statusCode, 404);
    assert.equal(write.statusCode, 404);
    assert.equal(missing.statusCode, 404);
    assert.deepEqual(read.json(), missing.json());
    assert.equal((await teamAlb.get('/api/municipalities/165/preparedness-plan')).json().version, before.version);
  });

  it('consultants of the region read the plan but cannot save it; other regions and the analyst get 404', async () => {
    const read = await consultantHovedstaden.get('/api/municipalities/165/preparedness-plan');
    assert.equal(read.statusCode, 200);
    assert.equal(read.json().editable, false);
    assert.equal((await consultantHovedstaden.put('/api/municipalities/165/preparedness-plan', plan(read.json().version))).statusCode, 404);
    assert.equal((await consultantSyd.get('/api/municipalities/165/preparedness-plan')).statusCode, 404);
    assert.equal((await analyst.get('/api/municipalities/165/preparedness-plan')).statusCode, 404);
  });

  it('a bad save names the field in Danish and writes nothing', async () => {
    const v = (await teamAlb.get('/api/municipalities/165/preparedness-plan')).json().version;
    const res = await teamAlb.put('/api/municipalities/165/preparedness-plan', { version: v, adoptedOn: '2024-13-40', content: { team: [{ department: 'BOERN_FAMILIE', name: '' }] } });
    assert.equal(res.statusCode, 400);
    const paths = res.json().error.details.map((d: { path: string }) => d.path);
    assert.ok(paths.includes('body.adoptedOn'), paths.join());
    assert.ok(paths.some((p: string) => p.startsWith('body.content.team.0.name')), paths.join());
    assert.equal((await teamAlb.get('/api/municipalities/165/preparedness-plan')).json().version, v);
  });

  it('the national overview lists all 98 municipalities, Albertslund with its dates and team, without plan content', async () => {
    const res = await analyst.get('/api/preparedness/overview');
    assert.equal(res.statusCode, 200);
    const items = res.json().items as { municipalityCode: string; name: string; adoptedOn: string | null; revisionDueOn: string | null; teamNamed: boolean; overdue: boolean }[];
    assert.equal(items.length, 98);
    const alb = items.find((i) => i.municipalityCode === '165')!;
    assert.deepEqual({ ...alb }, { municipalityCode: '165', name: 'Albertslund', region: 'Region Hovedstaden', adoptedOn: '2024-03-01', revisionDueOn: '2028-03-01', overdue: false, teamNamed: false });
    assert.equal(items.find((i) => i.municipalityCode === '461')!.adoptedOn, null);
    assert.ok(!res.body.includes('Konsulent B'));
    // Danish order: Æ, Ø, Å after Z
    assert.ok(items.findIndex((i) => i.name === 'Aabenraa') > items.findIndex((i) => i.name === 'Vordingborg'));
  });

  it('the plan exports as a PDF with the municipality, the dates, page numbers and who printed it; the export is audited', async () => {
    const before = await countRows(t.ctx, `audit_events WHERE event_type = 'preparedness.plan_exported'`);
    const res = await teamAlb.get('/api/municipalities/165/preparedness-plan.pdf');
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'application/pdf');
    const { text } = await extractText(new Uint8Array(res.rawPayload), { mergePages: true });
    assert.match(text, /Albertslund Kommune/);
    assert.match(text, /Revideres senest: 1\. marts 2028/);
    assert.match(text, /Side 1 af \d/);
    assert.match(text, /Udskrevet af Test municipal_team/);
    assert.equal(await countRows(t.ctx, `audit_events WHERE event_type = 'preparedness.plan_exported'`), before + 1);
  });

  it("the plan shows the municipality's anonymised overview from the statistics, suppressed there: no count under five, on the page and in the PDF", async () => {
    const now = new Date(Date.now() - 60_000).toISOString();
    await insertInquiries(t.ctx.db, [...many(20, { municipality: '165', receivedAt: now }), ...many(3, { municipality: '165', receivedAt: now, case: true })]);
    await insertInquiries(t.ctx.db, many(7, { municipality: '461', receivedAt: now }));
    const year = new Date().getFullYear();
    const o = (await teamAlb.get('/api/municipalities/165/preparedness-plan')).json().overview;
    assert.deepEqual(o.periods.map((p: { label: string }) => p.label), [String(year - 1), `${year} til dato`]);
    const row = (key: string) => o.rows.find((r: { key: string }) => r.key === key).cells[1];
    assert.deepEqual(row('inquiries'), { count: 23, suppressed: false, mark: null }, "only Albertslund's inquiries, not Odense's");
    assert.deepEqual(row('cases'), { count: null, suppressed: true, mark: '<5' }, 'three cases are never shown as 3');
    assert.deepEqual(row('persons'), { count: null, suppressed: true, mark: '<5' });
    assert.deepEqual(row('concern:NSK'), { count: 23, suppressed: false, mark: null });
    for (const r of o.rows) for (const c of r.cells) assert.ok(c.count === null || c.count === 0 || c.count >= 5, `${r.label}: ${c.count}`);
    assert.equal((await consultantHovedstaden.get('/api/municipalities/165/preparedness-plan')).json().overview.rows[0].cells[1].count, 23, "the region's consultant sees the same figures");

    const pdf = await teamAlb.get('/api/municipalities/165/preparedness-plan.pdf');
    const { text } = await extractText(new Uint8Array(pdf.rawPayload), { mergePages: true });
    assert.match(text, /Anonymiseret sagsoverblik/);
    assert.match(text, /Henvendelser\s+0\s+23/);
    assert.match(text, /Sager\s+0\s+<5/);
  });

  it("the revision enters the team's work queue 90 days before it is due, and the missing annual status from November", async () => {
    const actor = await actorFor(t.ctx, teamAlbId);
    assert.deepEqual(await preparednessWork(t.ctx.db, actor, '2027-11-01'), [
      { kind: 'ANNUAL_STATUS_DUE', caseId: null, caseNumber: null, title: 'Årlig status for 2027 mangler', due: '2027-12-31', overdue: false, href: '/beredskabsplan#aarlig-status' },
    ]);
    const due = await preparednessWork(t.ctx.db, actor, '2027-12-05');
    assert.equal(due[0]!.kind, 'PLAN_REVISION_DUE');
    assert.equal(due[0]!.title, 'Beredskabsplanen skal revideres senest 1. marts 2028');
    assert.equal(due[0]!.overdue, false);
    assert.equal((await preparednessWork(t.ctx.db, actor, '2028-03-02'))[0]!.overdue, true);
    assert.deepEqual(await preparednessWork(t.ctx.db, { ...actor, role: 'consultant' }, '2028-03-02'), []);
  });

  it('the demo plan of Albertslund keeps the structure of seed 004', async () => {
    const fresh = await startTestApp(engine);
    try {
      await seedDemoPreparedness(fresh.ctx);
      await seedDemoPreparedness(fresh.ctx);
      const team = await loginAs(fresh.app, (await createUser(fresh.ctx, { role: 'municipal_team', municipalityCode: '165' })).username);
      const p = (await team.get('/api/municipalities/165/preparedness-plan')).json();
      assert.equal(p.version, 1);
      assert.equal(p.adoptedOn, '2023-10-10');
      assert.equal(p.revisionDueOn, '2027-10-10');
      assert.equal(p.content.team.length, 5);
      assert.ok(p.content.actionCards.length >= 3);
    } finally {
      await fresh.close();
    }
  });
});

it('revision due: four years on, and a 29 February with no twin four years later falls back to 28 February', () => {
  assert.equal(revisionDueOf('2023-10-10'), '2027-10-10');
  assert.equal(revisionDueOf('2024-02-29'), '2028-02-29');
  assert.equal(revisionDueOf('2096-02-29'), '2100-02-28');
  assert.equal(revisionDueOf(null), null);
});

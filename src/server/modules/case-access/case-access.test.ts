import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { forEachEngine } from '../../../../test/support/db.js';
import { countRows, createUser, loginAs, startTestApp, type TestApp } from '../../../../test/support/app.js';
import { auditHead, expectAuditRows } from '../../../../test/support/audit.js';
import { createCaseRow } from '../../../../test/support/factories.js';
import type { Actor } from '../../platform/access/actor.js';
import { caseScope } from '../case-core/cases.scope.js';
import { caseExclusions, cases } from '../case-core/cases.tables.js';

forEachEngine('case participants and exclusions', (engine) => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp(engine);
  });
  after(() => t.close());

  async function setup() {
    const owner = await createUser(t.ctx, { role: 'caseworker', municipalityCode: '165' });
    const colleague = await createUser(t.ctx, { role: 'caseworker', municipalityCode: '165' });
    const consultant = await createUser(t.ctx, { role: 'consultant', region: 'Region Hovedstaden' });
    const c = await createCaseRow(t.ctx, { municipalityCode: '165', participants: [{ userId: owner.id, role: 'RESPONSIBLE_CASEWORKER' }] });
    return { owner, colleague, consultant, c, ownerClient: await loginAs(t.app, owner.username) };
  }

  it('adds a participant, who then sees the case; the change is audited without content', async () => {
    const { owner, colleague, c, ownerClient } = await setup();
    const colleagueClient = await loginAs(t.app, colleague.username);
    assert.equal((await colleagueClient.get(`/api/cases/${c.id}/participants`)).statusCode, 404, 'not yet a participant');

    const since = await auditHead(t.ctx);
    const res = await ownerClient.post(`/api/cases/${c.id}/participants`, { userId: colleague.id, participantRole: 'CASEWORKER' });
    assert.equal(res.statusCode, 201, res.body);
    assert.deepEqual(res.json().items.map((p: { userId: string }) => p.userId).sort(), [owner.id, colleague.id].sort());
    await expectAuditRows(t.ctx, since, [{ type: 'case.participant_added', caseId: c.id, subjectId: colleague.id }]);

    const list = await colleagueClient.get(`/api/cases/${c.id}/participants`);
    assert.equal(list.statusCode, 200);
    assert.equal(list.json().items.length, 2);
  });

  it('refuses participants who could never see the case, and duplicates', async () => {
    const { c, ownerClient, colleague } = await setup();
    const aalborg = await createUser(t.ctx, { role: 'caseworker', municipalityCode: '851' });
    const analyst = await createUser(t.ctx, { role: 'analyst' });
    for (const u of [aalborg, analyst]) {
      const res = await ownerClient.post(`/api/cases/${c.id}/participants`, { userId: u.id, participantRole: 'OTHER' });
      assert.equal(res.statusCode, 409);
      assert.equal(res.json().error.code, 'case.participant_not_eligible');
    }
    const bad = await ownerClient.post(`/api/cases/${c.id}/participants`, { userId: colleague.id, participantRole: 'RESPONSIBLE_CASEWORKER' });
    assert.equal(bad.statusCode, 400, 'the responsible caseworker changes by handover only');
    assert.equal(bad.json().error.details[0].path, 'body.participantRole');
    assert.equal((await ownerClient.post(`/api/cases/${c.id}/participants`, { userId: colleague.id, participantRole: 'CASEWORKER' })).statusCode, 201);
    const again = await ownerClient.post(`/api/cases/${c.id}/participants`, { userId: colleague.id, participantRole: 'CASEWORKER' });
    assert.equal(again.json().error.code, 'case.already_participant');
  });

  it('excludes a named user: the case vanishes from their scope and every case route answers 404', async () => {
    const { consultant, c, ownerClient } = await setup();
    const consultantClient = await loginAs(t.app, consultant.username);
    assert.equal((await consultantClient.get(`/api/cases/${c.id}/participants`)).statusCode, 200, 'consultant of the region sees it');

    const since = await auditHead(t.ctx);
    const res = await ownerClient.post(`/api/cases/${c.id}/exclusions`, { userId: consultant.id, reason: 'Familiemedlem til borgeren' });
    assert.equal(res.statusCode, 204, res.body);
    const [row] = await expectAuditRows(t.ctx, since, [{ type: 'case.user_excluded', caseId: c.id, subjectId: consultant.id }]);
    assert.doesNotMatch(JSON.stringify(row), /Familiemedlem/, 'the reason stays on the case, not in the trail');

    const actor: Actor = { userId: consultant.id, username: consultant.username, displayName: '', role: 'consultant', municipalityCode: null, region: 'Region Hovedstaden', sessionId: 'x' };
    const visible = await t.ctx.db.select({ id: cases.id }).from(cases).where(caseScope(actor));
    assert.ok(!visible.some((v) => v.id === c.id), 'gone from their case list');

    const before = await auditHead(t.ctx);
    for (const url of [`/api/cases/${c.id}/participants`, `/api/cases/${c.id}/exclusions`, `/api/cases/${c.id}/access-log`]) {
      const r = await consultantClient.get(url);
      assert.equal(r.statusCode, 404, url);
      assert.equal(r.json().error.code, 'http.not_found');
    }
    const lift = await consultantClient.delete(`/api/cases/${c.id}/exclusions/${consultant.id}`);
    assert.equal(lift.statusCode, 404, 'cannot lift their own exclusion');
    assert.equal(await countRows(t.ctx, 'case_exclusions WHERE user_id = ' + `'${consultant.id}'`), 1);
    await expectAuditRows(t.ctx, before, [
      { type: 'access.denied', caseId: c.id },
      { type: 'access.denied', caseId: c.id },
      { type: 'access.denied', caseId: c.id },
      { type: 'access.denied', caseId: c.id },
    ]);

    const list = await ownerClient.get(`/api/cases/${c.id}/exclusions`);
    assert.deepEqual(list.json().items.map((e: { userId: string; reason: string }) => [e.userId, e.reason]), [[consultant.id, 'Familiemedlem til borgeren']]);
    assert.equal((await ownerClient.delete(`/api/cases/${c.id}/exclusions/${consultant.id}`)).statusCode, 204);
    assert.equal((await consultantClient.get(`/api/cases/${c.id}/participants`)).statusCode, 200, 'regional access returns');
    assert.equal((await ownerClient.delete(`/api/cases/${c.id}/exclusions/${consultant.id}`)).statusCode, 404, 'nothing left to lift');
  });

  it('removes the participation of an excluded participant, so lifting does not silently restore it', async () => {
    const { colleague, c, ownerClient } = await setup();
    await ownerClient.post(`/api/cases/${c.id}/participants`, { userId: colleague.id, participantRole: 'CASEWORKER' });
    assert.equal((await ownerClient.post(`/api/cases/${c.id}/exclusions`, { userId: colleague.id, reason: 'Inhabil' })).statusCode, 204);
    const again = await ownerClient.post(`/api/cases/${c.id}/participants`, { userId: colleague.id, participantRole: 'CASEWORKER' });
    assert.equal(again.json().error.code, 'case.participant_excluded');
    await ownerClient.delete(`/api/cases/${c.id}/exclusions/${colleague.id}`);
    const colleagueClient = await loginAs(t.app, colleague.username);
    assert.equal((await colleagueClient.get(`/api/cases/${c.id}/participants`)).statusCode, 404);
  });

  it('cannot exclude the responsible caseworker without a handover; nothing is written', async () => {
    const { owner, consultant, c } = await setup();
    const consultantClient = await loginAs(t.app, consultant.username);
    const exclusionsBefore = await countRows(t.ctx, 'case_exclusions');
    const res = await consultantClient.post(`/api/cases/${c.id}/exclusions`, { userId: owner.id, reason: 'Forsøg' });
    assert.equal(res.statusCode, 409);
    assert.equal(res.json().error.code, 'case.exclude_responsible');
    assert.equal(await countRows(t.ctx, 'case_exclusions'), exclusionsBefore);
  });

  it('refuses an outsider with 404 like a case that does not exist, and changes nothing', async () => {
    const { consultant, c } = await setup();
    const outsider = await createUser(t.ctx, { role: 'consultant', region: 'Region Nordjylland' });
    const client = await loginAs(t.app, outsider.username);
    const exclusionsBefore = await countRows(t.ctx, 'case_exclusions');
    const missing = await client.post(`/api/cases/${crypto.randomUUID()}/exclusions`, { userId: consultant.id, reason: 'Test af adgang' });
    const outOfScope = await client.post(`/api/cases/${c.id}/exclusions`, { userId: consultant.id, reason: 'Test af adgang' });
    assert.equal(outOfScope.statusCode, 404);
    assert.deepEqual(outOfScope.json(), missing.json());
    assert.equal(await countRows(t.ctx, 'case_exclusions'), exclusionsBefore);
    const excluded = await t.ctx.db.select().from(caseExclusions).where(and(eq(caseExclusions.caseId, c.id)));
    assert.equal(excluded.length, 0);
  });

  it('logs a role without the permission on a case route against that case', async () => {
    const { c } = await setup();
    const analyst = await createUser(t.ctx, { role: 'analyst' });
    const client = await loginAs(t.app, analyst.username);
    const since = await auditHead(t.ctx);
    assert.equal((await client.get(`/api/cases/${c.id}/participants`)).statusCode, 404);
    await expectAuditRows(t.ctx, since, [{ type: 'access.denied', caseId: c.id, actorUserId: analyst.id }]);
  });

  it('validates the body and names the field', async () => {
    const { c, ownerClient } = await setup();
    const res = await ownerClient.post(`/api/cases/${c.id}/exclusions`, { userId: 'nej', reason: '' });
    assert.equal(res.statusCode, 400);
    const paths = res.json().error.details.map((d: { path: string }) => d.path).sort();
    assert.deepEqual(paths, ['body.reason', 'body.userId']);
    const unknown = await ownerClient.post(`/api/cases/${c.id}/exclusions`, { userId: crypto.randomUUID(), reason: 'Ukendt bruger' });
    assert.equal(unknown.statusCode, 400);
    assert.equal(unknown.json().error.details[0].path, 'body.userId');
  });
});

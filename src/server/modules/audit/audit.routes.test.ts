import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { forEachEngine } from '../../../../test/support/db.js';
import { createUser, loginAs, startTestApp, type TestApp } from '../../../../test/support/app.js';
import { auditHead, expectAuditRows } from '../../../../test/support/audit.js';
import { createCaseRow, excludeUser } from '../../../../test/support/factories.js';
import { recordAudit } from '../../platform/audit/audit.js';

forEachEngine('audit trail, access log and subject export', (engine) => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp(engine);
  });
  after(() => t.close());

  const auditorClient = async () => loginAs(t.app, (await createUser(t.ctx, { role: 'auditor' })).username);

  it('logs a missing permission as access.denied and answers the 404 of a route that does not exist', async () => {
    const analyst = await createUser(t.ctx, { role: 'analyst' });
    const client = await loginAs(t.app, analyst.username);
    const since = await auditHead(t.ctx);
    const res = await client.get('/api/audit/events');
    assert.equal(res.statusCode, 404);
    assert.deepEqual(res.json(), (await client.get('/api/findes-ikke')).json());
    const [row] = await expectAuditRows(t.ctx, since, [{ type: 'access.denied', actorUserId: analyst.id }]);
    assert.deepEqual(row!.details, { reason: 'permission', permission: 'audit.read', route: '/api/audit/events', method: 'GET' });
  });

  it('lets the auditor filter the trail by user, event type, case and period, paginated, and logs the search', async () => {
    const cw = await createUser(t.ctx, { role: 'caseworker', municipalityCode: '165' });
    const c = await createCaseRow(t.ctx, { municipalityCode: '165', participants: [{ userId: cw.id, role: 'RESPONSIBLE_CASEWORKER' }] });
    const cwClient = await loginAs(t.app, cw.username);
    for (let i = 0; i < 3; i++) assert.equal((await cwClient.get(`/api/cases/${c.id}/participants`)).statusCode, 200);
    const client = await auditorClient();

    const byUser = await client.get(`/api/audit/events?username=${cw.username}&eventType=case.participants_read&pageSize=2`);
    assert.equal(byUser.statusCode, 200, byUser.body);
    const page1 = byUser.json();
    assert.equal(page1.total, 3);
    assert.equal(page1.items.length, 2);
    assert.ok(page1.items.every((e: { actor: { userId: string }; caseNumber: string; eventLabel: string }) =>
      e.actor.userId === cw.id && e.caseNumber === c.caseNumber && e.eventLabel === 'Deltagere i sag læst'));
    assert.equal(page1.items[0].seq > page1.items[1].seq, true, 'newest first');
    const page2 = (await client.get(`/api/audit/events?userId=${cw.id}&eventType=case.participants_read&pageSize=2&page=2`)).json();
    assert.equal(page2.items.length, 1);

    const byCase = (await client.get(`/api/audit/events?caseNumber=${c.caseNumber}&useType=read`)).json();
    assert.equal(byCase.total, 3);
    const today = new Date().toISOString().slice(0, 10);
    const future = (await client.get(`/api/audit/events?caseId=${c.id}&from=2099-01-01`)).json();
    assert.equal(future.total, 0);
    const todays = (await client.get(`/api/audit/events?caseId=${c.id}&from=2020-01-01&to=2099-12-31`)).json();
    assert.ok(todays.total >= 3, today);

    const since = await auditHead(t.ctx);
    await client.get(`/api/audit/events?caseId=${c.id}`);
    await expectAuditRows(t.ctx, since, [{ type: 'audit.trail_searched', caseId: c.id }]);
  });

  it('rejects bad filters with a Danish 400 naming the field', async () => {
    const client = await auditorClient();
    for (const [query, path] of [
      ['userId=nej', 'querystring.userId'],
      ['eventType=findes.ikke', 'querystring.eventType'],
      ['from=2026-13-01', 'querystring.from'],
      ['from=2026-02-01&to=2026-01-01', 'querystring.to'],
      ['pageSize=5000', 'querystring.pageSize'],
      ['cpr=150310-4123', 'querystring'],
    ] as const) {
      const res = await client.get(`/api/audit/events?${query}`);
      assert.equal(res.statusCode, 400, query);
      assert.equal(res.json().error.code, 'validation.failed');
      assert.ok(res.json().error.details.some((d: { path: string }) => d.path === path), `${query}: ${res.body}`);
    }
  });

  it('reports the chain as intact with its head', async () => {
    const client = await auditorClient();
    const res = await client.get('/api/audit/verify');
    assert.equal(res.statusCode, 200);
    const body = res.json();
    assert.equal(body.ok, true);
    assert.ok(body.count >= 1);
    assert.match(body.head.hash, /^[0-9a-f]{64}$/);
    assert.equal(body.broken, null);
  });

  it('shows the access log with names to those who work the case, metadata to the auditor, 404 to others', async () => {
    const cw = await createUser(t.ctx, { role: 'caseworker', municipalityCode: '165', displayName: 'Karin Sagsbehandler' });
    const c = await createCaseRow(t.ctx, { municipalityCode: '165', participants: [{ userId: cw.id, role: 'RESPONSIBLE_CASEWORKER' }] });
    const cwClient = await loginAs(t.app, cw.username);
    await cwClient.get(`/api/cases/${c.id}/participants`);

    const since = await auditHead(t.ctx);
    const own = await cwClient.get(`/api/cases/${c.id}/access-log`);
    assert.equal(own.statusCode, 200, own.body);
    const ownItems = own.json().items;
    assert.equal(ownItems[0].eventType, 'case.participants_read');
    assert.equal(ownItems[0].actor.displayName, 'Karin Sagsbehandler');
    assert.equal(ownItems[0].purpose, 'Sagsadministration: hvem har adgang til sagen');
    await expectAuditRows(t.ctx, since, [{ type: 'audit.access_log_read', caseId: c.id }]);

    const auditor = await auditorClient();
    const seen = await auditor.get(`/api/cases/${c.id}/access-log`);
    assert.equal(seen.statusCode, 200);
    assert.ok(seen.json().items.length >= 2, 'includes the caseworker read the access log');
    assert.doesNotMatch(seen.body, /Karin/, 'the auditor sees account ids and roles, not names');
    assert.equal(seen.json().items.find((i: { eventType: string }) => i.eventType === 'case.participants_read').actor.userId, cw.id);

    for (const role of ['analyst', 'municipal_team', 'admin'] as const) {
      const other = await loginAs(t.app, (await createUser(t.ctx, { role, municipalityCode: '165' })).username);
      const res = await other.get(`/api/cases/${c.id}/access-log`);
      assert.equal(res.statusCode, 404, role);
    }
    const excludedAuditor = await createUser(t.ctx, { role: 'auditor' });
    await excludeUser(t.ctx, c.id, excludedAuditor.id);
    const exClient = await loginAs(t.app, excludedAuditor.username);
    assert.equal((await exClient.get(`/api/cases/${c.id}/access-log`)).statusCode, 404, 'an exclusion binds the auditor too');
    assert.equal((await auditor.get(`/api/cases/${crypto.randomUUID()}/access-log`)).statusCode, 404);
  });

  it('exports a data subject\'s log with dates, use and purpose but no employee, as JSON and CSV', async () => {
    const cw = await createUser(t.ctx, { role: 'caseworker', municipalityCode: '165', displayName: 'Bent Medarbejder' });
    const c = await createCaseRow(t.ctx, { municipalityCode: '165' });
    const personId = crypto.randomUUID();
    const otherPerson = crypto.randomUUID();
    await t.ctx.db.transaction(async (tx) => {
      await recordAudit(tx, { type: 'case.participants_read', actor: { userId: cw.id, role: 'caseworker' }, subjectType: 'person', subjectId: personId, caseId: c.id, purpose: 'Risikovurdering', details: { count: 1 } });
      await recordAudit(tx, { type: 'case.participant_added', actor: { userId: cw.id, role: 'caseworker' }, subjectType: 'person', subjectId: personId, caseId: c.id, purpose: 'Koordinering', details: { participantRole: 'OTHER' } });
      await recordAudit(tx, { type: 'case.participants_read', actor: { userId: cw.id, role: 'caseworker' }, subjectType: 'person', subjectId: otherPerson, caseId: c.id, purpose: 'Andet', details: { count: 1 } });
    });
    const client = await auditorClient();
    const since = await auditHead(t.ctx);
    const res = await client.get(`/api/audit/subjects/person/${personId}/export`);
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json();
    assert.deepEqual(body.entries.map((e: { useType: string; purpose: string; caseNumber: string }) => [e.useType, e.purpose, e.caseNumber]), [
      ['read', 'Risikovurdering', c.caseNumber],
      ['update', 'Koordinering', c.caseNumber],
    ]);
    assert.match(body.entries[0].date, /^\d{4}-\d{2}-\d{2}$/);
    assert.doesNotMatch(res.body, new RegExp(`Bent|${cw.id}|${cw.username}|caseworker`), 'no employee in the export');
    await expectAuditRows(t.ctx, since, [{ type: 'audit.subject_exported', subjectType: 'person', subjectId: personId }]);

    const csv = await client.get(`/api/audit/subjects/person/${personId}/export?format=csv`);
    assert.equal(csv.statusCode, 200);
    assert.match(String(csv.headers['content-type']), /^text\/csv/);
    const lines = csv.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    assert.equal(lines[0], '"Dato";"Tidspunkt";"Type af brug";"Hændelse";"Formål";"Sagsnummer"');
    assert.equal(lines.length, 4, 'header, two uses, and the JSON export just made');
    assert.match(lines[1]!, /"Opslag";"Deltagere i sag læst";"Risikovurdering"/);
    assert.doesNotMatch(csv.body, /Bent|caseworker/);
  });

  it('keeps the subject export to the auditor and never accepts a CPR number in the URL', async () => {
    const consultant = await loginAs(t.app, (await createUser(t.ctx, { role: 'consultant', region: 'Region Hovedstaden' })).username);
    assert.equal((await consultant.get(`/api/audit/subjects/person/${crypto.randomUUID()}/export`)).statusCode, 404);
    const client = await auditorClient();
    const cpr = await client.get('/api/audit/subjects/person/1503104123/export');
    assert.equal(cpr.statusCode, 400);
    assert.doesNotMatch(cpr.body, /1503104123/, 'the number is not echoed back');
    assert.equal((await client.get('/api/audit/subjects/person/150310-4123/export')).statusCode, 400);
    // A person id whose hex digits happen to run ten in a row is still an id, not a CPR number.
    for (const id of ['15031041-2345-4678-9012-345678901234', '0a1b2c3d-4e5f-4a6b-8c7d-150310412345']) {
      assert.equal((await client.get(`/api/audit/subjects/person/${id}/export`)).statusCode, 200, id);
    }
  });
});

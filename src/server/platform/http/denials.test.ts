import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { asc, gt } from 'drizzle-orm';
import { forEachEngine } from '../../../../test/support/db.js';
import { createUser, loginAs, startTestApp, type Client, type TestApp } from '../../../../test/support/app.js';
import { createCaseRow } from '../../../../test/support/factories.js';
import { auditHead } from '../../../../test/support/audit.js';
import { auditEvents } from '../audit/audit.tables.js';

/**
 * Every 404 a signed-in caller gets on a closed /api/ route leaves exactly one access.denied row, whoever
 * refused: the guard (permission), requireCaseInScope, or a service deep in its (rolled back) transaction.
 */
forEachEngine('access refusals are logged once', (engine) => {
  let t: TestApp;
  let caseworker: Client;
  let analyst: Client;
  let caseworkerId: string;
  let outsideCaseId: string;

  before(async () => {
    t = await startTestApp(engine);
    const cw = await createUser(t.ctx, { role: 'caseworker', municipalityCode: '165' });
    caseworkerId = cw.id;
    caseworker = await loginAs(t.app, cw.username);
    analyst = await loginAs(t.app, (await createUser(t.ctx, { role: 'analyst' })).username);
    outsideCaseId = (await createCaseRow(t.ctx, { municipalityCode: '851' })).id;
  });
  after(() => t.close());

  async function denialsAfter(seq: number) {
    const rows = await t.ctx.db.select().from(auditEvents).where(gt(auditEvents.seq, seq)).orderBy(asc(auditEvents.seq));
    return rows.map((r) => ({ type: r.eventType, actor: r.actorUserId, caseId: r.caseId, reason: (r.details as Record<string, unknown>).reason }));
  }

  it('logs a service refusal (case out of scope) after its transaction rolled back', async () => {
    const seq = await auditHead(t.ctx);
    const res = await caseworker.post(`/api/cases/${outsideCaseId}/journal`, { type: 'NOTAT', title: 'Forsøg' });
    assert.equal(res.statusCode, 404);
    // One gate, one reason (issue 8): the case gate logs `case_scope` for every case-scoped route, journal included.
    assert.deepEqual(await denialsAfter(seq), [{ type: 'access.denied', actor: caseworkerId, caseId: outsideCaseId, reason: 'case_scope' }]);
  });

  it('logs an inquiry out of scope, without a case id', async () => {
    const seq = await auditHead(t.ctx);
    const res = await caseworker.get('/api/inquiries/00000000-0000-4000-8000-000000000000');
    assert.equal(res.statusCode, 404);
    assert.deepEqual(await denialsAfter(seq), [{ type: 'access.denied', actor: caseworkerId, caseId: null, reason: 'not_found' }]);
  });

  it('logs a refusal already recorded where it happened only once', async () => {
    let seq = await auditHead(t.ctx);
    assert.equal((await analyst.get(`/api/cases/${outsideCaseId}`)).statusCode, 404);
    assert.deepEqual((await denialsAfter(seq)).map((r) => r.reason), ['permission']);
    seq = await auditHead(t.ctx);
    assert.equal((await caseworker.get(`/api/cases/${outsideCaseId}/participants`)).statusCode, 404);
    assert.deepEqual((await denialsAfter(seq)).map((r) => r.reason), ['case_scope']);
  });

  it('does not log a public route or an anonymous caller', async () => {
    const seq = await auditHead(t.ctx);
    assert.equal((await caseworker.get('/api/directory/municipalities/999')).statusCode, 404);
    assert.equal((await t.app.inject({ method: 'GET', url: `/api/cases/${outsideCaseId}` })).statusCode, 401);
    assert.deepEqual(await denialsAfter(seq), []);
  });
});

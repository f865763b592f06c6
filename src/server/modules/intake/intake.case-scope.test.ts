import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { forEachEngine } from '../../../../test/support/db.js';
import { createUser, loginAs, startTestApp, type Client, type TestApp } from '../../../../test/support/app.js';
import { excludeUser } from '../../../../test/support/factories.js';
import { queryRows } from '../../platform/db/client.js';
import { caseBody, consentBody, inquiryBody } from './intake.fixtures.js';

/** Once an inquiry has a case, the case's scope decides who may see or change the inquiry (review P1.1). */
forEachEngine('intake: an inquiry with a case follows the case scope', (engine) => {
  let t: TestApp;
  let cw: Client;
  let cwId: string;
  let colleague: Client;
  let cwAalborg: Client;
  let cwAalborgId: string;
  let konsNord: Client;
  before(async () => {
    t = await startTestApp(engine);
    const u = await createUser(t.ctx, { role: 'caseworker', municipalityCode: '165' });
    cwId = u.id;
    cw = await loginAs(t.app, u.username);
    colleague = await loginAs(t.app, (await createUser(t.ctx, { role: 'consultant', region: 'Region Hovedstaden' })).username);
    const a = await createUser(t.ctx, { role: 'caseworker', municipalityCode: '851' });
    cwAalborgId = a.id;
    cwAalborg = await loginAs(t.app, a.username);
    konsNord = await loginAs(t.app, (await createUser(t.ctx, { role: 'consultant', region: 'Region Nordjylland' })).username);
  });
  after(() => t.close());

  const legalBasis = {
    basis: 'BARNETS_LOV_MYNDIGHED', scopes: ['RISIKOVURDERING'], decidedBy: 'Afdelingsleder, Børn og Familie',
    decidedAt: '2026-01-12', rationale: 'Forældrene er de frygtede udøvere; samtykke vil bringe barnet i fare.',
  };
  const state = async (inquiryId: string, caseId: string) => ({
    consents: await queryRows(t.ctx.db, sql`SELECT id, withdrawn_at FROM consents WHERE inquiry_id = ${inquiryId} ORDER BY id`),
    legalBases: (await queryRows<{ n: number }>(t.ctx.db, sql`SELECT count(*)::int AS n FROM legal_bases WHERE inquiry_id = ${inquiryId}`))[0]!.n,
    flagged: (await queryRows<{ f: boolean }>(t.ctx.db, sql`SELECT other_legal_basis AS f FROM cases WHERE id = ${caseId}`))[0]!.f,
    journal: (await queryRows<{ n: number }>(t.ctx.db, sql`SELECT count(*)::int AS n FROM journal_entries WHERE case_id = ${caseId}`))[0]!.n,
  });

  it('after a handover to another region: the old caseworker and the old region\'s consultants get 404 on every inquiry route, nothing changes', async () => {
    const inquiryId = (await cw.post('/api/inquiries', inquiryBody({ initiatorRole: 'SAGSBEHANDLER' }))).json().id;
    const consentId = (await cw.post(`/api/inquiries/${inquiryId}/consents`, consentBody('FORAELDREMYNDIGHEDSINDEHAVER'))).json().id;
    const opened = await cw.post('/api/cases', caseBody(inquiryId, {}, { responsibleCaseworkerId: cwId }));
    assert.equal(opened.statusCode, 201, opened.body);
    const caseId = opened.json().id;
    assert.equal((await cw.get(`/api/inquiries/${inquiryId}`)).statusCode, 200, 'in scope before the handover');
    assert.equal((await colleague.get(`/api/inquiries/${inquiryId}`)).statusCode, 200, 'the region\'s consultants share it before');

    const handed = await cw.post(`/api/cases/${caseId}/handover`, { municipalityCode: '851', caseworkerId: cwAalborgId, reason: 'Familien er flyttet' });
    assert.equal(handed.statusCode, 200, handed.body);
    const before = await state(inquiryId, caseId);
    const notFound = (await cw.get('/api/inquiries/00000000-0000-4000-8000-000000000000')).json();
    for (const [who, client] of [['old caseworker', cw], ['old region\'s consultant', colleague]] as const) {
      const read = await client.get(`/api/inquiries/${inquiryId}`);
      assert.equal(read.statusCode, 404, who);
      assert.deepEqual(read.json(), notFound, who);
      assert.equal((await client.post(`/api/inquiries/${inquiryId}/consents`, consentBody('FORAELDREMYNDIGHEDSINDEHAVER'))).statusCode, 404, who);
      assert.equal((await client.post(`/api/consents/${consentId}/withdraw`, {})).statusCode, 404, who);
      assert.equal((await client.post(`/api/inquiries/${inquiryId}/legal-bases`, legalBasis)).statusCode, 404, who);
      assert.ok(!(await client.get('/api/inquiries?limit=200')).json().items.some((i: { id: string }) => i.id === inquiryId), `${who}: not listed`);
    }
    assert.deepEqual(await state(inquiryId, caseId), before, 'no consent, withdrawal, legal basis, flag or journal line');
    assert.equal((await cwAalborg.get(`/api/inquiries/${inquiryId}`)).statusCode, 200, 'the new caseworker sees it');
    assert.equal((await konsNord.get(`/api/inquiries/${inquiryId}`)).statusCode, 200, 'the new region\'s consultants see it');
  });

  it('an excluded user gets 404 on every inquiry route of the case, even for an inquiry they registered', async () => {
    const excluded = await createUser(t.ctx, { role: 'caseworker', municipalityCode: '165' });
    const client = await loginAs(t.app, excluded.username);
    const inquiryId = (await client.post('/api/inquiries', inquiryBody({ initiatorRole: 'SAGSBEHANDLER' }))).json().id;
    const consentId = (await client.post(`/api/inquiries/${inquiryId}/consents`, consentBody('FORAELDREMYNDIGHEDSINDEHAVER'))).json().id;
    const opened = await client.post('/api/cases', caseBody(inquiryId, {}, { responsibleCaseworkerId: cwId }));
    assert.equal(opened.statusCode, 201, opened.body);
    const caseId = opened.json().id;
    await excludeUser(t.ctx, caseId, excluded.id);
    const before = await state(inquiryId, caseId);
    assert.equal((await client.get(`/api/inquiries/${inquiryId}`)).statusCode, 404);
    assert.equal((await client.post(`/api/inquiries/${inquiryId}/consents`, consentBody('VAERGE'))).statusCode, 404);
    assert.equal((await client.post(`/api/consents/${consentId}/withdraw`, {})).statusCode, 404);
    assert.equal((await client.post(`/api/inquiries/${inquiryId}/legal-bases`, legalBasis)).statusCode, 404);
    assert.deepEqual(await state(inquiryId, caseId), before);
  });
});

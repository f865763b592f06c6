import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { forEachEngine } from '../../../../test/support/db.js';
import { createUser, loginAs, startTestApp, type Client, type TestApp } from '../../../../test/support/app.js';
import { consentBody, inquiryBody } from './intake.fixtures.js';
import { openCase } from '../cases/cases.testkit.js';

/** Dates outside 1900–2100 and NUL bytes in free text: 400 naming the field, never a 5xx (review P2.1). */
forEachEngine('intake, consent, cases, journal: date bounds and NUL bytes', (engine) => {
  let t: TestApp;
  let cw: Client;
  let caseId: string;
  let inquiryId: string;
  let consentId: string;
  before(async () => {
    t = await startTestApp(engine);
    cw = await loginAs(t.app, (await createUser(t.ctx, { role: 'caseworker', municipalityCode: '165' })).username);
    const opened = await openCase(cw, { inquiry: { initiatorRole: 'SAGSBEHANDLER' } });
    [caseId, inquiryId, consentId] = [opened.case.id, opened.inquiryId, opened.consentId];
  });
  after(() => t.close());

  const legalBasis = { basis: 'ANDEN_HJEMMEL', scopes: ['RISIKOVURDERING'], decidedBy: 'Afdelingsleder', decidedAt: '2026-01-12', rationale: 'Samtykke vil bringe barnet i fare.' };
  const NUL = 'før\u0000efter';

  it('answers 400 naming the field for year 0000 / 2101 and for a NUL byte', async () => {
    const cases: [string, string, string, unknown, string][] = [
      ['POST', '/api/inquiries', 'receivedAt 0000', inquiryBody({ receivedAt: '0000-01-01T10:00:00+01:00' }), 'body.receivedAt'],
      ['POST', '/api/inquiries', 'birthDate 2101', inquiryBody({ anonymous: false }, { ageBand: undefined, birthDate: '2101-01-01' }), 'body.citizen.birthDate'],
      ['POST', '/api/inquiries', 'summary NUL', inquiryBody({ summary: NUL }), 'body.summary'],
      ['GET', '/api/inquiries?from=0000-01-01', 'from 0000', undefined, 'querystring.from'],
      ['POST', `/api/inquiries/${inquiryId}/consents`, 'givenAt 0000', { ...consentBody('VAERGE'), givenAt: '0000-01-01' }, 'body.givenAt'],
      ['POST', `/api/inquiries/${inquiryId}/consents`, 'note NUL', { ...consentBody('VAERGE'), note: NUL }, 'body.note'],
      ['POST', `/api/consents/${consentId}/withdraw`, 'withdrawnAt 0000', { withdrawnAt: '0000-01-01' }, 'body.withdrawnAt'],
      ['POST', `/api/consents/${consentId}/withdraw`, 'reason NUL', { reason: NUL }, 'body.reason'],
      ['POST', `/api/inquiries/${inquiryId}/legal-bases`, 'decidedAt 0000', { ...legalBasis, decidedAt: '0000-01-01' }, 'body.decidedAt'],
      ['POST', `/api/inquiries/${inquiryId}/legal-bases`, 'rationale NUL', { ...legalBasis, rationale: `Samtykke ${NUL} fare` }, 'body.rationale'],
      ['PATCH', `/api/cases/${caseId}`, 'followUpDueAt 0000', { followUpDueAt: '0000-01-01' }, 'body.followUpDueAt'],
      ['PATCH', `/api/cases/${caseId}/persons/00000000-0000-4000-8000-000000000000`, 'relation NUL', { relation: NUL }, 'body.relation'],
      ['POST', `/api/cases/${caseId}/duty-to-notify`, 'fulfilledAt 0000', { fulfilledAt: '0000-01-01', notifiedMunicipalityCode: '165' }, 'body.fulfilledAt'],
      ['POST', `/api/cases/${caseId}/duty-to-notify`, 'note NUL', { fulfilledAt: '2026-01-12', notifiedMunicipalityCode: '165', note: NUL }, 'body.note'],
      ['POST', `/api/cases/${caseId}/handover`, 'reason NUL', { municipalityCode: '165', caseworkerId: '00000000-0000-4000-8000-000000000000', reason: NUL }, 'body.reason'],
      ['POST', `/api/cases/${caseId}/close`, 'reason NUL', { reason: NUL }, 'body.reason'],
      ['POST', `/api/cases/${caseId}/journal`, 'occurredAt 0000', { type: 'NOTAT', title: 'x', occurredAt: '0000-01-01T10:00:00+01:00' }, 'body.occurredAt'],
      ['POST', `/api/cases/${caseId}/journal`, 'body NUL', { type: 'NOTAT', title: 'x', body: NUL }, 'body.body'],
      ['POST', `/api/cases/${caseId}/risk-communications`, 'informedAt 2101', { recipient: 'BORGER', informedAt: '2101-01-01T10:00:00+01:00' }, 'body.informedAt'],
      ['POST', `/api/cases/${caseId}/risk-communications`, 'note NUL', { recipient: 'BORGER', informedAt: '2026-01-12T10:00:00+01:00', note: NUL }, 'body.note'],
    ];
    for (const [method, url, what, body, path] of cases) {
      const res = await cw.request({ method: method as 'GET', url, ...(body === undefined ? {} : { payload: JSON.stringify(body), headers: { 'content-type': 'application/json' } }) });
      assert.equal(res.statusCode, 400, `${what}: ${res.body}`);
      assert.ok(res.json().error.details.some((d: { path: string }) => d.path === path), `${what}: ${res.body}`);
    }
    const journal = (await cw.get(`/api/cases/${caseId}/journal`)).json().items;
    assert.ok(!journal.some((e: { title: string }) => e.title === 'x'), 'nothing written');
  });

  it('accepts the edges of the range', async () => {
    assert.equal((await cw.post(`/api/cases/${caseId}/journal`, { type: 'NOTAT', title: 'Gammel hændelse', occurredAt: '1900-01-01T12:00:00+01:00' })).statusCode, 201);
    assert.equal((await cw.patch(`/api/cases/${caseId}`, { followUpDueAt: '2100-12-31' })).statusCode, 200);
  });
});

import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import fc from 'fast-check';
import { forEachEngine } from '../../../../test/support/db.js';
import { createUser, loginAs, startTestApp, type Client, type TestApp } from '../../../../test/support/app.js';
import { caseBody, consentBody } from '../intake/intake.fixtures.js';
import { openCase } from './cases.testkit.js';

/** Whatever a client sends to the case routes, the answer is a 4xx with an error code, never a 5xx. */
forEachEngine('cases: random input never gives a 5xx', (engine) => {
  let t: TestApp;
  let kons: Client;
  let caseId: string;
  let personId: string;
  let inquiryId: string;
  before(async () => {
    t = await startTestApp(engine);
    await createUser(t.ctx, { role: 'caseworker', municipalityCode: '165' });
    kons = await loginAs(t.app, (await createUser(t.ctx, { role: 'consultant', region: 'Region Hovedstaden' })).username);
    const opened = await openCase(kons);
    caseId = opened.case.id;
    personId = opened.case.citizen.id;
    inquiryId = opened.inquiryId;
  });
  after(() => t.close());

  it('POST/PATCH bodies (property)', async () => {
    const valid = caseBody('00000000-0000-4000-8000-000000000000');
    const targets = [
      ['POST', '/api/cases', valid],
      ['POST', '/api/cases/search', { cpr: '150310-4123' }],
      ['PATCH', `/api/cases/${caseId}`, { status: 'VURDERING' }],
      ['PATCH', `/api/cases/${caseId}/persons/${personId}`, { name: 'X' }],
      ['POST', `/api/cases/${caseId}/persons`, { role: 'MULIGT_OFFER', name: 'X' }],
      ['POST', `/api/cases/${caseId}/handover`, { municipalityCode: '165', caseworkerId: personId }],
      ['POST', `/api/cases/${caseId}/duty-to-notify`, { fulfilledAt: '2026-01-01', notifiedMunicipalityCode: '165' }],
      ['POST', `/api/inquiries/${inquiryId}/consents`, consentBody('BORGER')],
      ['POST', `/api/cases/${caseId}/journal`, { type: 'NOTAT', title: 'x' }],
    ] as const;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...targets),
        // A whole random body, or the valid body with one field replaced. Tagged, because a random body
        // can itself be an array (with an element no key can be made of).
        fc.oneof(
          fc.anything().map((body) => ({ body })),
          fc.tuple(fc.string({ maxLength: 20 }), fc.anything()).map(([key, value]) => ({ key, value })),
        ),
        async ([method, url, base], mutation) => {
          const body = 'key' in mutation ? { ...(base as object), [mutation.key]: mutation.value } : mutation.body;
          const res = await kons.request({ method, url, payload: JSON.stringify(body) ?? 'null', headers: { 'content-type': 'application/json' } });
          assert.ok(res.statusCode < 500, `${method} ${url} → ${res.statusCode} ${res.body}`);
          if (res.statusCode >= 400) assert.match(res.json().error.code, /^[a-z_]+\.[a-z_]+$/);
        },
      ),
      { numRuns: 200 },
    );
  });
});

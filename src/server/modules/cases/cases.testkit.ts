import assert from 'node:assert/strict';
import type { Client } from '../../../../test/support/app.js';
import { caseBody, consentBody, inquiryBody } from '../intake/intake.fixtures.js';

/** Through the API, as a user would: an inquiry, a consent, and a case opened from it. */
export async function openCase(
  client: Client,
  opts: { inquiry?: Record<string, unknown>; citizen?: Record<string, unknown>; giver?: string; extra?: Record<string, unknown> } = {},
) {
  const inq = await client.post('/api/inquiries', inquiryBody(opts.inquiry ?? {}));
  assert.equal(inq.statusCode, 201, inq.body);
  const consent = await client.post(`/api/inquiries/${inq.json().id}/consents`, consentBody(opts.giver ?? 'FORAELDREMYNDIGHEDSINDEHAVER'));
  assert.equal(consent.statusCode, 201, consent.body);
  const extra = { ...(opts.extra ?? {}) };
  // A consultant names the first of the municipality's caseworkers when it has any (issue 9: none is needed).
  if (!extra.responsibleCaseworkerId && !extra.responsibleCaseworker && (await client.get('/api/me')).json().user.role === 'consultant') {
    const options = (await client.get(`/api/cases/caseworker-options?municipalityCode=${extra.responsibleMunicipalityCode ?? '165'}`)).json();
    if (options.items?.length) extra.responsibleCaseworkerId = options.items[0].id;
  }
  const res = await client.post('/api/cases', caseBody(inq.json().id, opts.citizen ?? {}, extra));
  assert.equal(res.statusCode, 201, res.body);
  return { inquiryId: inq.json().id as string, consentId: consent.json().id as string, case: res.json() };
}

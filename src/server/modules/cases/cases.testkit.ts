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
  const res = await client.post('/api/cases', caseBody(inq.json().id, opts.citizen ?? {}, opts.extra ?? {}));
  assert.equal(res.statusCode, 201, res.body);
  return { inquiryId: inq.json().id as string, consentId: consent.json().id as string, case: res.json() };
}

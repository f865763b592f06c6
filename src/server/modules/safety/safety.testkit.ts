import assert from 'node:assert/strict';
import type { Client, TestApp } from '../../../../test/support/app.js';
import { fullContent } from '../risk/risk.fixtures.js';

/** A signed assessment on the case through the API (the case's consent must cover RISIKOVURDERING). */
export async function signAssessment(client: Client, caseId: string, content = fullContent()) {
  const draft = await client.post(`/api/cases/${caseId}/assessments`);
  assert.equal(draft.statusCode, 201, draft.body);
  const saved = await client.put(`/api/cases/${caseId}/assessments/${draft.json().id}`, { content });
  assert.equal(saved.statusCode, 200, saved.body);
  const done = await client.post(`/api/cases/${caseId}/assessments/${draft.json().id}/complete`);
  assert.equal(done.statusCode, 200, done.body);
  return { id: draft.json().id as string, content };
}

export const isoPlusDays = (days: number, from = new Date()) => {
  const d = new Date(from);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

export type { Client, TestApp };

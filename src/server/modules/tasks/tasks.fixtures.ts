import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import type { AppContext } from '../../platform/app-context.js';
import type { Client } from '../../../../test/support/app.js';
import { createUser, loginAs } from '../../../../test/support/app.js';
import type { FastifyInstance } from 'fastify';
import { fullContent, riskCase } from '../risk/risk.fixtures.js';
import type { AssessmentContent } from '../risk/risk.schemas.js';

/** Test data for the coordination modules (tests only): a consultant and a caseworker on an Albertslund case. */
export async function coordinationPeople(ctx: AppContext, app: FastifyInstance) {
  const kons = await createUser(ctx, { role: 'consultant', region: 'Region Hovedstaden', displayName: 'Karin Konsulent' });
  const cw = await createUser(ctx, { role: 'caseworker', municipalityCode: '165', displayName: 'Sanne Sagsbehandler' });
  return { kons, cw, konsClient: await loginAs(app, kons.username), cwClient: await loginAs(app, cw.username) };
}

export async function coordinationCase(ctx: AppContext, people: { kons: { id: string }; cw: { id: string } }) {
  const c = await riskCase(ctx, {
    municipalityCode: '165', consent: true,
    participants: [{ userId: people.cw.id, role: 'RESPONSIBLE_CASEWORKER' }, { userId: people.kons.id, role: 'CONSULTANT' }],
  });
  await ctx.db.execute(sql`UPDATE cases SET responsible_caseworker_id = ${people.cw.id} WHERE id = ${c.id}`);
  return c;
}

/** Drafts, fills and signs an assessment through the API; returns its id. */
export async function signAssessment(client: Client, caseId: string, content: AssessmentContent = fullContent()) {
  const created = await client.post(`/api/cases/${caseId}/assessments`);
  assert.equal(created.statusCode, 201, created.body);
  const aid = created.json().id as string;
  const saved = await client.put(`/api/cases/${caseId}/assessments/${aid}`, { content });
  assert.equal(saved.statusCode, 200, saved.body);
  const done = await client.post(`/api/cases/${caseId}/assessments/${aid}/complete`);
  assert.equal(done.statusCode, 200, done.body);
  return aid;
}

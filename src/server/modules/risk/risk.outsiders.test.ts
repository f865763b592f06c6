import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { forEachEngine } from '../../../../test/support/db.js';
import { countRows, createUser, loginAs, startTestApp, type Client, type TestApp } from '../../../../test/support/app.js';
import { excludeUser } from '../../../../test/support/factories.js';
import { fullContent, riskCase } from './risk.fixtures.js';

/** Every risk route, for people who must not see the case: 404 like a case that does not exist, nothing written. */
forEachEngine('risk: outsiders', (engine) => {
  let t: TestApp;
  let owner: Client;
  let caseId: string;
  let signedId: string;
  let draftId: string;
  let measureId: string;
  const outsiders: Record<string, Client> = {};

  before(async () => {
    t = await startTestApp(engine);
    const cw = await createUser(t.ctx, { role: 'caseworker', municipalityCode: '165' });
    const excluded = await createUser(t.ctx, { role: 'consultant', region: 'Region Hovedstaden' });
    const c = await riskCase(t.ctx, {
      municipalityCode: '165', consent: true,
      participants: [{ userId: cw.id, role: 'RESPONSIBLE_CASEWORKER' }, { userId: excluded.id, role: 'CONSULTANT' }],
    });
    caseId = c.id;
    owner = await loginAs(t.app, cw.username);
    const a = (await owner.post(`/api/cases/${caseId}/assessments`)).json();
    await owner.put(`/api/cases/${caseId}/assessments/${a.id}`, { content: fullContent() });
    const signed = (await owner.post(`/api/cases/${caseId}/assessments/${a.id}/complete`)).json();
    signedId = signed.id;
    measureId = signed.content.scenarios[0].measures[0].id;
    draftId = (await owner.post(`/api/cases/${caseId}/assessments`)).json().id;
    await excludeUser(t.ctx, caseId, excluded.id);

    const users = {
      'caseworker of another municipality': await createUser(t.ctx, { role: 'caseworker', municipalityCode: '851' }),
      'caseworker of the municipality, not on the case': await createUser(t.ctx, { role: 'caseworker', municipalityCode: '165' }),
      'consultant of another region': await createUser(t.ctx, { role: 'consultant', region: 'Region Nordjylland' }),
      'excluded consultant of the region': excluded,
      'municipal team': await createUser(t.ctx, { role: 'municipal_team', municipalityCode: '165' }),
      analyst: await createUser(t.ctx, { role: 'analyst' }),
      'admin not on the case': await createUser(t.ctx, { role: 'admin' }),
    };
    for (const [label, u] of Object.entries(users)) outsiders[label] = await loginAs(t.app, u.username);
  });
  after(() => t.close());

  const TABLES = ['risk_screenings', 'risk_assessments', 'risk_disclosures', 'tasks', 'safety_measures'];
  const counts = async () => Promise.all(TABLES.map((tb) => countRows(t.ctx, tb)));

  it('answers 404 on every risk route and writes nothing', async () => {
    const routes: [string, string, unknown?][] = [
      ['POST', `/api/cases/${caseId}/screenings`, { outcome: 'AKUT', rationale: 'x' }],
      ['GET', `/api/cases/${caseId}/screenings`],
      ['POST', `/api/cases/${caseId}/assessments`],
      ['GET', `/api/cases/${caseId}/assessments`],
      ['GET', `/api/cases/${caseId}/assessments/${signedId}`],
      ['PUT', `/api/cases/${caseId}/assessments/${draftId}`, { content: fullContent({ seriousViolence: 'LAV' }) }],
      ['POST', `/api/cases/${caseId}/assessments/${draftId}/complete`],
      ['GET', `/api/cases/${caseId}/risk/threat-levels`],
      ['GET', `/api/cases/${caseId}/assessments/${signedId}/report.pdf`],
      ['POST', `/api/cases/${caseId}/assessments/${signedId}/disclosures`, { recipientType: 'BORGER', recipient: 'x', disclosedOn: '2026-11-21' }],
      ['POST', `/api/cases/${caseId}/assessments/${signedId}/actions`, { kind: 'TASK', sourceType: 'SCENARIE_FORANSTALTNING', sourceId: measureId, owner: 'x' }],
      ['GET', `/api/cases/${caseId}/actions`],
    ];
    const before = await counts();
    const draftBefore = (await owner.get(`/api/cases/${caseId}/assessments/${draftId}`)).json();
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const [label, client] of Object.entries(outsiders)) {
      for (const [method, url, payload] of routes) {
        const res = await client.request({ method: method as 'GET', url, payload: payload as object });
        assert.equal(res.statusCode, 404, `${label}: ${method} ${url} → ${res.statusCode} ${res.body}`);
        // Identical to a case that does not exist (when the role may use the route at all).
        const ghost = await client.request({ method: method as 'GET', url: url.replace(caseId, missing), payload: payload as object });
        assert.equal(res.body, ghost.body, `${label}: ${method} ${url} differs from a missing case`);
      }
    }
    assert.deepEqual(await counts(), before, 'no row written');
    const draftAfter = (await owner.get(`/api/cases/${caseId}/assessments/${draftId}`)).json();
    assert.deepEqual(draftAfter.content, draftBefore.content, 'draft unchanged');
    assert.equal(draftAfter.status, 'UDKAST');
  });
});

import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { forEachEngine } from '../../../../test/support/db.js';
import { countRows, createUser, loginAs, startTestApp, type Client, type TestApp } from '../../../../test/support/app.js';
import { queryRows } from '../../platform/db/client.js';
import { fullContent, grantRiskConsent, riskCase, withdrawConsentRow } from './risk.fixtures.js';

forEachEngine('risk: screening and assessments', (engine) => {
  let t: TestApp;
  let client: Client;
  let userId: string;
  before(async () => {
    t = await startTestApp(engine);
    const u = await createUser(t.ctx, { role: 'caseworker', municipalityCode: '165', displayName: 'Sanne Sagsbehandler' });
    userId = u.id;
    client = await loginAs(t.app, u.username);
  });
  after(() => t.close());

  const newCase = (consent = true) => riskCase(t.ctx, { municipalityCode: '165', participants: [{ userId, role: 'RESPONSIBLE_CASEWORKER' }], consent });
  const caseFlags = async (id: string) =>
    (await queryRows<{ acute: boolean; current_risk_level: string | null }>(t.ctx.db, sql`SELECT acute, current_risk_level FROM cases WHERE id = ${id}`))[0]!;

  async function completedAssessment(caseId: string, content = fullContent()) {
    const created = await client.post(`/api/cases/${caseId}/assessments`);
    assert.equal(created.statusCode, 201, created.body);
    const aid = created.json().id as string;
    assert.equal((await client.put(`/api/cases/${caseId}/assessments/${aid}`, { content })).statusCode, 200);
    const done = await client.post(`/api/cases/${caseId}/assessments/${aid}/complete`);
    assert.equal(done.statusCode, 200, done.body);
    return done.json();
  }

  it('an AKUT screening shows 112/114 and the duty to notify, and flags the case; a calmer one lowers the flag', async () => {
    const c = await newCase(false);
    const res = await client.post(`/api/cases/${c.id}/screenings`, {
      outcome: 'AKUT', rationale: 'Borgeren tør ikke tage hjem i aften', answers: { HAENDELSE: 'Trussel i går', REJSEPLANER: 'Fly på fredag' },
    });
    assert.equal(res.statusCode, 201, res.body);
    assert.deepEqual(res.json().acuteGuidance.emergencyNumbers, ['112', '114']);
    assert.match(res.json().acuteGuidance.dutyToNotify, /Barnets lov § 133/);
    assert.equal((await caseFlags(c.id)).acute, true);
    const calmer = await client.post(`/api/cases/${c.id}/screenings`, { outcome: 'RAADGIVNING', rationale: 'Situationen er afklaret' });
    assert.equal(calmer.statusCode, 201);
    assert.equal(calmer.json().acuteGuidance, null);
    assert.equal((await caseFlags(c.id)).acute, false);
    const list = await client.get(`/api/cases/${c.id}/screenings`);
    assert.deepEqual(list.json().screenings.map((s: { outcome: string }) => s.outcome), ['RAADGIVNING', 'AKUT']);
  });

  it('refuses a bad screening with 400 naming the field, and writes nothing', async () => {
    const c = await newCase(false);
    const before = await countRows(t.ctx, 'risk_screenings');
    const bad = await client.post(`/api/cases/${c.id}/screenings`, { outcome: 'MEGET_AKUT', rationale: '', answers: { HVEM: 'x' } });
    assert.equal(bad.statusCode, 400);
    const paths = bad.json().error.details.map((d: { path: string }) => d.path);
    assert.ok(paths.includes('body.outcome'), JSON.stringify(paths));
    assert.ok(paths.includes('body.rationale'), JSON.stringify(paths));
    assert.equal(await countRows(t.ctx, 'risk_screenings'), before);
  });

  it('gates the assessment on consent: without → 409 risk.consent_required and nothing written; with → 201', async () => {
    const without = await newCase(false);
    const before = await countRows(t.ctx, 'risk_assessments');
    const refused = await client.post(`/api/cases/${without.id}/assessments`);
    assert.equal(refused.statusCode, 409);
    assert.equal(refused.json().error.code, 'risk.consent_required');
    assert.equal(await countRows(t.ctx, 'risk_assessments'), before);
    const withConsent = await newCase(true);
    const ok = await client.post(`/api/cases/${withConsent.id}/assessments`);
    assert.equal(ok.statusCode, 201, ok.body);
    assert.equal(ok.json().status, 'UDKAST');
    assert.equal(Object.keys(ok.json().content.factors).length, 15, 'all 15 factors of the instrument, unrated');
    assert.equal(ok.json().content.factors.T1.now, null);
  });

  it('stops further work when the consent is withdrawn, and a consent for another scope does not open the gate', async () => {
    const c = await newCase(false);
    const consentId = await grantRiskConsent(t.ctx, c.id);
    const draft = (await client.post(`/api/cases/${c.id}/assessments`)).json();
    await withdrawConsentRow(t.ctx, consentId);
    const save = await client.put(`/api/cases/${c.id}/assessments/${draft.id}`, { content: fullContent() });
    assert.equal(save.statusCode, 409);
    assert.equal(save.json().error.code, 'risk.consent_required');
    const other = await newCase(false);
    await grantRiskConsent(t.ctx, other.id, ['KONKRET_SAGSSPARRING']);
    assert.equal((await client.post(`/api/cases/${other.id}/assessments`)).statusCode, 409);
  });

  it('saves drafts, refuses to sign an incomplete one, and a signed assessment is immutable (409, unchanged)', async () => {
    const c = await newCase();
    const aid = (await client.post(`/api/cases/${c.id}/assessments`)).json().id;
    const partial = fullContent();
    partial.factors.T1!.now = null;
    partial.conclusions.seriousViolence = null;
    assert.equal((await client.put(`/api/cases/${c.id}/assessments/${aid}`, { content: partial })).statusCode, 200);
    const incomplete = await client.post(`/api/cases/${c.id}/assessments/${aid}/complete`);
    assert.equal(incomplete.statusCode, 400);
    const paths = incomplete.json().error.details.map((d: { path: string }) => d.path);
    assert.ok(paths.includes('content.factors.T1.now') && paths.includes('content.conclusions.seriousViolence'), JSON.stringify(paths));

    const unknownFactor = await client.put(`/api/cases/${c.id}/assessments/${aid}`, { content: { ...partial, factors: { ...partial.factors, X9: partial.factors.T2 } } });
    assert.equal(unknownFactor.statusCode, 400);
    assert.equal(unknownFactor.json().error.details[0].path, 'body.content.factors.X9');

    const content = fullContent({ seriousViolence: 'HOEJ', imminent: true });
    assert.equal((await client.put(`/api/cases/${c.id}/assessments/${aid}`, { content })).statusCode, 200);
    const signed = await client.post(`/api/cases/${c.id}/assessments/${aid}/complete`);
    assert.equal(signed.statusCode, 200);
    assert.equal(signed.json().status, 'AFSLUTTET');
    assert.equal(signed.json().assessor.displayName, 'Sanne Sagsbehandler');
    assert.equal((await caseFlags(c.id)).current_risk_level, 'HOEJ');

    const edit = await client.put(`/api/cases/${c.id}/assessments/${aid}`, { content: fullContent({ seriousViolence: 'LAV' }) });
    assert.equal(edit.statusCode, 409);
    assert.equal(edit.json().error.code, 'risk.assessment_signed');
    assert.equal((await client.post(`/api/cases/${c.id}/assessments/${aid}/complete`)).statusCode, 409);
    const stored = (await client.get(`/api/cases/${c.id}/assessments/${aid}`)).json();
    assert.deepEqual(stored.content, content, 'content unchanged after the refused edit');
  });

  it('a re-assessment starts from the last signed one, pre-filled, and marks what changed', async () => {
    const c = await newCase();
    const first = await completedAssessment(c.id);
    const second = await client.post(`/api/cases/${c.id}/assessments`);
    assert.equal(second.statusCode, 201);
    const s = second.json();
    assert.equal(s.version, 2);
    assert.equal(s.basedOnId, first.id);
    assert.deepEqual(s.content, first.content, 'pre-filled with the last assessment');
    assert.deepEqual(s.changedFromPrevious, []);
    assert.equal((await client.post(`/api/cases/${c.id}/assessments`)).json().error.code, 'risk.draft_exists');

    const changed = structuredClone(s.content);
    changed.factors.T2.now = 'JA';
    changed.factors.T2.past = 'JA';
    changed.scenarios[0].level = 'MODERAT';
    const saved = await client.put(`/api/cases/${c.id}/assessments/${s.id}`, { content: changed });
    assert.deepEqual(
      [...saved.json().changedFromPrevious].sort(),
      ['factors.T2.now', 'factors.T2.past', `scenarios.${changed.scenarios[0].id}`].sort(),
    );
  });

  it('draws the threat level over time from the signed assessments', async () => {
    const c = await newCase();
    await completedAssessment(c.id, fullContent({ seriousViolence: 'MODERAT', imminent: false }));
    const draft = (await client.post(`/api/cases/${c.id}/assessments`)).json();
    const raised = structuredClone(draft.content);
    raised.conclusions.seriousViolence = 'HOEJ';
    raised.conclusions.imminent = true;
    await client.put(`/api/cases/${c.id}/assessments/${draft.id}`, { content: raised });
    await client.post(`/api/cases/${c.id}/assessments/${draft.id}/complete`);
    await client.post(`/api/cases/${c.id}/assessments`); // a third, still a draft: not on the chart
    const res = await client.get(`/api/cases/${c.id}/risk/threat-levels`);
    assert.equal(res.statusCode, 200);
    assert.deepEqual(
      res.json().history.map((p: { version: number; seriousViolence: string; imminent: boolean }) => [p.version, p.seriousViolence, p.imminent]),
      [[1, 'MODERAT', false], [2, 'HOEJ', true]],
    );
  });

  it("a scenario's measure becomes a task with one action, linked back to the scenario's measure", async () => {
    const c = await newCase();
    const a = await completedAssessment(c.id);
    const measure = a.content.scenarios[0].measures[0];
    const res = await client.post(`/api/cases/${c.id}/assessments/${a.id}/actions`, {
      kind: 'TASK', sourceType: 'SCENARIE_FORANSTALTNING', sourceId: measure.id, owner: 'Sanne Sagsbehandler', deadline: '2026-12-01',
    });
    assert.equal(res.statusCode, 201, res.body);
    const task = res.json().task;
    assert.equal(task.title, 'Kontakt politiet om pasinddragelse', 'the text comes from the measure, not re-typed');
    assert.deepEqual(task.source, { type: 'SCENARIE_FORANSTALTNING', id: measure.id, assessmentId: a.id });
    assert.equal(task.deadline, '2026-12-01');

    const rec = a.content.recommendations[0];
    const sm = await client.post(`/api/cases/${c.id}/assessments/${a.id}/actions`, {
      // The owner is a user or an actor of the case since the measures register (issue 10), never free text.
      kind: 'SAFETY_MEASURE', sourceType: 'ANBEFALING', sourceId: rec.id, measureType: 'SKOLE_INFORMERET', owner: { userId: (await client.get('/api/me')).json().user.id },
    });
    assert.equal(sm.statusCode, 201, sm.body);
    assert.equal(sm.json().safetyMeasure.measureType, 'SKOLE_INFORMERET');

    const actions = (await client.get(`/api/cases/${c.id}/actions`)).json();
    assert.equal(actions.tasks.length, 1);
    assert.equal(actions.tasks[0].source.id, measure.id);
    assert.equal(actions.safetyMeasures[0].source.id, rec.id);

    const wrong = await client.post(`/api/cases/${c.id}/assessments/${a.id}/actions`, {
      kind: 'TASK', sourceType: 'ANBEFALING', sourceId: measure.id, owner: 'X',
    });
    assert.equal(wrong.statusCode, 400);
    assert.equal(wrong.json().error.details[0].path, 'body.sourceId');
  });

  it('records to whom and when the assessment was made known, only once it is signed', async () => {
    const c = await newCase();
    const draft = (await client.post(`/api/cases/${c.id}/assessments`)).json();
    const early = await client.post(`/api/cases/${c.id}/assessments/${draft.id}/disclosures`, { recipientType: 'BORGER', recipient: 'Borgeren', disclosedOn: '2026-11-21' });
    assert.equal(early.statusCode, 409);
    await client.put(`/api/cases/${c.id}/assessments/${draft.id}`, { content: fullContent() });
    await client.post(`/api/cases/${c.id}/assessments/${draft.id}/complete`);
    const ok = await client.post(`/api/cases/${c.id}/assessments/${draft.id}/disclosures`, { recipientType: 'MYNDIGHED', recipient: 'Københavns Politi', disclosedOn: '2026-11-22' });
    assert.equal(ok.statusCode, 201, ok.body);
    const view = (await client.get(`/api/cases/${c.id}/assessments/${draft.id}`)).json();
    assert.deepEqual(view.disclosures.map((d: { recipient: string; disclosedOn: string }) => [d.recipient, d.disclosedOn]), [['Københavns Politi', '2026-11-22']]);
  });
});

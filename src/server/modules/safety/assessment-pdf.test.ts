import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { extractText, getDocumentProxy } from 'unpdf';
import { forEachEngine } from '../../../../test/support/db.js';
import { createUser, loginAs, startTestApp, type Client, type TestApp } from '../../../../test/support/app.js';
import { openCase } from '../cases/cases.testkit.js';
import { signAssessment } from './safety.testkit.js';

/** Issue 10 item 7: the assessment PDF is marked confidential, numbered, says who exported it, and lists what was made from it. */
forEachEngine('safety: the assessment PDF\'s last mile', (engine) => {
  let t: TestApp;
  let kons: Client;
  before(async () => {
    t = await startTestApp(engine);
    await createUser(t.ctx, { role: 'caseworker', municipalityCode: '165' });
    kons = await loginAs(t.app, (await createUser(t.ctx, { role: 'consultant', region: 'Region Hovedstaden', displayName: 'Konsulent Hansen' })).username);
  });
  after(() => t.close());

  it('FORTROLIGT, page numbers, the exporter, and the tasks and measures made from it with their status', async () => {
    const { case: c } = await openCase(kons);
    const a = await signAssessment(kons, c.id);
    const me = (await kons.get('/api/me')).json().user.id;
    const made = await kons.post(`/api/cases/${c.id}/assessments/${a.id}/actions`, {
      kind: 'SAFETY_MEASURE', sourceType: 'ANBEFALING', sourceId: a.content.recommendations[0]!.id, measureType: 'SKOLE_INFORMERET', owner: { userId: me },
    });
    assert.equal(made.statusCode, 201, made.body);
    await kons.post(`/api/cases/${c.id}/assessments/${a.id}/actions`, { kind: 'TASK', sourceType: 'SCENARIE_FORANSTALTNING', sourceId: a.content.scenarios[0]!.measures[0]!.id, owner: 'SSP', deadline: '2026-12-31' });
    const res = await kons.get(`/api/cases/${c.id}/assessments/${a.id}/report.pdf`);
    assert.equal(res.statusCode, 200);
    const pdf = await getDocumentProxy(new Uint8Array(res.rawPayload));
    const { text } = await extractText(pdf, { mergePages: true });
    for (const expected of ['FORTROLIGT', `Side 1 af ${pdf.numPages}`, 'Udskrevet af Konsulent Hansen', 'Foranstaltning: Skolen informeret – Foreslået', 'Opgave: Kontakt politiet om pasinddragelse – Åben']) {
      assert.ok(text.includes(expected), `"${expected}" in: ${text.slice(-600)}`);
    }
  });
});

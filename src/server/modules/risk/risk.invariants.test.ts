import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { extractText, getDocumentProxy } from 'unpdf';
import { sql } from 'drizzle-orm';
import { forEachEngine } from '../../../../test/support/db.js';
import { createUser, loginAs, startTestApp, type Client, type TestApp } from '../../../../test/support/app.js';
import { queryRows } from '../../platform/db/client.js';
import { fullContent, riskCase } from './risk.fixtures.js';

/** Walks a JSON value and reports every key that looks like an aggregate and every number outside the allowlist. */
const SCORE_KEY = /total|score|sum|points?$|count|average|mean|rank|weight|index/i;
// The ordinal of an assessment on its case and the edit counter of its draft (struct, issue 8): not a measure of anything.
const NUMBER_KEYS = new Set(['version', 'revision']);
function scoreLike(value: unknown, path = '$'): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => scoreLike(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => {
      const here = `${path}.${k}`;
      const bad: string[] = [];
      // Factor codes are keys of `factors`; everything else is a field name we chose.
      if (SCORE_KEY.test(k) && !/\.factors$/.test(path)) bad.push(`key ${here}`);
      if (typeof v === 'number' && !NUMBER_KEYS.has(k)) bad.push(`number ${here}=${v}`);
      return [...bad, ...scoreLike(v, here)];
    });
  }
  return [];
}

forEachEngine('risk: invariants', (engine) => {
  let t: TestApp;
  let client: Client;
  let userId: string;
  before(async () => {
    t = await startTestApp(engine);
    const u = await createUser(t.ctx, { role: 'consultant', region: 'Region Hovedstaden', displayName: 'Kamal Konsulent' });
    userId = u.id;
    client = await loginAs(t.app, u.username);
  });
  after(() => t.close());

  it('no total, score, sum or numeric aggregate in any JSON answer of the risk routes', async () => {
    const c = await riskCase(t.ctx, { municipalityCode: '165', participants: [{ userId, role: 'CONSULTANT' }], consent: true });
    const responses: { route: string; body: unknown }[] = [];
    const call = async (method: 'get' | 'post' | 'put', url: string, payload?: unknown) => {
      const res = await client[method](url, payload);
      assert.ok(res.statusCode < 300, `${method} ${url}: ${res.statusCode} ${res.body}`);
      responses.push({ route: `${method.toUpperCase()} ${url}`, body: res.json() });
      return res.json();
    };
    await call('get', '/api/risk/instruments');
    await call('post', `/api/cases/${c.id}/screenings`, { outcome: 'HANDLING', rationale: 'Trusler', answers: { HVORFOR_NU: 'Ny trussel' } });
    await call('get', `/api/cases/${c.id}/screenings`);
    for (const level of ['MODERAT', 'HOEJ'] as const) {
      const a = await call('post', `/api/cases/${c.id}/assessments`);
      await call('put', `/api/cases/${c.id}/assessments/${a.id}`, { content: fullContent({ seriousViolence: level }) });
      const done = await call('post', `/api/cases/${c.id}/assessments/${a.id}/complete`);
      await call('get', `/api/cases/${c.id}/assessments/${a.id}`);
      await call('post', `/api/cases/${c.id}/assessments/${a.id}/disclosures`, { recipientType: 'BORGER', recipient: 'Borgeren', disclosedOn: '2026-11-21' });
      await call('post', `/api/cases/${c.id}/assessments/${a.id}/actions`, {
        kind: 'TASK', sourceType: 'ANBEFALING', sourceId: done.content.recommendations[0].id, owner: 'Kamal',
      });
    }
    await call('get', `/api/cases/${c.id}/assessments`);
    await call('get', `/api/cases/${c.id}/risk/threat-levels`);
    await call('get', `/api/cases/${c.id}/actions`);
    for (const r of responses) assert.deepEqual(scoreLike(r.body), [], r.route);
    // The walker itself must catch what it is for.
    assert.deepEqual(scoreLike({ a: { totalRisk: 'x', factors: { T1: { now: 'JA' } }, n: 3 } }), ['key $.a.totalRisk', 'number $.a.n=3']);
    // And the schema stores none: no column of the risk tables looks like one.
    const cols = await queryRows<{ column_name: string }>(t.ctx.db, sql`
      SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema()
       AND table_name IN ('risk_screenings','risk_assessments','risk_disclosures')`);
    assert.deepEqual(cols.filter((x) => SCORE_KEY.test(x.column_name)).map((x) => x.column_name), []);
  });

  it('exports a signed assessment as a PDF with the Danish labels and no CPR, and audits the export', async () => {
    const c = await riskCase(t.ctx, { municipalityCode: '165', participants: [{ userId, role: 'CONSULTANT' }], consent: true });
    const a = (await client.post(`/api/cases/${c.id}/assessments`)).json();
    const early = await client.get(`/api/cases/${c.id}/assessments/${a.id}/report.pdf`);
    assert.equal(early.statusCode, 409, 'a draft is not shared');
    await client.put(`/api/cases/${c.id}/assessments/${a.id}`, { content: fullContent({ seriousViolence: 'HOEJ', imminent: true }) });
    await client.post(`/api/cases/${c.id}/assessments/${a.id}/complete`);
    const res = await client.get(`/api/cases/${c.id}/assessments/${a.id}/report.pdf`);
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'application/pdf');
    assert.equal(res.headers['cache-control'], 'no-store');
    const pdf = await getDocumentProxy(new Uint8Array(res.rawPayload));
    const { text } = await extractText(pdf, { mergePages: true });
    for (const expected of [
      c.caseNumber, 'Sårbarhedsfaktorer (V)', 'Æresrelateret vold (T)', 'Gerningspersonernes psykosociale problemer (P)',
      'V2 Ekstrem frygt', 'Kamal Konsulent', 'Risiko for alvorlig vold: Høj', 'Overhængende risiko: Ja', 'Udrejse i sommerferien – Høj',
      'Kontakt politiet om pasinddragelse', 'Sikkerhedsplan med skolen inden fredag', 'Far, Storebror',
    ]) {
      assert.ok(text.includes(expected), `PDF shows "${expected}"`);
    }
    assert.doesNotMatch(text, /\d{6}-?\d{4}/, 'no CPR-like number');
    const audit = await queryRows<{ n: number }>(t.ctx.db, sql`
      SELECT count(*)::int AS n FROM audit_events WHERE event_type = 'risk.assessment_exported' AND subject_id = ${a.id} AND case_id = ${c.id}`);
    assert.equal(audit[0]!.n, 1);
  });
});

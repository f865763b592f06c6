import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { forEachEngine } from '../../../../test/support/db.js';
import { createUser, loginAs, startTestApp, type Client, type TestApp } from '../../../../test/support/app.js';
import { fieldCryptoFor } from '../../platform/crypto/fields.js';
import { queryRows } from '../../platform/db/client.js';
import { inquiryBody } from '../intake/intake.fixtures.js';
import { fullContent, riskCase } from './risk.fixtures.js';

/**
 * The risk narrative is encrypted at rest (migrations/0044): nothing a user wrote in a screening, an assessment,
 * a disclosure, a task or a safety measure can be read from the database without the app's key.
 */
const TABLES = ['risk_screenings', 'risk_assessments', 'risk_disclosures', 'tasks', 'safety_measures'] as const;
const WORDS = ['Qvistgaard', 'Bjørnskov', 'Lindqvist', 'Rasmussen-klanen', 'Østervold', 'Fjeldsø', 'Hvidbjerg', 'Kragelund', 'Sølvtorvet', 'Jernbanegade'];

forEachEngine('risk: narrative encrypted at rest', (engine) => {
  let t: TestApp;
  let kons: Client;
  let userId: string;
  before(async () => {
    t = await startTestApp(engine);
    const u = await createUser(t.ctx, { role: 'consultant', region: 'Region Hovedstaden', displayName: 'Kamal Konsulent' });
    userId = u.id;
    kons = await loginAs(t.app, u.username);
  });
  after(() => t.close());

  /** Every column of every row of the risk and action tables, as the database holds it. */
  const everyStoredValue = async () => {
    const texts: string[] = [];
    for (const table of TABLES) {
      const rows = await queryRows<{ row: string }>(t.ctx.db, sql`SELECT x::text AS row FROM ${sql.identifier(table)} x`);
      texts.push(...rows.map((r) => r.row));
    }
    return texts.join('\n');
  };

  it('stores no word of a screening, an assessment, a disclosure, a task or a measure in the clear, and serves them decrypted in scope', async () => {
    const c = await riskCase(t.ctx, { municipalityCode: '165', participants: [{ userId, role: 'CONSULTANT' }], consent: true });
    const screening = await kons.post(`/api/cases/${c.id}/screenings`, {
      outcome: 'HANDLING', rationale: 'Qvistgaard-familien truer borgeren', answers: { FRYGTER_HVEM: 'Bjørnskov, farbroren' },
    });
    assert.equal(screening.statusCode, 201, screening.body);
    const inquiry = await kons.post('/api/inquiries', inquiryBody());
    assert.equal(inquiry.statusCode, 201, inquiry.body);
    const onInquiry = await kons.post(`/api/inquiries/${inquiry.json().id}/screenings`, {
      outcome: 'RAADGIVNING', rationale: 'Lindqvist ringer igen', answers: { HVORFOR_NU: 'Rasmussen-klanen har truet' },
    });
    assert.equal(onInquiry.statusCode, 201, onInquiry.body);

    const a = (await kons.post(`/api/cases/${c.id}/assessments`)).json();
    const content = fullContent({ seriousViolence: 'HOEJ', imminent: true, rationale: 'Qvistgaard-familien truer med bortførelse' });
    content.background.latestIncident = 'Mødet på Østervold';
    content.scenarios[0]!.measures[0]!.text = 'Flyt borgeren til Fjeldsø';
    const saved = await kons.put(`/api/cases/${c.id}/assessments/${a.id}`, { content });
    assert.equal(saved.statusCode, 200, saved.body);
    const done = await kons.post(`/api/cases/${c.id}/assessments/${a.id}/complete`);
    assert.equal(done.statusCode, 200, done.body);
    const disclosed = await kons.post(`/api/cases/${c.id}/assessments/${a.id}/disclosures`, { recipientType: 'MYNDIGHED', recipient: 'Hvidbjerg Politi', disclosedOn: '2026-11-21' });
    assert.equal(disclosed.statusCode, 201, disclosed.body);
    const task = await kons.post(`/api/cases/${c.id}/assessments/${a.id}/actions`, {
      kind: 'TASK', sourceType: 'SCENARIE_FORANSTALTNING', sourceId: content.scenarios[0]!.measures[0]!.id, owner: 'Kragelund, SSP',
    });
    assert.equal(task.statusCode, 201, task.body);
    // The owner is an actor of the case (entered by hand: its name is sealed at rest like the old free text).
    const centre = await kons.post(`/api/cases/${c.id}/actors`, { actorType: 'KRISECENTER', name: 'Krisecentret på Sølvtorvet' });
    assert.equal(centre.statusCode, 201, centre.body);
    const measure = await kons.post(`/api/cases/${c.id}/assessments/${a.id}/actions`, {
      kind: 'SAFETY_MEASURE', measureType: 'SAFEHOUSE', sourceType: 'ANBEFALING', sourceId: content.recommendations[0]!.id, owner: { actorId: centre.json().id },
    });
    assert.equal(measure.statusCode, 201, measure.body);

    const stored = await everyStoredValue();
    assert.ok(stored.length > 0);
    for (const word of [...WORDS, 'truer', 'bortførelse', 'Sikkerhedsplan']) {
      assert.ok(!stored.includes(word), `"${word}" is stored in the clear`);
    }
    // What lists and the chart need stays in the clear.
    const [row] = await queryRows<{ status: string; serious_violence_level: string; imminent: boolean }>(t.ctx.db, sql`
      SELECT status, serious_violence_level, imminent FROM risk_assessments WHERE id = ${a.id}`);
    assert.deepEqual(row, { status: 'AFSLUTTET', serious_violence_level: 'HOEJ', imminent: true });

    // The in-scope user reads everything back.
    const screenings = (await kons.get(`/api/cases/${c.id}/screenings`)).json().screenings;
    assert.equal(screenings[0].rationale, 'Qvistgaard-familien truer borgeren');
    assert.equal(screenings[0].answers.FRYGTER_HVEM, 'Bjørnskov, farbroren');
    const inquiryScreenings = (await kons.get(`/api/inquiries/${inquiry.json().id}/screenings`)).json().screenings;
    assert.deepEqual(inquiryScreenings[0].answers, { HVORFOR_NU: 'Rasmussen-klanen har truet' });
    const read = (await kons.get(`/api/cases/${c.id}/assessments/${a.id}`)).json();
    assert.equal(read.content.conclusions.rationale, 'Qvistgaard-familien truer med bortførelse');
    assert.equal(read.content.background.latestIncident, 'Mødet på Østervold');
    assert.equal(read.disclosures[0].recipient, 'Hvidbjerg Politi');
    const actions = (await kons.get(`/api/cases/${c.id}/actions`)).json();
    assert.deepEqual(actions.tasks.map((x: { title: string; owner: string }) => [x.title, x.owner]), [['Flyt borgeren til Fjeldsø', 'Kragelund, SSP']]);
    assert.deepEqual(
      actions.safetyMeasures.map((x: { description: string; responsible: string }) => [x.description, x.responsible]),
      [['Sikkerhedsplan med skolen inden fredag', 'Krisecentret på Sølvtorvet']],
    );
    const informed = (await kons.get(`/api/cases/${c.id}/risk/informed`)).json();
    assert.ok(informed.items.some((i: { recipient: string }) => i.recipient === 'Hvidbjerg Politi'));
    const levels = (await kons.get(`/api/cases/${c.id}/risk/threat-levels`)).json();
    assert.deepEqual(levels.history.map((h: { seriousViolence: string; imminent: boolean }) => [h.seriousViolence, h.imminent]), [['HOEJ', true]]);
  });

  it('the database itself refuses to change a signed assessment (behind the service\'s 409)', async () => {
    const c = await riskCase(t.ctx, { municipalityCode: '165', participants: [{ userId, role: 'CONSULTANT' }], consent: true });
    const a = (await kons.post(`/api/cases/${c.id}/assessments`)).json();
    await kons.put(`/api/cases/${c.id}/assessments/${a.id}`, { content: fullContent() });
    // A draft may still change, directly too (the trigger guards signed rows only).
    await t.ctx.db.execute(sql`UPDATE risk_assessments SET updated_at = now() WHERE id = ${a.id}`);
    assert.equal((await kons.post(`/api/cases/${c.id}/assessments/${a.id}/complete`)).statusCode, 200);
    const before = await queryRows<{ row: string }>(t.ctx.db, sql`SELECT x::text AS row FROM risk_assessments x WHERE id = ${a.id}`);
    const attempts = [
      sql`UPDATE risk_assessments SET content_enc = content_enc WHERE id = ${a.id}`,
      sql`UPDATE risk_assessments SET serious_violence_level = 'LAV' WHERE id = ${a.id}`,
      sql`UPDATE risk_assessments SET status = 'UDKAST', completed_at = NULL, assessor_id = NULL WHERE id = ${a.id}`,
    ];
    for (const attempt of attempts) {
      await assert.rejects(t.ctx.db.transaction(async (tx) => { await tx.execute(attempt); }), (err: Error) => {
        assert.match(String((err.cause as Error | undefined)?.message ?? err.message), /is signed and cannot be changed/);
        return true;
      });
    }
    const after = await queryRows<{ row: string }>(t.ctx.db, sql`SELECT x::text AS row FROM risk_assessments x WHERE id = ${a.id}`);
    assert.deepEqual(after, before);

    // Key rotation may re-encrypt the same content when it says so, and change nothing else even then.
    const fc = fieldCryptoFor(t.ctx.config);
    const [{ content_enc: sealed }] = await queryRows<{ content_enc: string }>(t.ctx.db, sql`SELECT content_enc FROM risk_assessments WHERE id = ${a.id}`) as [{ content_enc: string }];
    await assert.rejects(t.ctx.db.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL skjold.reencrypt = 'on'`);
      await tx.execute(sql`UPDATE risk_assessments SET content_enc = ${fc.encrypt(fc.decrypt(sealed))}, serious_violence_level = 'HOEJ' WHERE id = ${a.id}`);
    }));
    await t.ctx.db.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL skjold.reencrypt = 'on'`);
      await tx.execute(sql`UPDATE risk_assessments SET content_enc = ${fc.encrypt(fc.decrypt(sealed))} WHERE id = ${a.id}`);
    });
    const reread = (await kons.get(`/api/cases/${c.id}/assessments/${a.id}`)).json();
    assert.equal(reread.content.conclusions.rationale, fullContent().conclusions.rationale);
  });
});

import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { forEachEngine } from '../../../../test/support/db.js';
import { countRows, createUser, loginAs, startTestApp, type Client, type TestApp } from '../../../../test/support/app.js';
import { queryRows } from '../../platform/db/client.js';
import { caseBody, consentBody, inquiryBody } from '../intake/intake.fixtures.js';

/** Initial screening on an inquiry, anonymously, before any case: scoped like the inquiry, no identifiers stored. */
forEachEngine('risk: screening on an inquiry', (engine) => {
  let t: TestApp;
  let kons: Client;
  let responsible: { id: string };
  before(async () => {
    t = await startTestApp(engine);
    kons = await loginAs(t.app, (await createUser(t.ctx, { role: 'consultant', region: 'Region Hovedstaden', displayName: 'Kamal Konsulent' })).username);
    // A consultant names the responsible caseworker when opening a case, so the municipality needs one.
    responsible = await createUser(t.ctx, { role: 'caseworker', municipalityCode: '165' });
  });
  after(() => t.close());

  const newInquiry = async (overrides: Record<string, unknown> = {}, citizen: Record<string, unknown> = {}) => {
    const res = await kons.post('/api/inquiries', inquiryBody(overrides, citizen));
    assert.equal(res.statusCode, 201, res.body);
    return res.json().id as string;
  };

  it('AKUT on an anonymous inquiry of a minor shows 112/114 and the duty to notify; an adult gets 112/114 only', async () => {
    const minor = await newInquiry();
    const res = await kons.post(`/api/inquiries/${minor}/screenings`, {
      outcome: 'AKUT', rationale: 'Eleven tør ikke gå hjem i dag', answers: { HAENDELSE: 'Trussel fra en bror den 12-01-2026', REJSEPLANER: 'Fly på fredag' },
    });
    assert.equal(res.statusCode, 201, res.body);
    assert.equal(res.json().inquiryId, minor);
    assert.equal(res.json().caseId, null);
    assert.deepEqual(res.json().acuteGuidance.emergencyNumbers, ['112', '114']);
    assert.match(res.json().acuteGuidance.dutyToNotify, /Barnets lov § 133/);

    const adult = await newInquiry({ concernTypes: ['AERE'] }, { ageBand: '25_30' });
    const adultRes = await kons.post(`/api/inquiries/${adult}/screenings`, { outcome: 'AKUT', rationale: 'Truet på livet' });
    assert.equal(adultRes.statusCode, 201, adultRes.body);
    assert.deepEqual(adultRes.json().acuteGuidance, { emergencyNumbers: ['112', '114'], dutyToNotify: null });

    const list = await kons.get(`/api/inquiries/${minor}/screenings`);
    assert.equal(list.statusCode, 200);
    assert.deepEqual(list.json().screenings.map((s: { outcome: string }) => s.outcome), ['AKUT']);
    const audit = await queryRows<{ event_type: string; purpose: string }>(t.ctx.db, sql`
      SELECT event_type, purpose FROM audit_events WHERE subject_id = ${res.json().id} OR (subject_id = ${minor} AND event_type = 'risk.screenings_read')`);
    assert.deepEqual(audit.map((a) => a.event_type).sort(), ['risk.screening_created', 'risk.screenings_read']);
    assert.ok(audit.every((a) => a.purpose === `inquiry:${minor}`));
  });

  it('refuses a CPR number, phone number or e-mail in the answers of an anonymous inquiry, naming the field, and stores nothing', async () => {
    const anon = await newInquiry();
    const before = await countRows(t.ctx, 'risk_screenings');
    const bad = await kons.post(`/api/inquiries/${anon}/screenings`, {
      outcome: 'HANDLING', rationale: 'Ring til moren på 22 33 44 55',
      answers: { HAENDELSE: 'Borgeren har CPR 150310-4123', FAMILIEN_VED: 'Nej', OENSKER_HJAELP: 'Skriv til sara@example.dk' },
    });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().error.code, 'validation.failed');
    assert.deepEqual(bad.json().error.details.map((d: { path: string }) => d.path).sort(), ['body.answers.HAENDELSE', 'body.answers.OENSKER_HJAELP', 'body.rationale']);
    assert.doesNotMatch(bad.body, /150310|22 33 44 55|sara@/, 'the error never echoes the identifier');
    assert.equal(await countRows(t.ctx, 'risk_screenings'), before);

    // An identified inquiry may carry the citizen's details: the same text is accepted there.
    const identified = await newInquiry({ anonymous: false }, { name: 'Sara Testesen' });
    const ok = await kons.post(`/api/inquiries/${identified}/screenings`, { outcome: 'HANDLING', rationale: 'Ring til moren på 22 33 44 55' });
    assert.equal(ok.statusCode, 201, ok.body);
  });

  it('a case opened from the inquiry shows its screenings; after that, screenings go on the case', async () => {
    const inq = await newInquiry();
    const s = (await kons.post(`/api/inquiries/${inq}/screenings`, { outcome: 'RAADGIVNING', rationale: 'Læreren rådgivet' })).json();
    assert.equal((await kons.post(`/api/inquiries/${inq}/consents`, consentBody('FORAELDREMYNDIGHEDSINDEHAVER'))).statusCode, 201);
    const c = (await kons.post('/api/cases', caseBody(inq, {}, { responsibleCaseworkerId: responsible.id }))).json();
    const onCase = (await kons.post(`/api/cases/${c.id}/screenings`, { outcome: 'HANDLING', rationale: 'Nye trusler' })).json();
    const history = (await kons.get(`/api/cases/${c.id}/screenings`)).json().screenings;
    assert.deepEqual(history.map((x: { id: string }) => x.id), [onCase.id, s.id], 'newest first, the inquiry screening included');
    assert.deepEqual([history[1].inquiryId, history[1].caseId], [inq, null]);
    const late = await kons.post(`/api/inquiries/${inq}/screenings`, { outcome: 'AKUT', rationale: 'x' });
    assert.equal(late.statusCode, 409);
    assert.equal(late.json().error.code, 'risk.inquiry_has_case');
  });

  it('is closed to anyone outside the inquiry scope: 404 like a missing inquiry, nothing written', async () => {
    const inq = await newInquiry();
    await kons.post(`/api/inquiries/${inq}/screenings`, { outcome: 'HANDLING', rationale: 'x' });
    const outsiders = {
      'caseworker of the municipality who did not register it': await createUser(t.ctx, { role: 'caseworker', municipalityCode: '165' }),
      'caseworker of another municipality': await createUser(t.ctx, { role: 'caseworker', municipalityCode: '851' }),
      'consultant of another region': await createUser(t.ctx, { role: 'consultant', region: 'Region Nordjylland' }),
      analyst: await createUser(t.ctx, { role: 'analyst' }),
      admin: await createUser(t.ctx, { role: 'admin' }),
    };
    const before = await countRows(t.ctx, 'risk_screenings');
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const [label, u] of Object.entries(outsiders)) {
      const client = await loginAs(t.app, u.username);
      for (const [method, payload] of [['GET', undefined], ['POST', { outcome: 'AKUT', rationale: 'x' }]] as const) {
        const res = await client.request({ method, url: `/api/inquiries/${inq}/screenings`, payload });
        assert.equal(res.statusCode, 404, `${label}: ${method} → ${res.statusCode}`);
        const ghost = await client.request({ method, url: `/api/inquiries/${missing}/screenings`, payload });
        assert.equal(res.body, ghost.body, `${label}: ${method} differs from a missing inquiry`);
      }
    }
    assert.equal(await countRows(t.ctx, 'risk_screenings'), before);
  });
});

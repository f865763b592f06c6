import assert from 'node:assert/strict';
import { todayIso } from '../../shared/codes.js';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { forEachEngine } from '../../../../test/support/db.js';
import { createUser, loginAs, startTestApp, type Client, type TestApp } from '../../../../test/support/app.js';
import { excludeUser } from '../../../../test/support/factories.js';
import { queryRows } from '../../platform/db/client.js';
import { caseBody, cprForAge, inquiryBody } from '../intake/intake.fixtures.js';
import { openCase } from './cases.testkit.js';

forEachEngine('cases', (engine) => {
  let t: TestApp;
  let kons: Client;
  let cw: Client;
  let cwId: string;
  let cwOther: Client;
  let cwAalborg: Client;
  let cwAalborgId: string;
  before(async () => {
    t = await startTestApp(engine);
    kons = await loginAs(t.app, (await createUser(t.ctx, { role: 'consultant', region: 'Region Hovedstaden', displayName: 'Konsulent Hansen' })).username);
    const u = await createUser(t.ctx, { role: 'caseworker', municipalityCode: '165', displayName: 'Sagsbehandler Albertslund' });
    cwId = u.id;
    cw = await loginAs(t.app, u.username);
    cwOther = await loginAs(t.app, (await createUser(t.ctx, { role: 'caseworker', municipalityCode: '165' })).username);
    const a = await createUser(t.ctx, { role: 'caseworker', municipalityCode: '851' });
    cwAalborgId = a.id;
    cwAalborg = await loginAs(t.app, a.username);
  });
  after(() => t.close());

  const caseRow = async (id: string) =>
    (await queryRows<Record<string, unknown>>(t.ctx.db, sql`SELECT * FROM cases WHERE id = ${id}`))[0];

  it('refuses a case without consent (409 case.consent_required) and opens one with it (201)', async () => {
    const inq = (await kons.post('/api/inquiries', inquiryBody())).json().id;
    const refused = await kons.post('/api/cases', caseBody(inq, {}, { responsibleCaseworkerId: cwId }));
    assert.equal(refused.statusCode, 409);
    assert.equal(refused.json().error.code, 'case.consent_required');
    const onlyRisk = await kons.post(`/api/inquiries/${inq}/consents`, { giver: 'FORAELDREMYNDIGHEDSINDEHAVER', scopes: ['RISIKOVURDERING'], givenAt: '2026-01-12', channel: 'TELEFON' });
    assert.equal(onlyRisk.statusCode, 201);
    assert.equal((await kons.post('/api/cases', caseBody(inq, {}, { responsibleCaseworkerId: cwId }))).json().error.code, 'case.consent_required', 'RISIKOVURDERING alone does not open a case');
    await kons.post(`/api/inquiries/${inq}/consents`, { giver: 'FORAELDREMYNDIGHEDSINDEHAVER', scopes: ['KONKRET_SAGSSPARRING'], givenAt: '2026-01-12', channel: 'TELEFON' });
    const ok = await kons.post('/api/cases', caseBody(inq, {}, { responsibleCaseworkerId: cwId }));
    assert.equal(ok.statusCode, 201, ok.body);
    const c = ok.json();
    assert.match(c.caseNumber, /^SKJ-\d{4}-\d{6}$/);
    assert.equal(c.status, 'AABEN');
    assert.equal(c.responsibleCaseworker.id, cwId);
    assert.equal(c.consultants.length, 1, 'the creating consultant is added');
    assert.equal(c.citizen.name, 'Sara Testesen');
    assert.equal((await kons.post('/api/cases', caseBody(inq, {}, { responsibleCaseworkerId: cwId }))).json().error.code, 'case.already_opened');
  });

  // Issue 9 reversed "a consultant must name one": without a caseworker the case is 201 with responsibleCaseworker
  // null (cases.involvement.test.ts). A named one must still belong to the responsible municipality.
  it('a caseworker the consultant names must be one of the responsible municipality (400 naming the field, nothing created)', async () => {
    const inq = (await kons.post('/api/inquiries', inquiryBody())).json().id;
    await kons.post(`/api/inquiries/${inq}/consents`, { giver: 'FORAELDREMYNDIGHEDSINDEHAVER', scopes: ['KONKRET_SAGSSPARRING'], givenAt: '2026-01-12', channel: 'TELEFON' });
    const count = async () => (await queryRows<{ n: number }>(t.ctx.db, sql`SELECT count(*)::int AS n FROM cases WHERE inquiry_id = ${inq}`))[0]!.n;
    for (const [why, extra] of [['caseworker of another municipality', { responsibleCaseworkerId: cwAalborgId }]] as const) {
      const res = await kons.post('/api/cases', caseBody(inq, {}, extra));
      assert.equal(res.statusCode, 400, why);
      assert.deepEqual(res.json().error.details.map((d: { path: string }) => d.path), ['body.responsibleCaseworkerId'], why);
    }
    assert.equal(await count(), 0);
    assert.equal((await kons.post('/api/cases', caseBody(inq, {}, { responsibleCaseworkerId: cwId }))).statusCode, 201);
  });

  it('judges the consent giver against the CASE citizen\'s age: an adult\'s own consent does not open a case for a 16-year-old', async () => {
    const inq = (await kons.post('/api/inquiries', inquiryBody({}, { ageBand: '18_24' }))).json().id;
    assert.equal((await kons.post(`/api/inquiries/${inq}/consents`, { giver: 'BORGER', scopes: ['KONKRET_SAGSSPARRING'], givenAt: '2026-01-12', channel: 'TELEFON' })).statusCode, 201);
    const refused = await kons.post('/api/cases', caseBody(inq, { cpr: '150310-4123' }, { responsibleCaseworkerId: cwId }));
    assert.equal(refused.statusCode, 409, refused.body);
    assert.equal(refused.json().error.code, 'consent.giver_not_allowed');
    assert.deepEqual(refused.json().error.details.map((d: { path: string }) => d.path), ['body.citizen.cpr']);
    assert.ok(!refused.body.includes('150310'));
    assert.equal((await queryRows<{ n: number }>(t.ctx.db, sql`SELECT count(*)::int AS n FROM cases WHERE inquiry_id = ${inq}`))[0]!.n, 0);
    assert.equal((await kons.post('/api/cases', caseBody(inq, { cpr: cprForAge(20) }, { responsibleCaseworkerId: cwId }))).statusCode, 201, 'an adult citizen: her own consent opens it');
  });

  it('recomputes minor, age band and duty to notify when the citizen\'s CPR number changes; refuses one the concern type no longer fits', async () => {
    const { case: c } = await openCase(kons, { giver: 'VAERGE', citizen: { cpr: cprForAge(16) } });
    assert.deepEqual([c.minor, c.dutyToNotify.applies], [true, true]);
    const adult = await kons.patch(`/api/cases/${c.id}/persons/${c.citizen.id}`, { cpr: cprForAge(27) });
    assert.equal(adult.statusCode, 200, adult.body);
    const after = (await kons.get(`/api/cases/${c.id}`)).json();
    assert.deepEqual([after.minor, after.dutyToNotify.applies, after.citizen.age], [false, false, 27]);
    assert.equal((await caseRow(c.id))!.citizen_age_band, '25_30');

    const trip = await openCase(kons, { inquiry: { concernTypes: ['GENOPDRAGELSESREJSE'] }, citizen: { cpr: cprForAge(16) } });
    const before = await caseRow(trip.case.id);
    const refused = await kons.patch(`/api/cases/${trip.case.id}/persons/${trip.case.citizen.id}`, { cpr: cprForAge(19) });
    assert.equal(refused.statusCode, 400, refused.body);
    assert.deepEqual(refused.json().error.details.map((d: { path: string }) => d.path), ['body.cpr']);
    assert.deepEqual(await caseRow(trip.case.id), before, 'case unchanged');
    assert.equal((await kons.get(`/api/cases/${trip.case.id}`)).json().citizen.age, 16, 'CPR number unchanged');
  });

  it('a partial PATCH of a person changes only the fields it names', async () => {
    const { case: c } = await openCase(kons);
    const added = await kons.post(`/api/cases/${c.id}/persons`, {
      role: 'TILLIDSPERSON', name: 'Mette Demo', gender: 'KVINDE', citizenships: ['Danmark', 'Irak'], passports: [{ country: 'Irak', number: 'A123' }],
      abroad: true, country: 'Irak', relation: 'Moster', phone: '+45 11 22 33 44', birthDate: '1980-02-03',
    });
    assert.equal(added.statusCode, 201, added.body);
    const patched = await kons.patch(`/api/cases/${c.id}/persons/${added.json().id}`, { name: 'Mette Demo-Hansen' });
    assert.equal(patched.statusCode, 200, patched.body);
    const stored = (await kons.get(`/api/cases/${c.id}`)).json().persons.find((p: { id: string }) => p.id === added.json().id);
    // Only the named field changes; the person's version counts the edit (issue 8: no silent overwrites).
    assert.deepEqual(stored, { ...added.json(), name: 'Mette Demo-Hansen', version: added.json().version + 1 });
  });

  it('16-year-old: duty to notify applies until its fulfilment is recorded', async () => {
    const { case: c } = await openCase(kons, { citizen: { cpr: cprForAge(16) }, extra: { responsibleCaseworkerId: cwId, acute: true } });
    assert.equal(c.minor, true);
    assert.equal(c.acute, true);
    assert.equal(c.citizen.age, 16);
    assert.deepEqual({ applies: c.dutyToNotify.applies, fulfilledAt: c.dutyToNotify.fulfilledAt, reason: c.dutyToNotify.reason }, { applies: true, fulfilledAt: null, reason: 'BORGER_UNDER_18' });
    const done = await cw.post(`/api/cases/${c.id}/duty-to-notify`, { fulfilledAt: '2026-01-13', notifiedMunicipalityCode: '165' });
    assert.equal(done.statusCode, 200, done.body);
    assert.equal(done.json().dutyToNotify.fulfilledAt, '2026-01-13');
    assert.equal(done.json().dutyToNotify.fulfilledBy.id, cwId);
    assert.equal((await cw.post(`/api/cases/${c.id}/duty-to-notify`, { fulfilledAt: '2026-01-13', notifiedMunicipalityCode: '165' })).json().error.code, 'case.duty_already_fulfilled');
  });

  it('an adult with children under 18 at home gets the same duty; an adult without does not', async () => {
    const adultInquiry = { concernTypes: ['UFRIVILLIGT_UDLANDSOPHOLD'], citizen: { ageBand: '25_30', gender: 'KVINDE', municipalityCode: '165' } };
    const without = await openCase(kons, { inquiry: adultInquiry, giver: 'BORGER', citizen: { cpr: cprForAge(27) } });
    assert.equal(without.case.dutyToNotify.applies, false);
    assert.equal((await kons.post(`/api/cases/${without.case.id}/duty-to-notify`, { fulfilledAt: '2026-01-13', notifiedMunicipalityCode: '165' })).json().error.code, 'case.duty_not_applicable');
    const withKids = await openCase(kons, { inquiry: adultInquiry, giver: 'BORGER', citizen: { cpr: cprForAge(27) }, extra: { childrenUnder18InHousehold: true } });
    assert.deepEqual([withKids.case.dutyToNotify.applies, withKids.case.dutyToNotify.reason], [true, 'BOERN_I_HUSSTANDEN']);
  });

  it('accepts a CPR number that fails modulus 11, keeps the history of numbers and finds the case by an old one', async () => {
    const { case: c } = await openCase(kons, { citizen: { cpr: '150310-4123' } });
    assert.equal(c.citizen.cpr, '150310-4123');
    assert.equal(c.citizen.birthDate, '2010-03-15');
    const changed = await kons.patch(`/api/cases/${c.id}/persons/${c.citizen.id}`, { cpr: '1503104124' });
    assert.equal(changed.statusCode, 200, changed.body);
    assert.equal(changed.json().cpr, '150310-4124');
    assert.deepEqual(changed.json().previousCprs.map((p: { cpr: string }) => p.cpr), ['150310-4123']);
    for (const cpr of ['150310-4123', '1503104124']) {
      const found = await kons.post('/api/cases/search', { cpr });
      assert.equal(found.statusCode, 200);
      assert.ok(found.json().items.some((i: { id: string }) => i.id === c.id), cpr);
    }
    assert.equal((await cwAalborg.post('/api/cases/search', { cpr: '150310-4123' })).json().total, 0, 'search is scoped');
  });

  it('hides a case from another municipality\'s caseworker, a non-participant and an excluded user (404, row unchanged)', async () => {
    const { case: c } = await openCase(kons, { extra: { responsibleCaseworkerId: cwId } });
    const before = await caseRow(c.id);
    const excluded = await createUser(t.ctx, { role: 'consultant', region: 'Region Hovedstaden' });
    const excludedClient = await loginAs(t.app, excluded.username);
    assert.equal((await excludedClient.get(`/api/cases/${c.id}`)).statusCode, 200);
    await excludeUser(t.ctx, c.id, excluded.id);
    const notFound = (await kons.get('/api/cases/00000000-0000-4000-8000-000000000000')).json();
    const trail = async (type: string) => Number((await queryRows<{ n: string }>(t.ctx.db, sql`
      SELECT count(*) AS n FROM audit_events WHERE case_id = ${c.id} AND event_type = ${type}`))[0]!.n);
    const [readsBefore, refusalsBefore] = [await trail('case.read'), await trail('access.denied')];
    for (const [who, client] of [['other municipality', cwAalborg], ['non-participant', cwOther], ['excluded', excludedClient]] as const) {
      const read = await client.get(`/api/cases/${c.id}`);
      assert.equal(read.statusCode, 404, who);
      assert.deepEqual(read.json(), notFound, who);
      assert.equal((await client.patch(`/api/cases/${c.id}`, { status: 'VURDERING' })).statusCode, 404, who);
      assert.equal((await client.post(`/api/cases/${c.id}/close`, { reason: 'x' })).statusCode, 404, who);
      assert.equal((await client.post(`/api/cases/${c.id}/duty-to-notify`, { fulfilledAt: '2026-01-13', notifiedMunicipalityCode: '165' })).statusCode, 404, who);
      assert.equal((await client.get(`/api/cases/${c.id}/journal`)).statusCode, 404, who);
      assert.ok(!(await client.get('/api/cases')).json().items.some((i: { id: string }) => i.id === c.id), `${who}: not in list`);
    }
    assert.deepEqual(await caseRow(c.id), before, 'row unchanged');
    // A refused read is a refusal in the trail, never a read (the audited read writes its row only when it serves).
    assert.equal(await trail('case.read'), readsBefore, 'no case.read row for a refused read');
    assert.ok((await trail('access.denied')) >= refusalsBefore + 3, 'each refused read logged as access.denied');
    const admin = await loginAs(t.app, (await createUser(t.ctx, { role: 'admin' })).username);
    assert.equal((await admin.get(`/api/cases/${c.id}`)).statusCode, 404, 'admin is not added to the case');
  });

  it('shows the inquiry\'s reasons and summary on the case to those in scope; the summary is encrypted at rest', async () => {
    const summary = 'Familien planlægger sommerrejse uden returbillet.';
    const { inquiryId, case: c } = await openCase(kons, {
      inquiry: { reasons: ['TRUSLER', 'UFRIVILLIGT_UDLANDSOPHOLD'], summary },
      extra: { responsibleCaseworkerId: cwId },
    });
    assert.deepEqual(c.concern.reasons, ['TRUSLER', 'UFRIVILLIGT_UDLANDSOPHOLD']);
    assert.equal(c.concern.summary, summary);
    const asCaseworker = (await cw.get(`/api/cases/${c.id}`)).json();
    assert.equal(asCaseworker.concern.summary, summary, 'the responsible caseworker sees it too');
    const [stored] = await queryRows<{ summary_enc: string }>(t.ctx.db, sql`SELECT summary_enc FROM inquiries WHERE id = ${inquiryId}`);
    assert.ok(stored!.summary_enc && !stored!.summary_enc.includes('returbillet'), 'not in clear text at rest');
    for (const client of [cwAalborg, cwOther]) {
      const res = await client.get(`/api/cases/${c.id}`);
      assert.equal(res.statusCode, 404);
      assert.doesNotMatch(res.body, /returbillet/);
    }
  });

  it('hands over: the new municipality owns it, the old caseworker loses access, and it is logged', async () => {
    const { case: c } = await openCase(kons, { extra: { responsibleCaseworkerId: cwId } });
    assert.equal((await cw.get(`/api/cases/${c.id}`)).statusCode, 200);
    const bad = await cw.post(`/api/cases/${c.id}/handover`, { municipalityCode: '851', caseworkerId: cwId });
    assert.equal(bad.statusCode, 400, 'the new caseworker must belong to the new municipality');
    const res = await cw.post(`/api/cases/${c.id}/handover`, { municipalityCode: '851', caseworkerId: cwAalborgId, reason: 'Flyttet' });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().responsibleMunicipalityCode, '851');
    assert.equal((await cw.get(`/api/cases/${c.id}`)).statusCode, 404, 'old caseworker out of scope');
    assert.equal((await kons.get(`/api/cases/${c.id}`)).statusCode, 200, 'the consultant was added, so keeps it');
    const now = await cwAalborg.get(`/api/cases/${c.id}`);
    assert.equal(now.statusCode, 200);
    assert.equal(now.json().responsibleCaseworker.id, cwAalborgId);
    const audit = await queryRows<{ details: Record<string, string> }>(t.ctx.db, sql`SELECT details FROM audit_events WHERE event_type = 'case.handed_over' AND case_id = ${c.id}`);
    assert.deepEqual([audit[0]!.details.fromMunicipality, audit[0]!.details.toMunicipality], ['165', '851']);
  });

  it('moves through statuses, closes with reason and evaluation, and reopens', async () => {
    const { case: c } = await openCase(kons);
    assert.equal((await kons.patch(`/api/cases/${c.id}`, { status: 'VURDERING' })).json().status, 'VURDERING');
    assert.equal((await kons.patch(`/api/cases/${c.id}`, { status: 'AFSLUTTET' })).statusCode, 400, 'closing goes through close');
    // DOMAIN.md § 11.4: a minor's case closes only once the duty to notify is recorded (closure.test.ts).
    assert.equal((await kons.post(`/api/cases/${c.id}/duty-to-notify`, { fulfilledAt: todayIso(), notifiedMunicipalityCode: '165' })).statusCode, 200);
    const closed = await kons.post(`/api/cases/${c.id}/close`, { reason: 'Borgeren er i sikkerhed', evaluation: 'God koordinering' });
    assert.equal(closed.statusCode, 200, closed.body);
    assert.equal(closed.json().status, 'AFSLUTTET');
    assert.equal(closed.json().closure.evaluation, 'God koordinering');
    assert.equal((await kons.post(`/api/cases/${c.id}/close`, { reason: 'igen' })).json().error.code, 'case.already_closed');
    const reopened = await kons.post(`/api/cases/${c.id}/reopen`, { reason: 'Ny bekymring' });
    assert.equal(reopened.json().status, 'AABEN');
    assert.equal(reopened.json().closure, null);
    assert.equal((await kons.post(`/api/cases/${c.id}/reopen`, { reason: 'x' })).json().error.code, 'case.not_closed');
  });

  it('lists by scope and filters; masks names of cases the viewer does not take part in', async () => {
    const mine = await openCase(kons, { extra: { followUpDueAt: '2026-01-01', acute: true } });
    const { case: cwCase } = await openCase(cw, { inquiry: { initiatorRole: 'SAGSBEHANDLER' }, citizen: { name: 'Amira Bentsen' } });
    const other = await loginAs(t.app, (await createUser(t.ctx, { role: 'consultant', region: 'Region Hovedstaden' })).username);
    const row = (await other.get('/api/cases?limit=200')).json().items.find((i: { id: string }) => i.id === cwCase.id);
    assert.equal(row.citizenName, 'A. B.');
    assert.equal(row.nameMasked, true);
    const ownRow = (await cw.get('/api/cases')).json().items.find((i: { id: string }) => i.id === cwCase.id);
    assert.equal(ownRow.citizenName, 'Amira Bentsen');
    const konsMine = (await kons.get('/api/cases?scope=mine&limit=200')).json().items.map((i: { id: string }) => i.id);
    assert.ok(konsMine.includes(mine.case.id) && !konsMine.includes(cwCase.id), 'mine = cases I take part in');
    const overdue = (await kons.get('/api/cases?overdue=true&limit=200')).json().items.map((i: { id: string }) => i.id);
    assert.ok(overdue.includes(mine.case.id) && !overdue.includes(cwCase.id));
    const acute = (await kons.get('/api/cases?acute=true&limit=200')).json().items;
    assert.ok(acute.every((i: { acute: boolean }) => i.acute) && acute.some((i: { id: string }) => i.id === mine.case.id));
    assert.equal((await kons.get(`/api/cases?q=${mine.case.caseNumber}`)).json().items[0].id, mine.case.id);
    assert.equal((await kons.get('/api/cases?concernType=AERE&limit=200')).json().items.length, 0);
    assert.ok((await kons.get('/api/cases?concernType=NSK&limit=200')).json().total >= 2);
    await t.ctx.db.execute(sql`UPDATE cases SET current_risk_level = 'HOEJ' WHERE id = ${mine.case.id}`);
    assert.deepEqual((await kons.get('/api/cases?riskLevel=HOEJ')).json().items.map((i: { id: string }) => i.id), [mine.case.id]);
    assert.equal((await kons.get('/api/cases?q=150310-4123')).statusCode, 400, 'no CPR in a query string');
  });

  it('audits every personal-data read with the case id as purpose, and logs CPR searches by blind index only', async () => {
    const { case: c } = await openCase(kons, { citizen: { cpr: '150310-4123' } });
    await kons.get(`/api/cases/${c.id}`);
    await kons.get(`/api/cases/${c.id}/journal`);
    await kons.get(`/api/inquiries/${c.inquiryId}`);
    const reads = await queryRows<{ event_type: string; purpose: string; case_id: string }>(t.ctx.db,
      sql`SELECT event_type, purpose, case_id FROM audit_events WHERE event_type IN ('case.read','journal.read','inquiry.read') AND case_id = ${c.id}`);
    assert.deepEqual(reads.map((r) => r.event_type).sort(), ['case.read', 'inquiry.read', 'journal.read']);
    for (const r of reads) assert.equal(r.purpose, c.id);
    await kons.post('/api/cases/search', { cpr: '1503104123' });
    const search = await queryRows<{ details: Record<string, unknown>; text: string }>(t.ctx.db,
      sql`SELECT details, t::text AS text FROM audit_events t WHERE event_type = 'case.searched' ORDER BY seq DESC LIMIT 1`);
    assert.equal(search[0]!.details.criterion, 'cpr');
    assert.match(String(search[0]!.details.cprIndex), /^[0-9a-f]{64}$/);
    assert.ok(!search[0]!.text.includes('150310') && !search[0]!.text.includes('1503104123'));
  });
});

import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { forEachEngine } from '../../../../test/support/db.js';
import { createUser, loginAs, startTestApp, type Client, type TestApp } from '../../../../test/support/app.js';
import { queryRows } from '../../platform/db/client.js';
import { caseBody, consentBody, cprForAge, inquiryBody } from '../intake/intake.fixtures.js';
import { consentAllows } from './consent.service.js';
import { caseForSystem } from '../case-core/cases.scope.js';
import { systemDb } from '../../platform/db/system.js';

forEachEngine('consent', (engine) => {
  let t: TestApp;
  // consentAllows takes a gated case; the test reads it as an operator would (unscoped, and named so).
  const gated = async (id: string) => (await caseForSystem(systemDb(t.ctx.db), id))!;
  let kons: Client;
  let cw: Client;
  let cwId: string;
  let auditor: Client;
  before(async () => {
    t = await startTestApp(engine);
    kons = await loginAs(t.app, (await createUser(t.ctx, { role: 'consultant', region: 'Region Hovedstaden' })).username);
    const u = await createUser(t.ctx, { role: 'caseworker', municipalityCode: '165' });
    cwId = u.id;
    cw = await loginAs(t.app, u.username);
    auditor = await loginAs(t.app, (await createUser(t.ctx, { role: 'auditor' })).username);
  });
  after(() => t.close());

  const newInquiry = async (client: Client, citizen: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) => {
    const res = await client.post('/api/inquiries', inquiryBody(extra, citizen));
    assert.equal(res.statusCode, 201, res.body);
    return res.json().id as string;
  };

  it('16-year-old: a BORGER consent is refused (409 consent.giver_not_allowed), a custody holder\'s is accepted', async () => {
    const id = await newInquiry(kons, { ageBand: undefined, age: 16 });
    const refused = await kons.post(`/api/inquiries/${id}/consents`, consentBody('BORGER'));
    assert.equal(refused.statusCode, 409);
    assert.equal(refused.json().error.code, 'consent.giver_not_allowed');
    const ok = await kons.post(`/api/inquiries/${id}/consents`, consentBody('FORAELDREMYNDIGHEDSINDEHAVER'));
    assert.equal(ok.statusCode, 201, ok.body);
    assert.equal(ok.json().status, 'AKTIV');
    const viaCpr = await newInquiry(kons, { ageBand: undefined, name: 'Sara Testesen', cpr: cprForAge(16) }, { anonymous: false });
    assert.equal((await kons.post(`/api/inquiries/${viaCpr}/consents`, consentBody('BORGER'))).json().error.code, 'consent.giver_not_allowed');
    assert.equal((await kons.post(`/api/inquiries/${viaCpr}/consents`, consentBody('VAERGE'))).statusCode, 201);
  });

  it('an adult gives consent themselves; a custody holder cannot; an unknown age cannot be decided', async () => {
    const adult = await newInquiry(kons, { ageBand: '25_30' }, { concernTypes: ['AERE'] });
    assert.equal((await kons.post(`/api/inquiries/${adult}/consents`, consentBody('FORAELDREMYNDIGHEDSINDEHAVER'))).json().error.code, 'consent.giver_not_allowed');
    assert.equal((await kons.post(`/api/inquiries/${adult}/consents`, consentBody('BORGER'))).statusCode, 201);
    const unknown = await newInquiry(kons, { ageBand: 'UOPLYST' });
    assert.equal((await kons.post(`/api/inquiries/${unknown}/consents`, consentBody('BORGER'))).json().error.code, 'consent.citizen_age_unknown');
  });

  it('withdrawal stops processing under the scope from then on, keeps the history and is logged', async () => {
    const id = await newInquiry(kons);
    const consentId = (await kons.post(`/api/inquiries/${id}/consents`, consentBody('FORAELDREMYNDIGHEDSINDEHAVER'))).json().id;
    const c = (await kons.post('/api/cases', caseBody(id, {}, { responsibleCaseworkerId: cwId }))).json();
    assert.equal(await consentAllows(t.ctx.db, await gated(c.id), 'RISIKOVURDERING'), true);
    assert.equal(await consentAllows(t.ctx.db, await gated(c.id), 'DELING_POLITI'), false, 'not a scope of the consent');
    const w = await kons.post(`/api/consents/${consentId}/withdraw`, { reason: 'Forældrene trak samtykket' });
    assert.equal(w.statusCode, 200, w.body);
    assert.equal(w.json().status, 'TILBAGEKALDT');
    assert.equal(await consentAllows(t.ctx.db, await gated(c.id), 'RISIKOVURDERING'), false);
    assert.equal((await kons.post(`/api/consents/${consentId}/withdraw`, {})).json().error.code, 'consent.already_withdrawn');
    const view = (await kons.get(`/api/cases/${c.id}`)).json();
    assert.equal(view.consents.length, 1, 'history kept');
    assert.equal(view.consents[0].status, 'TILBAGEKALDT');
    const logged = await queryRows<{ n: number }>(t.ctx.db, sql`SELECT count(*)::int AS n FROM audit_events WHERE event_type = 'consent.withdrawn' AND subject_id = ${consentId} AND case_id = ${c.id}`);
    assert.equal(logged[0]!.n, 1);
    const journal = (await kons.get(`/api/cases/${c.id}/journal`)).json().items;
    assert.ok(journal.some((e: { title: string }) => e.title.startsWith('Samtykke tilbagekaldt')));
  });

  it('once the inquiry has a case, a new consent is judged against the case citizen\'s age, not the inquiry\'s', async () => {
    const id = await newInquiry(kons, { ageBand: '18_24' });
    assert.equal((await kons.post(`/api/inquiries/${id}/consents`, consentBody('VAERGE'))).statusCode, 201);
    const c = await kons.post('/api/cases', caseBody(id, { cpr: cprForAge(16) }, { responsibleCaseworkerId: cwId }));
    assert.equal(c.statusCode, 201, c.body);
    const own = await kons.post(`/api/inquiries/${id}/consents`, consentBody('BORGER'));
    assert.equal(own.statusCode, 409, own.body);
    assert.equal(own.json().error.code, 'consent.giver_not_allowed');
    assert.equal((await kons.post(`/api/inquiries/${id}/consents`, consentBody('FORAELDREMYNDIGHEDSINDEHAVER'))).statusCode, 201);
  });

  it('the risk gate (consentAllows) counts only consents whose giver fits the case citizen\'s current age', async () => {
    const id = await newInquiry(kons, { ageBand: '25_30' }, { concernTypes: ['AERE'] });
    assert.equal((await kons.post(`/api/inquiries/${id}/consents`, consentBody('BORGER'))).statusCode, 201);
    const c = (await kons.post('/api/cases', caseBody(id, { cpr: cprForAge(27) }, { responsibleCaseworkerId: cwId }))).json();
    assert.equal(await consentAllows(t.ctx.db, await gated(c.id), 'RISIKOVURDERING'), true);
    const corrected = await kons.patch(`/api/cases/${c.id}/persons/${c.citizen.id}`, { cpr: cprForAge(16) });
    assert.equal(corrected.statusCode, 200, corrected.body);
    assert.equal(await consentAllows(t.ctx.db, await gated(c.id), 'RISIKOVURDERING'), false, 'a 16-year-old\'s own consent does not cover the risk assessment');
  });

  it('records the day a consent was withdrawn (not in the future, not before it was given) and journals it', async () => {
    const id = await newInquiry(kons);
    const consentId = (await kons.post(`/api/inquiries/${id}/consents`, consentBody('FORAELDREMYNDIGHEDSINDEHAVER'))).json().id;
    const c = (await kons.post('/api/cases', caseBody(id, {}, { responsibleCaseworkerId: cwId }))).json();
    for (const withdrawnAt of ['2099-01-01', '2026-01-11']) {
      const bad = await kons.post(`/api/consents/${consentId}/withdraw`, { withdrawnAt });
      assert.equal(bad.statusCode, 400, withdrawnAt);
      assert.deepEqual(bad.json().error.details.map((d: { path: string }) => d.path), ['body.withdrawnAt'], withdrawnAt);
    }
    const ok = await kons.post(`/api/consents/${consentId}/withdraw`, { withdrawnAt: '2026-01-13', reason: 'Forældrene ringede' });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().withdrawnAt, '2026-01-12T23:00:00.000Z', 'the start of 13 January in Copenhagen');
    assert.equal(ok.json().withdrawalReason, 'Forældrene ringede');
    const journal = (await kons.get(`/api/cases/${c.id}/journal`)).json().items;
    assert.ok(journal.some((e: { title: string }) => e.title.startsWith('Samtykke tilbagekaldt den 13. januar 2026')));
  });

  it('outsiders cannot record or withdraw consents (404, row unchanged)', async () => {
    const id = await newInquiry(kons);
    const consentId = (await kons.post(`/api/inquiries/${id}/consents`, consentBody('FORAELDREMYNDIGHEDSINDEHAVER'))).json().id;
    const other = await loginAs(t.app, (await createUser(t.ctx, { role: 'consultant', region: 'Region Nordjylland' })).username);
    assert.equal((await other.post(`/api/inquiries/${id}/consents`, consentBody('FORAELDREMYNDIGHEDSINDEHAVER'))).statusCode, 404);
    assert.equal((await other.post(`/api/consents/${consentId}/withdraw`, {})).statusCode, 404);
    assert.equal((await cw.post(`/api/consents/${consentId}/withdraw`, {})).statusCode, 404);
    const rows = await queryRows<{ withdrawn_at: unknown }>(t.ctx.db, sql`SELECT withdrawn_at FROM consents WHERE id = ${consentId}`);
    assert.equal(rows[0]!.withdrawn_at, null);
  });

  it('the other door: a caseworker records another legal basis; the case is flagged and the DPO sees metadata only', async () => {
    const id = await newInquiry(cw, {}, { initiatorRole: 'SAGSBEHANDLER' });
    assert.equal((await cw.post('/api/cases', caseBody(id))).json().error.code, 'case.consent_required');
    const basis = {
      basis: 'BARNETS_LOV_MYNDIGHED', scopes: ['KONKRET_SAGSSPARRING', 'RISIKOVURDERING'], decidedBy: 'Afdelingsleder, Børn og Familie',
      decidedAt: '2026-01-12', rationale: 'Forældrene er de frygtede udøvere; samtykke vil bringe barnet i fare.',
    };
    assert.equal((await kons.post(`/api/inquiries/${id}/legal-bases`, basis)).statusCode, 404, 'consultants lack consent.other_legal_basis');
    const lb = await cw.post(`/api/inquiries/${id}/legal-bases`, basis);
    assert.equal(lb.statusCode, 201, lb.body);
    const c = await cw.post('/api/cases', caseBody(id));
    assert.equal(c.statusCode, 201, c.body);
    assert.equal(c.json().otherLegalBasis, true);
    assert.equal(await consentAllows(t.ctx.db, await gated(c.json().id), 'RISIKOVURDERING'), true);
    assert.equal(await consentAllows(t.ctx.db, await gated(c.json().id), 'DELING_POLITI'), false);

    const list = await auditor.get('/api/legal-bases');
    assert.equal(list.statusCode, 200);
    const row = list.json().items.find((i: { id: string }) => i.id === lb.json().id);
    assert.equal(row.caseId, c.json().id);
    assert.equal(row.basis, 'BARNETS_LOV_MYNDIGHED');
    assert.ok(!list.body.includes('Sara') && !list.body.includes('frygtede'), 'no names, no rationale text');
    assert.equal((await cw.get('/api/legal-bases')).statusCode, 404, 'only the auditor role');
    // The DPO's period filter: a period ending before the decision was recorded leaves it out, one around it keeps it.
    const ids = async (q: string) => {
      const res = await auditor.get(`/api/legal-bases?${q}`);
      assert.equal(res.statusCode, 200, res.body);
      return res.json().items.map((i: { id: string }) => i.id);
    };
    assert.ok(!(await ids('from=2020-01-01&to=2020-12-31')).includes(lb.json().id));
    assert.ok((await ids('from=2020-01-01&to=2099-12-31')).includes(lb.json().id));
    const audited = await queryRows<{ n: number }>(t.ctx.db, sql`SELECT count(*)::int AS n FROM audit_events WHERE event_type = 'legal_basis.recorded' AND subject_id = ${lb.json().id}`);
    assert.equal(audited[0]!.n, 1);
  });
});

import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { forEachEngine } from '../../../../test/support/db.js';
import { createUser, loginAs, startTestApp, type Client, type TestApp } from '../../../../test/support/app.js';
import { queryRows } from '../../platform/db/client.js';
import { caseBody, cprForAge, inquiryBody } from '../intake/intake.fixtures.js';
import { caseworkerMissingWork } from '../cases/cases.work.js';
import { inquiryWithoutCaseWork } from '../intake/intake.work.js';
import { actorFor } from '../../../../test/authz/fixtures.js';

/**
 * Issue 9: consent decides who is involved (DOMAIN.md § 11.1). Odense (461) and Frederiksberg (147) have no
 * caseworker accounts at first; the Odense caseworker is created in the middle, as the admin would.
 */
forEachEngine('cases: who is involved', (engine) => {
  let t: TestApp;
  let kons: Client;
  let konsId: string;
  let dpo: Client;
  before(async () => {
    t = await startTestApp(engine);
    const k = await createUser(t.ctx, { role: 'consultant', region: 'Region Syddanmark', displayName: 'Konsulent Syd' });
    konsId = k.id;
    kons = await loginAs(t.app, k.username);
    dpo = await loginAs(t.app, (await createUser(t.ctx, { role: 'auditor' })).username);
  });
  after(() => t.close());

  const consent = (giver: string, scopes: string[]) => ({ giver, scopes, givenAt: '2026-01-12', channel: 'TELEFON' });
  const odense = (citizen: Record<string, unknown> = {}) => inquiryBody({ initiatorMunicipalityCode: '461' }, { municipalityCode: '461', ...citizen });
  const auditRows = (type: string, caseId: string) =>
    queryRows<{ n: number }>(t.ctx.db, sql`SELECT count(*)::int AS n FROM audit_events WHERE event_type = ${type} AND case_id = ${caseId}`);

  it('opens a case with the API.md body (no caseworker) as 201, responsibleCaseworker null, shown as missing in the work queue', async () => {
    const inq = (await kons.post('/api/inquiries', odense())).json().id;
    assert.equal((await kons.post(`/api/inquiries/${inq}/consents`, consent('FORAELDREMYNDIGHEDSINDEHAVER', ['KONKRET_SAGSSPARRING']))).statusCode, 201);
    const res = await kons.post('/api/cases', { inquiryId: inq, responsibleMunicipalityCode: '461', citizen: { name: 'Sara Testesen', gender: 'KVINDE', municipalityCode: '461' } });
    assert.equal(res.statusCode, 201, res.body);
    const c = res.json();
    assert.equal(c.responsibleCaseworker, null);
    assert.deepEqual(c.involvement, { municipality: true, reason: 'SAMTYKKE_SAGSSPARRING' });
    const work = await caseworkerMissingWork(t.ctx.db, await actorFor(t.ctx, konsId));
    const item = work.find((w) => w.caseId === c.id);
    assert.ok(item, 'the case is in the consultant\'s work queue');
    assert.equal(item.kind, 'CASEWORKER_MISSING');
    assert.match(item.title, /Odense Kommunes ansvarlige sagsbehandler mangler/);
    assert.ok(!item.title.includes('Sara'));
    // Another consultant of the region sees the case, but does not work on it: not their work.
    const colleague = await createUser(t.ctx, { role: 'consultant', region: 'Region Syddanmark' });
    assert.ok(!(await caseworkerMissingWork(t.ctx.db, await actorFor(t.ctx, colleague.id))).some((w) => w.caseId === c.id));
  });

  it('names the municipality\'s caseworker as an external contact, encrypted at rest; linking an account later replaces it, audited', async () => {
    const inq = (await kons.post('/api/inquiries', inquiryBody({ initiatorMunicipalityCode: '147' }, { municipalityCode: '147' }))).json().id;
    await kons.post(`/api/inquiries/${inq}/consents`, consent('FORAELDREMYNDIGHEDSINDEHAVER', ['KONKRET_SAGSSPARRING']));
    const contact = { name: 'Birgitte Kontaktsen', department: 'Børn og Familie', phone: '+45 38 21 00 00', email: 'bk@frederiksberg.example' };
    const res = await kons.post('/api/cases', caseBody(inq, { municipalityCode: '147' }, { responsibleMunicipalityCode: '147', responsibleCaseworker: contact }));
    assert.equal(res.statusCode, 201, res.body);
    const c = res.json();
    assert.deepEqual(c.responsibleCaseworker, { id: null, displayName: contact.name, hasAccount: false, department: contact.department, phone: contact.phone, email: contact.email });
    const [raw] = await queryRows<{ enc: string }>(t.ctx.db, sql`SELECT responsible_contact_enc AS enc FROM cases WHERE id = ${c.id}`);
    assert.ok(raw!.enc && !raw!.enc.includes('Birgitte') && !raw!.enc.includes('frederiksberg'), 'encrypted at rest');
    assert.equal((await caseworkerMissingWork(t.ctx.db, await actorFor(t.ctx, konsId))).some((w) => w.caseId === c.id), false, 'an external contact is a caseworker');

    const both = await kons.post('/api/cases', caseBody(inq, {}, { responsibleCaseworker: contact, responsibleCaseworkerId: konsId }));
    assert.equal(both.statusCode, 400);

    // Frederiksberg gets a Skjold user: linking her replaces the contact.
    const fcw = await createUser(t.ctx, { role: 'caseworker', municipalityCode: '147', displayName: 'Sagsbehandler Frederiksberg' });
    const fClient = await loginAs(t.app, fcw.username);
    assert.equal((await fClient.get(`/api/cases/${c.id}`)).statusCode, 404, 'not a participant yet');
    const linked = await kons.put(`/api/cases/${c.id}/responsible-caseworker`, { caseworkerId: fcw.id });
    assert.equal(linked.statusCode, 200, linked.body);
    assert.deepEqual(linked.json().responsibleCaseworker, { id: fcw.id, displayName: 'Sagsbehandler Frederiksberg', hasAccount: true, department: null, phone: null, email: null });
    const [after] = await queryRows<{ enc: string | null }>(t.ctx.db, sql`SELECT responsible_contact_enc AS enc FROM cases WHERE id = ${c.id}`);
    assert.equal(after!.enc, null, 'the external contact is gone');
    assert.equal((await auditRows('case.responsible_set', c.id))[0]!.n, 1);
    assert.equal((await fClient.get(`/api/cases/${c.id}`)).statusCode, 200, 'she now sees the case');
    const journal = (await kons.get(`/api/cases/${c.id}/journal`)).json();
    assert.ok(journal.items.some((e: { title: string }) => e.title.includes('Sagsbehandler Frederiksberg') && e.title.includes('uden adgang til Skjold')), 'the journal says who replaced whom');

    // Handover to an external contact in another municipality: the account loses its participation.
    const handed = await kons.post(`/api/cases/${c.id}/handover`, { municipalityCode: '461', caseworker: { name: 'Ole Odense', department: 'Familieafdelingen' }, reason: 'Borgeren er flyttet til Odense' });
    assert.equal(handed.statusCode, 200, handed.body);
    assert.equal(handed.json().responsibleCaseworker.hasAccount, false);
    assert.equal(handed.json().responsibleCaseworker.displayName, 'Ole Odense');
    assert.equal((await fClient.get(`/api/cases/${c.id}`)).statusCode, 404);
  });

  it('a direct-advice-only case is the consultant\'s alone until consent to sparring; withdrawal removes the caseworker\'s access again, logged', async () => {
    const inq = (await kons.post('/api/inquiries', odense({ ageBand: '18_24' }))).json().id;
    assert.equal((await kons.post(`/api/inquiries/${inq}/consents`, consent('BORGER', ['DIREKTE_RAADGIVNING']))).statusCode, 201);
    const created = await kons.post('/api/cases', caseBody(inq, { cpr: cprForAge(24), municipalityCode: '461' }, { responsibleMunicipalityCode: '461' }));
    assert.equal(created.statusCode, 201, created.body);
    const c = created.json();
    assert.deepEqual(c.involvement, { municipality: false, reason: 'KUN_DIREKTE_RAADGIVNING' });
    assert.ok(!(await caseworkerMissingWork(t.ctx.db, await actorFor(t.ctx, konsId))).some((w) => w.caseId === c.id),
      'nobody at the municipality is missing on a case that is the consultant\'s alone');

    // Odense gets a caseworker account; she cannot be put on the case, and the case does not exist for her.
    const ocw = await createUser(t.ctx, { role: 'caseworker', municipalityCode: '461', displayName: 'Sagsbehandler Odense' });
    const oClient = await loginAs(t.app, ocw.username);
    for (const [what, res] of [
      ['participant', await kons.post(`/api/cases/${c.id}/participants`, { userId: ocw.id, participantRole: 'CASEWORKER' })],
      ['responsible', await kons.put(`/api/cases/${c.id}/responsible-caseworker`, { caseworkerId: ocw.id })],
      ['handover', await kons.post(`/api/cases/${c.id}/handover`, { municipalityCode: '461', caseworkerId: ocw.id, reason: 'Borgeren er flyttet' })],
    ] as const) {
      assert.equal(res.statusCode, 409, `${what}: ${res.body}`);
      assert.equal(res.json().error.code, 'case.municipality_not_involved');
      assert.match(res.json().error.message, /kun samtykke til direkte rådgivning/);
    }
    // Even as a participant (rows written directly) she is out: identical to a case that does not exist.
    await t.ctx.db.execute(sql`INSERT INTO case_participants (case_id, user_id, participant_role) VALUES (${c.id}, ${ocw.id}, 'CASEWORKER')`);
    const hidden = await oClient.get(`/api/cases/${c.id}`);
    const missing = await oClient.get('/api/cases/00000000-0000-4000-8000-000000000000');
    assert.equal(hidden.statusCode, 404);
    assert.equal(hidden.body, missing.body);
    assert.equal((await oClient.get(`/api/inquiries/${inq}`)).statusCode, 404, 'nor its inquiry');
    assert.equal((await oClient.get('/api/cases')).json().items.some((x: { id: string }) => x.id === c.id), false, 'nor in her list');
    await t.ctx.db.execute(sql`DELETE FROM case_participants WHERE case_id = ${c.id} AND user_id = ${ocw.id}`);

    // The citizen consents to sparring with the municipality: now she can be named, and sees case and inquiry.
    const sparring = await kons.post(`/api/inquiries/${inq}/consents`, consent('BORGER', ['KONKRET_SAGSSPARRING']));
    assert.equal(sparring.statusCode, 201);
    assert.equal((await kons.put(`/api/cases/${c.id}/responsible-caseworker`, { caseworkerId: ocw.id })).statusCode, 200);
    const seen = await oClient.get(`/api/cases/${c.id}`);
    assert.equal(seen.statusCode, 200);
    assert.deepEqual(seen.json().involvement, { municipality: true, reason: 'SAMTYKKE_SAGSSPARRING' });
    assert.equal((await oClient.get(`/api/inquiries/${inq}`)).statusCode, 200);

    // Withdrawn: from then on she is out again, and the trail and the journal say so.
    assert.equal((await kons.post(`/api/consents/${sparring.json().id}/withdraw`, { reason: 'Borgeren ønsker det ikke længere' })).statusCode, 200);
    assert.equal((await oClient.get(`/api/cases/${c.id}`)).statusCode, 404);
    assert.equal((await auditRows('case.involvement_ended', c.id))[0]!.n, 1);
    const after = (await kons.get(`/api/cases/${c.id}`)).json();
    assert.deepEqual(after.involvement, { municipality: false, reason: 'KUN_DIREKTE_RAADGIVNING' });
    const journal = (await kons.get(`/api/cases/${c.id}/journal`)).json();
    assert.ok(journal.items.some((e: { title: string }) => e.title === 'Kommunens adgang til sagen er ophørt: samtykket til konkret sagssparring er tilbagekaldt'));
  });

  it('the municipality\'s decision recorded from the phone opens the case without a parental consent, flagged and in the DPO list; the caseworker sees the inquiry and its screening', async () => {
    const inq = (await kons.post('/api/inquiries', odense())).json().id;
    assert.equal((await kons.post(`/api/inquiries/${inq}/screenings`, { outcome: 'HANDLING', rationale: 'Lejrskole nægtet; rejse uden returbillet', answers: {} })).statusCode, 201);
    const refused = await kons.post('/api/cases', caseBody(inq, { municipalityCode: '461' }, { responsibleMunicipalityCode: '461' }));
    assert.equal(refused.statusCode, 409);
    assert.equal(refused.json().error.code, 'case.consent_required');
    assert.match(refused.json().error.message, /Kommunens beslutning/, 'says what a consultant can do');
    assert.deepEqual(refused.json().error.details.map((d: { path: string }) => d.path), ['inquiry.consents', 'inquiry.municipalDecisions']);

    const decision = {
      decidedBy: 'Hanne Leder', decidedByRole: 'Afdelingsleder, Børn og Familie', municipalityCode: '461',
      legalReference: 'Barnets lov § 20', decidedAt: '2026-01-12', rationale: 'Forældrene er de frygtede gerningspersoner; samtykke vil bringe barnet i fare.',
    };
    const bad = await kons.post(`/api/inquiries/${inq}/municipal-decisions`, { ...decision, municipalityCode: '999' });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(bad.json().error.details.map((d: { path: string }) => d.path), ['body.municipalityCode']);
    const recorded = await kons.post(`/api/inquiries/${inq}/municipal-decisions`, decision);
    assert.equal(recorded.statusCode, 201, recorded.body);
    assert.equal(recorded.json().municipalDecision, true);
    assert.equal(recorded.json().legalReference, 'Barnets lov § 20');

    const ocw = await createUser(t.ctx, { role: 'caseworker', municipalityCode: '461' });
    const oClient = await loginAs(t.app, ocw.username);
    // The caseworker of a municipality records its own legal basis through "Anden hjemmel", not this route.
    assert.equal((await oClient.post(`/api/inquiries/${inq}/municipal-decisions`, decision)).statusCode, 404);

    const opened = await kons.post('/api/cases', caseBody(inq, { municipalityCode: '461' }, { responsibleMunicipalityCode: '461', responsibleCaseworkerId: ocw.id }));
    assert.equal(opened.statusCode, 201, opened.body);
    const c = opened.json();
    assert.equal(c.otherLegalBasis, true);
    assert.deepEqual(c.involvement, { municipality: true, reason: 'ANDEN_HJEMMEL' });
    assert.equal(c.consents.length, 0, 'no parental consent was recorded');

    const list = (await dpo.get('/api/legal-bases')).json().items;
    const row = list.find((r: { inquiryId: string }) => r.inquiryId === inq);
    assert.ok(row, 'in the DPO list');
    assert.equal(row.municipalDecision, true);
    assert.equal(row.decidedByMunicipalityCode, '461');
    assert.equal(row.decidedByRole, 'Afdelingsleder, Børn og Familie');
    assert.equal(row.recordedByRole, 'consultant');
    assert.equal(row.caseId, c.id);
    assert.ok(!JSON.stringify(row).includes('Hanne') && !JSON.stringify(row).includes('gerningspersoner'), 'metadata only');

    // The inquiry follows the case: the responsible caseworker reads it and its screening (no second registration).
    const seen = await oClient.get(`/api/inquiries/${inq}`);
    assert.equal(seen.statusCode, 200);
    assert.equal(seen.json().caseId, c.id);
    const screenings = await oClient.get(`/api/inquiries/${inq}/screenings`);
    assert.equal(screenings.statusCode, 200);
    assert.equal(screenings.json().screenings.length, 1);
  });

  it('lists an inquiry without a case after 14 days in the consultant\'s work queue', async () => {
    const old = new Date(Date.now() - 15 * 86_400_000).toISOString();
    const fresh = (await kons.post('/api/inquiries', odense({ name: 'Ny Person' }))).json().id;
    const stale = (await kons.post('/api/inquiries', { ...odense(), receivedAt: old, anonymous: false, citizen: { ageBand: '15_17', gender: 'KVINDE', municipalityCode: '461', name: 'Gammel Sag' } })).json().id;
    const anonymousAdvice = (await kons.post('/api/inquiries', { ...odense(), receivedAt: old })).json().id;
    const work = await inquiryWithoutCaseWork(t.ctx.db, await actorFor(t.ctx, konsId));
    const ids = work.map((w) => w.href);
    assert.ok(ids.includes(`/henvendelser/${stale}`));
    assert.ok(!ids.includes(`/henvendelser/${fresh}`));
    assert.ok(!ids.includes(`/henvendelser/${anonymousAdvice}`), 'anonymous advice only is not work');
    const item = work.find((w) => w.href === `/henvendelser/${stale}`)!;
    assert.equal(item.kind, 'INQUIRY_WITHOUT_CASE');
    assert.equal(item.overdue, true);
    assert.ok(!item.title.includes('Gammel'));
    const other = await createUser(t.ctx, { role: 'caseworker', municipalityCode: '461' });
    assert.deepEqual(await inquiryWithoutCaseWork(t.ctx.db, await actorFor(t.ctx, other.id)), []);
  });

  it('caseworker-options lists a municipality\'s caseworkers only to callers who may assign them', async () => {
    const a = await createUser(t.ctx, { role: 'caseworker', municipalityCode: '165', displayName: 'Sagsbehandler Albertslund' });
    const aClient = await loginAs(t.app, a.username);
    await createUser(t.ctx, { role: 'caseworker', municipalityCode: '851', displayName: 'Sagsbehandler Aalborg' });
    const own = (await aClient.get('/api/cases/caseworker-options?municipalityCode=165')).json().items;
    assert.ok(own.some((u: { displayName: string }) => u.displayName === 'Sagsbehandler Albertslund'));
    const other = await aClient.get('/api/cases/caseworker-options?municipalityCode=851');
    assert.equal(other.statusCode, 200);
    assert.deepEqual(other.json().items, [], 'no staff names of another municipality');
    // The consultant (Region Syddanmark) may assign in their region, and outside it only where they serve the
    // municipality: an unopened inquiry of theirs from it, or a case in it they take part in.
    const names = async (code: string) => (await kons.get(`/api/cases/caseworker-options?municipalityCode=${code}`)).json().items.map((u: { displayName: string }) => u.displayName);
    await createUser(t.ctx, { role: 'caseworker', municipalityCode: '461', displayName: 'Sagsbehandler Odense' });
    await createUser(t.ctx, { role: 'caseworker', municipalityCode: '751', displayName: 'Sagsbehandler Aarhus' });
    assert.ok((await names('461')).includes('Sagsbehandler Odense'), 'their own region');
    assert.deepEqual(await names('851'), [], 'no staff names of a municipality outside the region they do not serve');
    assert.deepEqual(await names('751'), []);
    const inq = (await kons.post('/api/inquiries', inquiryBody({ initiatorMunicipalityCode: '751' }, { municipalityCode: '751' }))).json().id;
    assert.deepEqual(await names('751'), ['Sagsbehandler Aarhus'], 'an inquiry from Aarhus on their desk: they may name its caseworker');
    await kons.post(`/api/inquiries/${inq}/consents`, consent('FORAELDREMYNDIGHEDSINDEHAVER', ['KONKRET_SAGSSPARRING']));
    const opened = await kons.post('/api/cases', caseBody(inq, { municipalityCode: '751' }, { responsibleMunicipalityCode: '751' }));
    assert.equal(opened.statusCode, 201, opened.body);
    assert.deepEqual(await names('751'), ['Sagsbehandler Aarhus'], 'and on the case they now take part in');
    // Handed over to Aalborg (an external contact: the consultant may not list Aalborg's staff yet), the case makes
    // Aalborg a municipality the consultant serves, so its caseworker account can be linked.
    const handed = await kons.post(`/api/cases/${opened.json().id}/handover`, { municipalityCode: '851', caseworker: { name: 'Kontakt Aalborg' }, reason: 'Flyttet' });
    assert.equal(handed.statusCode, 200, handed.body);
    assert.deepEqual(await names('851'), ['Sagsbehandler Aalborg']);
    const team = await loginAs(t.app, (await createUser(t.ctx, { role: 'municipal_team', municipalityCode: '165' })).username);
    assert.equal((await team.get('/api/cases/caseworker-options?municipalityCode=165')).statusCode, 404);
  });
});

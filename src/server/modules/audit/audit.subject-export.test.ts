import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { forEachEngine } from '../../../../test/support/db.js';
import { createUser, loginAs, startTestApp, type Client, type TestApp } from '../../../../test/support/app.js';
import { excludeUser } from '../../../../test/support/factories.js';
import { caseBody, consentBody, cprForAge, inquiryBody } from '../intake/intake.fixtures.js';

// Synthetic adults, so the citizen's own consent is enough.
const CPR = cprForAge(30, '123');
const OTHER_CPR = cprForAge(31, '456');

forEachEngine('audit: a person\'s data-subject log covers their cases and inquiry', (engine) => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp(engine);
  });
  after(() => t.close());

  /** Inquiry, consent and case through the API, as a consultant does it (naming Albertslund's caseworker as
   * responsible, which a consultant must); returns the case view. */
  let caseworkerId: string | undefined;
  async function openCase(kons: Client, citizen: Record<string, unknown>) {
    caseworkerId ??= (await createUser(t.ctx, { role: 'caseworker', municipalityCode: '165' })).id;
    const inq = await kons.post('/api/inquiries', inquiryBody({ anonymous: false }, { ageBand: undefined, name: 'Sara Testesen', ...citizen }));
    assert.equal(inq.statusCode, 201, inq.body);
    const consent = await kons.post(`/api/inquiries/${inq.json().id}/consents`, consentBody('BORGER'));
    assert.equal(consent.statusCode, 201, consent.body);
    const c = await kons.post('/api/cases', caseBody(inq.json().id, citizen, { responsibleCaseworkerId: caseworkerId }));
    assert.equal(c.statusCode, 201, c.body);
    return { ...c.json(), inquiryId: inq.json().id as string };
  }

  const copenhagenToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date());

  it('shows the consultant\'s read of the case with its date and case number, and never who read it', async () => {
    const konsUser = await createUser(t.ctx, { role: 'consultant', region: 'Region Hovedstaden', displayName: 'Kirsten Konsulent' });
    const kons = await loginAs(t.app, konsUser.username);
    const first = await openCase(kons, { cpr: CPR });
    const second = await openCase(kons, { cpr: CPR }); // the same citizen again, in a later case
    const unrelated = await openCase(kons, { cpr: OTHER_CPR });
    for (const c of [first, second, unrelated]) assert.equal((await kons.get(`/api/cases/${c.id}`)).statusCode, 200);
    assert.equal((await kons.post('/api/cases/search', { cpr: CPR })).statusCode, 200);

    const auditorUser = await createUser(t.ctx, { role: 'auditor', displayName: 'Dorte DPO' });
    const auditor = await loginAs(t.app, auditorUser.username);
    const res = await auditor.get(`/api/audit/subjects/person/${first.citizen.id}/export`);
    assert.equal(res.statusCode, 200, res.body);
    const entries: { date: string; eventLabel: string; useType: string; caseNumber: string | null }[] = res.json().entries;
    const line = (e: (typeof entries)[number]) => `${e.eventLabel}|${e.useType}|${e.caseNumber ?? '-'}`;
    const lines = entries.map(line);
    for (const expected of [
      `Sag læst|read|${first.caseNumber}`,
      `Sag læst|read|${second.caseNumber}`,
      `Sag oprettet|create|${first.caseNumber}`,
      'Sager søgt (CPR)|search|-',
    ]) assert.ok(lines.includes(expected), `${expected} in ${lines.join(', ')}`);
    assert.ok(lines.some((l) => l.startsWith('Henvendelse registreret|create')), 'the inquiry behind the case');
    assert.ok(lines.some((l) => l.startsWith('Samtykke registreret|create')), 'the consent given before the case existed');
    const read = entries.find((e) => line(e) === `Sag læst|read|${first.caseNumber}`)!;
    assert.equal(read.date, copenhagenToday());
    // Issue 8: the purposes the real routes wrote read in Danish, never as an id or a code.
    assert.equal((read as { purpose?: string }).purpose, `Sagsbehandling, sag ${first.caseNumber}`);
    for (const e of res.json().entries as { purpose: string | null; eventLabel: string }[]) {
      assert.ok(e.purpose, `a purpose for ${e.eventLabel}`);
      assert.doesNotMatch(e.purpose!, /[0-9a-f]{8}-[0-9a-f]{4}-|^[a-z]+[-_:][a-z]|^inquiry:/, `${e.eventLabel}: ${e.purpose}`);
    }
    assert.ok(entries.some((e) => (e as { purpose?: string }).purpose === 'Søgning efter sag på CPR-nummer'), 'the CPR search, in Danish');
    assert.ok(!res.body.includes(unrelated.caseNumber), 'another person\'s case stays out');

    const csv = await auditor.get(`/api/audit/subjects/person/${first.citizen.id}/export?format=csv`);
    assert.equal(csv.statusCode, 200);
    assert.ok(csv.body.includes(`"Sag læst";`) && csv.body.includes(`"${first.caseNumber}"`), 'the CSV has the read and its case number');
    for (const body of [res.body, csv.body]) {
      for (const needle of [konsUser.id, konsUser.username, 'Kirsten', auditorUser.id, auditorUser.username, 'Dorte']) {
        assert.ok(!body.includes(needle), `no employee in the export (${needle})`);
      }
    }
  });

  it('shows the DPO in Danish why a case was refused: excluded from the case, outside the area', async () => {
    const kons = await loginAs(t.app, (await createUser(t.ctx, { role: 'consultant', region: 'Region Hovedstaden' })).username);
    const c = await openCase(kons, { cpr: cprForAge(33, '321') });
    const excludedUser = await createUser(t.ctx, { role: 'consultant', region: 'Region Hovedstaden' });
    await excludeUser(t.ctx, c.id, excludedUser.id);
    const outsider = await createUser(t.ctx, { role: 'caseworker', municipalityCode: '851' });
    assert.equal((await (await loginAs(t.app, excludedUser.username)).get(`/api/cases/${c.id}`)).statusCode, 404);
    assert.equal((await (await loginAs(t.app, outsider.username)).get(`/api/cases/${c.id}/journal`)).statusCode, 404);
    const auditor = await loginAs(t.app, (await createUser(t.ctx, { role: 'auditor' })).username);
    const trail = await auditor.get(`/api/audit/events?caseId=${c.id}&eventType=access.denied`);
    assert.equal(trail.statusCode, 200, trail.body);
    const byActor = Object.fromEntries(trail.json().items.map((i: { actor: { userId: string }; purpose: string }) => [i.actor.userId, i.purpose]));
    assert.equal(byActor[excludedUser.id], 'Adgang nægtet: udelukket fra sagen');
    assert.equal(byActor[outsider.id], 'Adgang nægtet: uden for område');
  });

  it('answers 404 to an auditor excluded from one of the person\'s cases', async () => {
    const kons = await loginAs(t.app, (await createUser(t.ctx, { role: 'consultant', region: 'Region Hovedstaden' })).username);
    const c = await openCase(kons, { cpr: cprForAge(32, '789') });
    const auditorUser = await createUser(t.ctx, { role: 'auditor' });
    await excludeUser(t.ctx, c.id, auditorUser.id);
    const auditor = await loginAs(t.app, auditorUser.username);
    const res = await auditor.get(`/api/audit/subjects/person/${c.citizen.id}/export`);
    assert.equal(res.statusCode, 404, res.body);
  });
});

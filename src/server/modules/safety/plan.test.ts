import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { extractText, getDocumentProxy } from 'unpdf';
import { forEachEngine } from '../../../../test/support/db.js';
import { createUser, loginAs, startTestApp, type Client, type TestApp } from '../../../../test/support/app.js';
import { queryRows } from '../../platform/db/client.js';
import { openCase } from '../cases/cases.testkit.js';
import { todayIso } from '../../shared/codes.js';
import { isoPlusDays } from './safety.testkit.js';

forEachEngine('safety: the safety plan and the sealed safe contact', (engine) => {
  let t: TestApp;
  let kons: Client;
  let regionPeer: Client;
  let auditor: Client;
  before(async () => {
    t = await startTestApp(engine);
    await createUser(t.ctx, { role: 'caseworker', municipalityCode: '165' });
    kons = await loginAs(t.app, (await createUser(t.ctx, { role: 'consultant', region: 'Region Hovedstaden', displayName: 'Konsulent Hansen' })).username);
    // Sees the region's cases, but takes no part in this one: no reveal control.
    regionPeer = await loginAs(t.app, (await createUser(t.ctx, { role: 'consultant', region: 'Region Hovedstaden' })).username);
    auditor = await loginAs(t.app, (await createUser(t.ctx, { role: 'auditor' })).username);
  });
  after(() => t.close());

  it('every case has a plan from the first call (version 0), before any assessment; saves are versioned, stale → 409', async () => {
    const { case: c } = await openCase(kons, { extra: { persons: [{ role: 'TILLIDSPERSON', name: 'Moster Amina', relation: 'moster', abroad: true, country: 'DE' }] } });
    const empty = await kons.get(`/api/cases/${c.id}/safety-plan`);
    assert.equal(empty.statusCode, 200, empty.body);
    assert.deepEqual([empty.json().version, empty.json().content.citizenWords, empty.json().safeContact.recorded], [0, '', false]);
    assert.equal(empty.json().content.digitalSafety.items.NYT_SIMKORT.status, null);

    const person = (await kons.get(`/api/cases/${c.id}`)).json().persons.find((p: { role: string }) => p.role === 'TILLIDSPERSON');
    const content = {
      citizenWords: 'Jeg vil ikke giftes. Jeg vil blive færdig med gymnasiet.',
      danger: { whatToDo: 'Ring 112 og gå ned til naboen', whereToGo: 'Biblioteket på Hovedgaden' },
      trustedPersons: [{ personId: person.id, howToReach: 'Ring efter kl. 20', note: '' }],
      digitalSafety: { items: { TELEFON_SPORING: { status: 'UDFOERT', on: todayIso() }, NYT_SIMKORT: { status: 'IKKE_RELEVANT', on: todayIso() } }, note: '' },
      agreedOn: todayIso(),
    };
    const first = await kons.put(`/api/cases/${c.id}/safety-plan`, { version: 0, content });
    assert.equal(first.statusCode, 200, first.body);
    assert.equal(first.json().version, 1);
    assert.deepEqual([first.json().trustedPersons[0].name, first.json().trustedPersons[0].abroad, first.json().trustedPersons[0].country], ['Moster Amina', true, 'DE']);
    assert.equal(first.json().content.digitalSafety.items.ADGANGSKODER_KONTI.status, null, 'unanswered items default');

    const stale = await kons.put(`/api/cases/${c.id}/safety-plan`, { version: 0, content });
    assert.equal(stale.statusCode, 409);
    assert.deepEqual([stale.json().error.code, stale.json().error.currentVersion], ['conflict.stale', 1]);
    assert.equal((await kons.put(`/api/cases/${c.id}/safety-plan`, { version: 1, content })).json().version, 2);

    const bad = await kons.put(`/api/cases/${c.id}/safety-plan`, {
      version: 2,
      content: { ...content, trustedPersons: [{ personId: '00000000-0000-4000-8000-000000000000' }], agreedOn: isoPlusDays(3), digitalSafety: { items: { SOCIALE_MEDIER: { status: 'UDFOERT', on: isoPlusDays(2) } } } },
    });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(bad.json().error.details.map((d: { path: string }) => d.path).sort(), [
      'body.content.agreedOn', 'body.content.digitalSafety.items.SOCIALE_MEDIER.on', 'body.content.trustedPersons.0.personId',
    ]);
    assert.equal((await kons.get(`/api/cases/${c.id}/safety-plan`)).json().version, 2, 'nothing half-written');
    const stored = await queryRows<{ t: string }>(t.ctx.db, sql`SELECT t::text AS t FROM safety_plans t WHERE case_id = ${c.id}`);
    assert.ok(!stored[0]!.t.includes('gymnasiet') && !stored[0]!.t.includes('Biblioteket'), 'sealed at rest');
    const noDigital = await kons.put(`/api/cases/${c.id}/safety-plan`, { version: 2, content: { digitalSafety: { items: { NYT_SIMKORT: { status: 'KLAR' } } } } });
    assert.equal(noDigital.statusCode, 400);
    assert.ok(noDigital.json().error.details.some((d: { path: string }) => d.path.includes('NYT_SIMKORT')), noDigital.body);
  });

  it('the safe contact: GET shows only that it is recorded; reveal needs a purpose and a role on the case, and the DPO sees it', async () => {
    const { case: c } = await openCase(kons);
    const put = await kons.put(`/api/cases/${c.id}/safety-plan/safe-contact`, { codeWord: 'Appelsinblomst', safeNumber: '+45 20 30 40 50', safeTimes: 'Tirsdag 15–16', notes: 'Spørg efter Lise' });
    assert.equal(put.statusCode, 200, put.body);
    assert.ok(!put.body.includes('Appelsinblomst'));
    const plan = await kons.get(`/api/cases/${c.id}/safety-plan`);
    assert.deepEqual([plan.json().safeContact.recorded, plan.json().safeContact.canReveal], [true, true]);
    assert.ok(!plan.body.includes('Appelsinblomst') && !plan.body.includes('20 30 40 50'));

    const noPurpose = await kons.post(`/api/cases/${c.id}/safety-plan/safe-contact/reveal`, {});
    assert.equal(noPurpose.statusCode, 400);
    assert.equal(noPurpose.json().error.details[0].path, 'body.purpose');
    const peerPlan = (await regionPeer.get(`/api/cases/${c.id}/safety-plan`)).json();
    assert.deepEqual([peerPlan.safeContact.recorded, peerPlan.safeContact.canReveal], [true, false], 'no reveal control without a role on the case');
    const peer = await regionPeer.post(`/api/cases/${c.id}/safety-plan/safe-contact/reveal`, { purpose: 'Nysgerrig' });
    assert.equal(peer.statusCode, 403);
    assert.ok(!peer.body.includes('Appelsinblomst'));

    const shown = await kons.post(`/api/cases/${c.id}/safety-plan/safe-contact/reveal`, { purpose: 'Borgeren ringer fra et nyt nummer' });
    assert.equal(shown.statusCode, 200, shown.body);
    assert.deepEqual([shown.json().codeWord, shown.json().safeNumber, shown.json().safeTimes], ['Appelsinblomst', '+45 20 30 40 50', 'Tirsdag 15–16']);
    assert.equal(shown.headers['cache-control'], 'no-store');

    const log = await auditor.get(`/api/cases/${c.id}/access-log`);
    assert.equal(log.statusCode, 200, log.body);
    const reveals = JSON.stringify(log.json()).match(/safety\.safe_contact_revealed/g) ?? [];
    assert.equal(reveals.length, 1, 'one reveal, one event (the refused one left none)');
    assert.ok(JSON.stringify(log.json()).includes('Borgeren ringer fra et nyt nummer'), 'with its purpose');
    assert.ok(!JSON.stringify(log.json()).includes('Appelsinblomst'));
  });

  it('prints as a PDF marked confidential, with page numbers and who exported it, and without the safe contact', async () => {
    const { case: c } = await openCase(kons);
    await kons.put(`/api/cases/${c.id}/safety-plan`, { version: 0, content: { citizenWords: 'Jeg vil bo hos min moster', danger: { whatToDo: 'Ring 112', whereToGo: 'Naboen i nr. 4' } } });
    await kons.put(`/api/cases/${c.id}/safety-plan/safe-contact`, { codeWord: 'Appelsinblomst', safeNumber: '+45 20 30 40 50' });
    const res = await kons.get(`/api/cases/${c.id}/safety-plan.pdf`);
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'application/pdf');
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(res.rawPayload)), { mergePages: true });
    for (const expected of ['FORTROLIGT', 'Side 1 af', 'Udskrevet af Konsulent Hansen', 'Jeg vil bo hos min moster', 'Naboen i nr. 4', 'Ring 112']) {
      assert.ok(text.includes(expected), `"${expected}" in the PDF`);
    }
    assert.ok(!text.includes('Appelsinblomst') && !text.includes('20 30 40 50') && !/kodeord/i.test(text), 'no safe contact in the PDF');
  });
});

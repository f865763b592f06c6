import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { extractText, getDocumentProxy } from 'unpdf';
import { forEachEngine } from '../../../../test/support/db.js';
import { countRows, createUser, loginAs, startTestApp, type Client, type TestApp } from '../../../../test/support/app.js';
import { fieldCryptoFor } from '../../platform/crypto/fields.js';
import { queryRows } from '../../platform/db/client.js';
import { openCase } from '../cases/cases.testkit.js';
import { fullContent } from './risk.fixtures.js';

/** Cases opened through intake's API (with persons and a CPR number): who the assessment names, prints and tells. */
forEachEngine('risk: persons, PDF and who is informed', (engine) => {
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

  const caseWithPersons = async () => (await openCase(kons, {
    citizen: { cpr: '150310-4123' },
    extra: { persons: [{ role: 'MULIG_GERNINGSPERSON', name: 'Karim Testesen', relation: 'Far' }, { role: 'MULIGT_OFFER', name: 'Lina Testesen', relation: 'Søster' }] },
  })).case;
  const personOf = (c: { persons: { id: string; role: string }[] }, role: string) => c.persons.find((p) => p.role === role)!.id;

  async function signed(caseId: string, content = fullContent()) {
    const a = (await kons.post(`/api/cases/${caseId}/assessments`)).json();
    assert.equal((await kons.put(`/api/cases/${caseId}/assessments/${a.id}`, { content })).statusCode, 200);
    const done = await kons.post(`/api/cases/${caseId}/assessments/${a.id}/complete`);
    assert.equal(done.statusCode, 200, done.body);
    return done.json();
  }

  it("perpetrators and likely victims may point at the case's own persons only: another case's person is 400 naming the field", async () => {
    const c = await caseWithPersons();
    const other = await caseWithPersons();
    const a = (await kons.post(`/api/cases/${c.id}/assessments`)).json();
    const content = fullContent();
    content.perpetrators[0]!.personId = personOf(c, 'MULIG_GERNINGSPERSON');
    content.conclusions.likelyVictims[1]!.personId = personOf(c, 'MULIGT_OFFER');
    const ok = await kons.put(`/api/cases/${c.id}/assessments/${a.id}`, { content });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().content.perpetrators[0].personId, personOf(c, 'MULIG_GERNINGSPERSON'));

    const foreign = structuredClone(content);
    foreign.perpetrators[1]!.personId = personOf(other, 'MULIG_GERNINGSPERSON');
    foreign.conclusions.likelyVictims[0]!.personId = randomUUID();
    const bad = await kons.put(`/api/cases/${c.id}/assessments/${a.id}`, { content: foreign });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(bad.json().error.details.map((d: { path: string }) => d.path).sort(),
      ['body.content.conclusions.likelyVictims.0.personId', 'body.content.perpetrators.1.personId']);
    const stored = (await kons.get(`/api/cases/${c.id}/assessments/${a.id}`)).json();
    assert.equal(stored.content.perpetrators[1].personId, null, 'the refused save changed nothing');
  });

  it("prints the citizen's CPR number only when the user opts in, and audits the choice", async () => {
    const c = await caseWithPersons();
    const a = await signed(c.id);
    const textOf = async (url: string) => {
      const res = await kons.get(url);
      assert.equal(res.statusCode, 200, res.body);
      return (await extractText(await getDocumentProxy(new Uint8Array(res.rawPayload)), { mergePages: true })).text;
    };
    const base = `/api/cases/${c.id}/assessments/${a.id}/report.pdf`;
    const without = await textOf(base);
    assert.ok(without.includes(c.caseNumber));
    assert.doesNotMatch(without, /\d{6}-?\d{4}/, 'default: no CPR number');
    assert.doesNotMatch(await textOf(`${base}?includeCpr=false`), /\d{6}-?\d{4}/);
    const withCpr = await textOf(`${base}?includeCpr=true`);
    assert.ok(withCpr.includes('Borgerens CPR-nummer: 150310-4123'), 'opted in: the citizen\'s CPR number is printed');
    assert.equal((await kons.get(`${base}?includeCpr=ja`)).statusCode, 400);

    const audit = await queryRows<{ details: { includeCpr: boolean } }>(t.ctx.db, sql`
      SELECT details FROM audit_events WHERE event_type = 'risk.assessment_exported' AND subject_id = ${a.id} ORDER BY seq`);
    assert.deepEqual(audit.map((r) => r.details.includeCpr), [false, false, true]);
    assert.doesNotMatch(JSON.stringify(audit), /150310/, 'the audit names the choice, never the number');
  });

  it('a disclosure writes its journal line in the same transaction; the case lists everyone told once, from both sources', async () => {
    const c = await caseWithPersons();
    const a = await signed(c.id, fullContent({ seriousViolence: 'HOEJ', imminent: true }));
    const journalLines = async () => (await kons.get(`/api/cases/${c.id}/journal`)).json().items.filter((e: { type: string }) => e.type !== 'AENDRING');

    const told = await kons.post(`/api/cases/${c.id}/assessments/${a.id}/disclosures`, { recipientType: 'BORGER', recipient: 'Borgeren', disclosedOn: '2026-11-21' });
    assert.equal(told.statusCode, 201, told.body);
    await kons.post(`/api/cases/${c.id}/assessments/${a.id}/disclosures`, { recipientType: 'MYNDIGHED', recipient: 'Københavns Politi', disclosedOn: '2026-11-22' });
    await kons.post(`/api/cases/${c.id}/assessments/${a.id}/disclosures`, { recipientType: 'FORAELDER_VAERGE', recipient: 'Moren', disclosedOn: '2026-11-23' });
    const lines = await journalLines();
    assert.equal(lines.length, 3, 'one journal line per disclosure');
    const citizenLine = lines.find((e: { riskCommunication: { recipient: string } | null }) => e.riskCommunication?.recipient === 'BORGER');
    assert.equal(citizenLine.riskCommunication.riskLevel, 'HOEJ');
    assert.equal(citizenLine.riskCommunication.informedBy.displayName, 'Kamal Konsulent');
    assert.ok(lines.some((e: { type: string; title: string }) => e.type === 'NOTAT' && e.title.includes('forælder/værge: Moren')));

    // The journal's own door still works, and is merged in once.
    const direct = await kons.post(`/api/cases/${c.id}/risk-communications`, { recipient: 'MYNDIGHED', authority: 'Skolen', riskLevel: 'HOEJ', informedAt: '2026-11-24T10:00:00+01:00' });
    assert.equal(direct.statusCode, 201, direct.body);
    // A disclosure from before the link existed, with the same event also in the journal: shown once.
    const sealed = fieldCryptoFor(t.ctx.config).encrypt('Kommunens SSP');
    await t.ctx.db.execute(sql`INSERT INTO risk_disclosures (assessment_id, recipient_type, recipient_enc, disclosed_on, recorded_by)
      SELECT ${a.id}, 'MYNDIGHED', ${sealed}, '2026-11-25', created_by FROM risk_assessments WHERE id = ${a.id}`);
    await kons.post(`/api/cases/${c.id}/risk-communications`, { recipient: 'MYNDIGHED', authority: 'kommunens SSP', informedAt: '2026-11-25T09:00:00+01:00' });

    const informed = await kons.get(`/api/cases/${c.id}/risk/informed`);
    assert.equal(informed.statusCode, 200, informed.body);
    assert.deepEqual(
      informed.json().items.map((i: { source: string; recipientType: string; recipient: string; informedOn: string }) => [i.informedOn, i.recipientType, i.recipient, i.source]),
      [
        ['2026-11-21', 'BORGER', 'Borgeren', 'RISIKOVURDERING'],
        ['2026-11-22', 'MYNDIGHED', 'Københavns Politi', 'RISIKOVURDERING'],
        ['2026-11-23', 'FORAELDER_VAERGE', 'Moren', 'RISIKOVURDERING'],
        ['2026-11-24', 'MYNDIGHED', 'Skolen', 'JOURNAL'],
        ['2026-11-25', 'MYNDIGHED', 'Kommunens SSP', 'RISIKOVURDERING'],
      ],
    );
    assert.equal(informed.json().items[0].assessmentVersion, a.version);
  });

  it('a refused disclosure (draft) writes no journal line either; outsiders get 404 on the merged list', async () => {
    const c = await caseWithPersons();
    const draft = (await kons.post(`/api/cases/${c.id}/assessments`)).json();
    const before = await countRows(t.ctx, 'journal_entries');
    const early = await kons.post(`/api/cases/${c.id}/assessments/${draft.id}/disclosures`, { recipientType: 'BORGER', recipient: 'Borgeren', disclosedOn: '2026-11-21' });
    assert.equal(early.statusCode, 409);
    assert.equal(await countRows(t.ctx, 'journal_entries'), before);
    const other = await loginAs(t.app, (await createUser(t.ctx, { role: 'consultant', region: 'Region Nordjylland' })).username);
    const res = await other.get(`/api/cases/${c.id}/risk/informed`);
    assert.equal(res.statusCode, 404);
    assert.equal(res.body, (await other.get('/api/cases/00000000-0000-4000-8000-000000000000/risk/informed')).body);
  });
});

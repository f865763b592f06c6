import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { forEachEngine } from '../../../../test/support/db.js';
import { createUser, loginAs, startTestApp, type Client, type TestApp } from '../../../../test/support/app.js';
import { queryRows } from '../../platform/db/client.js';
import { openCase } from '../cases/cases.testkit.js';

/** DOMAIN.md § 4.4: the child is talked to alone; the family only with the child's consent; bisidder excluded. */
forEachEngine('child voice', (engine) => {
  let t: TestApp;
  let kons: Client;
  let caseId: string;
  let fatherId: string;
  let uncleId: string;
  before(async () => {
    t = await startTestApp(engine);
    kons = await loginAs(t.app, (await createUser(t.ctx, { role: 'consultant', region: 'Region Hovedstaden' })).username);
    const opened = await openCase(kons, {
      extra: {
        persons: [
          { role: 'MULIG_GERNINGSPERSON', name: 'Karim Testesen', relation: 'Far' },
          { role: 'TILLIDSPERSON', name: 'Ali Testesen', relation: 'Onkel' },
        ],
      },
    });
    caseId = opened.case.id;
    fatherId = opened.case.persons.find((p: { relation: string }) => p.relation === 'Far').id;
    uncleId = opened.case.persons.find((p: { relation: string }) => p.relation === 'Onkel').id;
  });
  after(() => t.close());

  it('records talked alone, the child\'s view on the family and excluded bisidder; warns on family contact without agreement; journals it in Danish', async () => {
    const empty = await kons.get(`/api/cases/${caseId}/child-voice`);
    assert.equal(empty.statusCode, 200);
    assert.equal(empty.json().version, 0);

    const saved = await kons.put(`/api/cases/${caseId}/child-voice`, {
      version: 0, talkedAloneAt: '2026-01-12', talkedAloneBy: 'Sikkerhedskonsulent Hansen', childAgreesFamily: 'NEJ',
      familyContactPlanned: true, excludedBisidderPersonIds: [fatherId],
    });
    assert.equal(saved.statusCode, 200, saved.body);
    const v = saved.json();
    assert.equal(v.version, 1);
    assert.deepEqual(v.excludedBisidder.map((p: { name: string }) => p.name), ['Karim Testesen']);
    assert.deepEqual(v.warnings.map((w: { code: string }) => w.code), ['FAMILIE_UDEN_BARNETS_SAMTYKKE']);

    const journal = (await kons.get(`/api/cases/${caseId}/journal`)).json().items.map((e: { title: string; restricted: boolean }) => e);
    const titles = journal.map((e: { title: string }) => e.title);
    assert.ok(titles.includes('Barnet er talt med alene den 12. januar 2026 af Sikkerhedskonsulent Hansen'), titles.join('\n'));
    assert.ok(titles.includes('Barnet ønsker ikke, at familien inddrages'));
    assert.ok(titles.includes('Mulig gerningsperson Karim Testesen er udelukket som bisidder'));
    assert.ok(titles.includes('Advarsel: kontakt til familien er planlagt, uden at barnet har givet samtykke til det'));
    assert.ok(journal.filter((e: { title: string }) => e.title.includes('bisidder')).every((e: { restricted: boolean }) => e.restricted), 'restricted lines');

    // A stale version is refused, nothing changes.
    const stale = await kons.put(`/api/cases/${caseId}/child-voice`, { version: 0, childAgreesFamily: 'JA', familyContactPlanned: true });
    assert.equal(stale.statusCode, 409);
    assert.equal(stale.json().error.code, 'conflict.stale');
    assert.equal(stale.json().error.currentVersion, 1);

    const agreed = await kons.put(`/api/cases/${caseId}/child-voice`, {
      version: 1, talkedAloneAt: '2026-01-12', talkedAloneBy: 'Sikkerhedskonsulent Hansen', childAgreesFamily: 'JA',
      familyContactPlanned: true, excludedBisidderPersonIds: [fatherId, uncleId],
    });
    assert.equal(agreed.statusCode, 200);
    assert.deepEqual(agreed.json().warnings, []);
    assert.equal(agreed.json().version, 2);
  });

  it('refuses bad input naming the field, nothing half-written', async () => {
    const before = await queryRows<{ n: number }>(t.ctx.db, sql`SELECT count(*)::int AS n FROM journal_entries WHERE case_id = ${caseId}`);
    const current = (await kons.get(`/api/cases/${caseId}/child-voice`)).json().version;
    for (const [body, path] of [
      [{ version: current, talkedAloneAt: '2026-01-12' }, 'body.talkedAloneBy'],
      [{ version: current, talkedAloneAt: '2099-01-01', talkedAloneBy: 'X' }, 'body.talkedAloneAt'],
      [{ version: current, excludedBisidderPersonIds: ['00000000-0000-4000-8000-000000000000'] }, 'body.excludedBisidderPersonIds.0'],
      [{ version: current, childAgreesFamily: 'MAASKE' }, 'body.childAgreesFamily'],
    ] as const) {
      const res = await kons.put(`/api/cases/${caseId}/child-voice`, body);
      assert.equal(res.statusCode, 400, res.body);
      assert.ok(res.json().error.details.some((d: { path: string }) => d.path === path), `${path}: ${res.body}`);
    }
    const afterRows = await queryRows<{ n: number }>(t.ctx.db, sql`SELECT count(*)::int AS n FROM journal_entries WHERE case_id = ${caseId}`);
    assert.equal(afterRows[0]!.n, before[0]!.n);
  });
});

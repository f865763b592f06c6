import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { forEachEngine } from '../../../../test/support/db.js';
import { createUser, loginAs, startTestApp, type Client, type TestApp } from '../../../../test/support/app.js';
import { fullContent, riskCase } from '../risk/risk.fixtures.js';
import { cprForAge } from '../intake/intake.fixtures.js';
import { openCase } from './cases.testkit.js';

/** Issue 8, "no silent overwrites": every editable resource carries a version; a stale write is 409 conflict.stale. */
forEachEngine('versions and Danish journal lines', (engine) => {
  let t: TestApp;
  let kons: Client;
  let cw: Client;
  let cwId: string;
  let cw2: Client;
  let cw2Id: string;
  before(async () => {
    t = await startTestApp(engine);
    kons = await loginAs(t.app, (await createUser(t.ctx, { role: 'consultant', region: 'Region Hovedstaden' })).username);
    const u = await createUser(t.ctx, { role: 'caseworker', municipalityCode: '165' });
    cwId = u.id;
    cw = await loginAs(t.app, u.username);
    const u2 = await createUser(t.ctx, { role: 'caseworker', municipalityCode: '165' });
    cw2Id = u2.id;
    cw2 = await loginAs(t.app, u2.username);
  });
  after(() => t.close());

  it('two concurrent PATCHes of one case with the same version: one 200, one 409 conflict.stale with the current version', async () => {
    const { case: c } = await openCase(kons, { extra: { responsibleCaseworkerId: cwId } });
    assert.equal(c.version, 1);
    const [a, b] = await Promise.all([
      kons.patch(`/api/cases/${c.id}`, { version: c.version, status: 'VURDERING' }),
      kons.patch(`/api/cases/${c.id}`, { version: c.version, acute: true }),
    ]);
    assert.deepEqual([a.statusCode, b.statusCode].sort(), [200, 409], `${a.body} / ${b.body}`);
    const refused = a.statusCode === 409 ? a : b;
    assert.equal(refused.json().error.code, 'conflict.stale');
    assert.equal(refused.json().error.currentVersion, 2);
    const now = (await kons.get(`/api/cases/${c.id}`)).json();
    assert.equal(now.version, 2);
    // The loser's change is not there: nothing was overwritten or half-written.
    assert.ok(now.status === 'VURDERING' ? now.acute === false : now.acute === true, JSON.stringify({ status: now.status, acute: now.acute }));
  });

  it('a PATCH without a version keeps working (API.md documents the body without it) and raises the version', async () => {
    const { case: c } = await openCase(kons, { extra: { responsibleCaseworkerId: cwId } });
    const res = await kons.patch(`/api/cases/${c.id}`, { acute: true });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().version, c.version + 1);
    const stale = await kons.patch(`/api/cases/${c.id}`, { version: c.version, acute: false });
    assert.equal(stale.statusCode, 409);
    assert.equal(stale.json().error.code, 'conflict.stale');
    assert.equal((await kons.get(`/api/cases/${c.id}`)).json().acute, true);
  });

  it('a person of a case has a version too: a stale PATCH is refused and changes nothing', async () => {
    const { case: c } = await openCase(kons, { extra: { responsibleCaseworkerId: cwId } });
    const added = (await kons.post(`/api/cases/${c.id}/persons`, { role: 'TILLIDSPERSON', name: 'Mette Demo', gender: 'KVINDE' })).json();
    assert.equal((await kons.patch(`/api/cases/${c.id}/persons/${added.id}`, { version: added.version, name: 'Mette Demo-Hansen' })).statusCode, 200);
    const stale = await kons.patch(`/api/cases/${c.id}/persons/${added.id}`, { version: added.version, name: 'Mette Anden' });
    assert.equal(stale.statusCode, 409);
    assert.equal(stale.json().error.code, 'conflict.stale');
    const stored = (await kons.get(`/api/cases/${c.id}`)).json().persons.find((p: { id: string }) => p.id === added.id);
    assert.equal(stored.name, 'Mette Demo-Hansen');
  });

  it('the assessment autosave never overwrites another user\'s newer draft', async () => {
    const c = await riskCase(t.ctx, {
      municipalityCode: '165', consent: true,
      participants: [{ userId: cwId, role: 'RESPONSIBLE_CASEWORKER' }, { userId: cw2Id, role: 'CONSULTANT' }],
    });
    const draft = (await cw.post(`/api/cases/${c.id}/assessments`)).json();
    assert.equal(draft.revision, 1);
    const content = fullContent();
    const mine = await cw.put(`/api/cases/${c.id}/assessments/${draft.id}`, { content, revision: draft.revision });
    assert.equal(mine.statusCode, 200, mine.body);
    assert.equal(mine.json().revision, 2);
    // The colleague's tab still holds revision 1: refused, with the current revision to reload.
    const theirs = await cw2.put(`/api/cases/${c.id}/assessments/${draft.id}`, {
      content: { ...content, background: { ...content.background, sources: 'Overskrevet' } }, revision: draft.revision,
    });
    assert.equal(theirs.statusCode, 409, theirs.body);
    assert.equal(theirs.json().error.code, 'conflict.stale');
    assert.equal(theirs.json().error.currentVersion, 2);
    // A client that sends no revision cannot have seen the other user's text either.
    const blind = await cw2.put(`/api/cases/${c.id}/assessments/${draft.id}`, { content: { ...content, background: { ...content.background, sources: 'Blindt' } } });
    assert.equal(blind.statusCode, 409);
    // The author's own autosave without a revision keeps working (older clients).
    assert.equal((await cw.put(`/api/cases/${c.id}/assessments/${draft.id}`, { content })).statusCode, 200);
    const stored = (await cw.get(`/api/cases/${c.id}/assessments/${draft.id}`)).json();
    assert.equal(stored.content.background.sources, content.background.sources);
    assert.equal(stored.revision, 3);
  });

  it('journal lines read in Danish: municipality names, Danish dates and labels, never a bare code', async () => {
    const { case: c } = await openCase(kons, {
      citizen: { cpr: cprForAge(16) }, inquiry: { concernTypes: ['NSK', 'GENOPDRAGELSESREJSE'] }, extra: { responsibleCaseworkerId: cwId },
    });
    assert.equal((await kons.post(`/api/cases/${c.id}/duty-to-notify`, { fulfilledAt: '2026-01-12', notifiedMunicipalityCode: '165' })).statusCode, 200);
    assert.equal((await kons.patch(`/api/cases/${c.id}`, { status: 'KOORDINERING' })).statusCode, 200);
    const titles: string[] = (await kons.get(`/api/cases/${c.id}/journal`)).json().items.map((e: { title: string }) => e.title);
    assert.ok(titles.includes('Underretning efter Barnets lov § 133 sendt til Albertslund Kommune den 12. januar 2026'), JSON.stringify(titles));
    assert.ok(titles.includes('Sag oprettet fra henvendelse (Negativ social kontrol, Genopdragelsesrejse (under 18))'), JSON.stringify(titles));
    assert.ok(titles.includes('Status ændret til Koordinering'), JSON.stringify(titles));
    for (const title of titles) {
      assert.doesNotMatch(title, /kommune \d{3}|\d{4}-\d{2}-\d{2}|\b(NSK|GENOPDRAGELSESREJSE|KOORDINERING)\b/, title);
    }
  });
});

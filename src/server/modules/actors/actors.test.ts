import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { forEachEngine } from '../../../../test/support/db.js';
import { createUser, loginAs, startTestApp, type Client, type TestApp } from '../../../../test/support/app.js';
import { queryRows } from '../../platform/db/client.js';
import { fieldCryptoFor } from '../../platform/crypto/fields.js';
import { requireCaseInScope } from '../case-core/cases.scope.js';
import { openCase } from '../cases/cases.testkit.js';
import { resolveOwner, assertMayShareWith } from './actors.service.js';
import type { Actor } from '../../platform/access/actor.js';

forEachEngine('actors', (engine) => {
  let t: TestApp;
  let kons: Client;
  let konsActor: Actor;
  let aalborgCw: string;
  let albertslundCw: string;
  before(async () => {
    t = await startTestApp(engine);
    albertslundCw = (await createUser(t.ctx, { role: 'caseworker', municipalityCode: '165' })).id;
    aalborgCw = (await createUser(t.ctx, { role: 'caseworker', municipalityCode: '851' })).id;
    const k = await createUser(t.ctx, { role: 'consultant', region: 'Region Hovedstaden', displayName: 'Konsulent Hansen' });
    kons = await loginAs(t.app, k.username);
    konsActor = { userId: k.id, username: k.username, displayName: 'Konsulent Hansen', role: 'consultant', municipalityCode: null, region: 'Region Hovedstaden', sessionId: '' };
  });
  after(() => t.close());

  it('picks actors from the directory (police, the municipality\'s departments) or by hand, with each one\'s sharing basis', async () => {
    const { case: c } = await openCase(kons);
    const dir = (await kons.get('/api/actor-directory?municipalityCode=165')).json().items as { id: string; name: string; phone: string | null; actorType: string }[];
    const police = dir.find((d) => d.id === 'politi-kbhv')!;
    assert.equal(police.phone, '43 86 14 48');
    assert.ok(dir.some((d) => d.id === 'um-borgerservice' && d.phone === '+45 33 92 11 12'), 'names and phones come from the national actors');
    assert.ok(dir.some((d) => d.id === 'kommune-165-boern-familie' && d.name === 'Albertslund Kommune'));
    const safehouse = dir.find((d) => d.id === 'red-safehouse-sjaelland') as { eligibility?: string } | undefined;
    assert.match(safehouse?.eligibility ?? '', /16–30 år uden børn/, "a national actor's eligibility comes from the partner directory");

    const p = await kons.post(`/api/cases/${c.id}/actors`, { actorType: 'POLITI', directoryActorId: 'politi-kbhv' });
    assert.equal(p.statusCode, 201, p.body);
    assert.equal(p.json().name, 'Københavns Vestegns Politi');
    assert.deepEqual([p.json().sharing.allowed, p.json().sharing.scope, p.json().sharing.basis], [false, 'DELING_POLITI', null], 'the default consent does not cover the police');
    const k = await kons.post(`/api/cases/${c.id}/actors`, { actorType: 'KOMMUNE', directoryActorId: 'kommune-165-boern-familie' });
    assert.equal(k.statusCode, 201, k.body);
    assert.deepEqual([k.json().department, k.json().sharing.basis], ['BOERN_FAMILIE', 'SAMTYKKE']);
    const hand = await kons.post(`/api/cases/${c.id}/actors`, { actorType: 'UDDANNELSESSTED', name: 'AKT-lærer Birgitte Sørensen', phone: '20 30 40 50', email: 'akt@skole.dk' });
    assert.equal(hand.statusCode, 201, hand.body);
    assert.equal(hand.json().source, 'MANUEL');

    const list = (await kons.get(`/api/cases/${c.id}/actors`)).json().items;
    assert.deepEqual(list.map((a: { name: string }) => a.name), ['Københavns Vestegns Politi', 'Albertslund Kommune', 'AKT-lærer Birgitte Sørensen']);
    const stored = await queryRows<{ t: string }>(t.ctx.db, sql`SELECT t::text AS t FROM case_actors t WHERE case_id = ${c.id}`);
    assert.ok(!stored.some((r) => r.t.includes('Birgitte') || r.t.includes('20 30 40 50') || r.t.includes('akt@skole')), 'encrypted at rest');
    const journal = JSON.stringify((await kons.get(`/api/cases/${c.id}/journal`)).json());
    assert.ok(journal.includes('Aktør tilføjet: Uddannelsessted') && !journal.includes('Birgitte'), 'journal names the type, not the person');
  });

  it('refuses bad input with a Danish message naming the field, and writes nothing', async () => {
    const { case: c } = await openCase(kons);
    const cases_ = [
      [{ actorType: 'POLITI', directoryActorId: 'findes-ikke' }, 'body.directoryActorId'],
      [{ actorType: 'KOMMUNE', directoryActorId: 'politi-kbhv' }, 'body.actorType'],
      [{ actorType: 'ANDET' }, 'body.name'],
      [{ actorType: 'KOMMUNE', name: 'Kommunen' }, 'body.department'],
      [{ actorType: 'ANDET', name: 'X', email: 'ikke-en-mail' }, 'body.email'],
      [{ actorType: 'HEMMELIG', name: 'X' }, 'body.actorType'],
    ] as const;
    for (const [body, path] of cases_) {
      const res = await kons.post(`/api/cases/${c.id}/actors`, body);
      assert.equal(res.statusCode, 400, `${JSON.stringify(body)} ${res.body}`);
      assert.ok(res.json().error.details.some((d: { path: string }) => d.path === path), `${path} in ${res.body}`);
    }
    assert.equal((await kons.get(`/api/cases/${c.id}/actors`)).json().items.length, 0);
  });

  it('sharing follows the consents: police only with DELING_POLITI; assertMayShareWith explains in Danish', async () => {
    const { case: without } = await openCase(kons);
    const cIn = await requireCaseInScope(t.ctx.db, konsActor, without.id);
    await assert.rejects(assertMayShareWith(t.ctx.db, cIn, { actorType: 'POLITI', name: 'Københavns Vestegns Politi' }), (e: Error & { code: string }) => {
      assert.equal(e.code, 'actors.no_sharing_basis');
      assert.match(e.message, /må ikke deles med Københavns Vestegns Politi.*samtykke til deling med politiet/);
      return true;
    });
    // A consent that covers DELING_POLITI on a new case makes sharing with the police allowed.
    const { case: shared } = await openCase(kons, { giver: 'FORAELDREMYNDIGHEDSINDEHAVER' });
    const inquiryId = (await queryRows<{ inquiry_id: string }>(t.ctx.db, sql`SELECT inquiry_id FROM cases WHERE id = ${shared.id}`))[0]!.inquiry_id;
    const consent = await kons.post(`/api/inquiries/${inquiryId}/consents`, { giver: 'FORAELDREMYNDIGHEDSINDEHAVER', scopes: ['DELING_POLITI'], givenAt: '2026-01-12', channel: 'TELEFON' });
    assert.equal(consent.statusCode, 201, consent.body);
    const cShared = await requireCaseInScope(t.ctx.db, konsActor, shared.id);
    assert.equal((await assertMayShareWith(t.ctx.db, cShared, { actorType: 'POLITI' })).basis, 'SAMTYKKE');
  });

  it('resolveOwner: a user with the case in scope or an actor of this case, never someone else', async () => {
    const { case: c } = await openCase(kons);
    const { case: other } = await openCase(kons);
    const cIn = await requireCaseInScope(t.ctx.db, konsActor, c.id);
    const fc = fieldCryptoFor(t.ctx.config);
    const school = (await kons.post(`/api/cases/${c.id}/actors`, { actorType: 'KOMMUNE', directoryActorId: 'kommune-165-skole-dagtilbud' })).json();
    const police = (await kons.post(`/api/cases/${c.id}/actors`, { actorType: 'POLITI', directoryActorId: 'politi-114' })).json();
    const foreign = (await kons.post(`/api/cases/${other.id}/actors`, { actorType: 'ANDET', name: 'Anden sags aktør' })).json();

    assert.equal((await resolveOwner(t.ctx.db, fc, cIn, { userId: albertslundCw })).kind, 'USER');
    assert.equal((await resolveOwner(t.ctx.db, fc, cIn, { actorId: school.id })).name, 'Albertslund Kommune');
    const refused = async (owner: { userId: string } | { actorId: string }, path: string) =>
      assert.rejects(resolveOwner(t.ctx.db, fc, cIn, owner), (e: { details?: { path: string }[]; code?: string }) => {
        assert.ok(e.details?.some((d) => d.path === path) || (path === 'sharing' && e.code === 'actors.no_sharing_basis'), JSON.stringify(e));
        return true;
      });
    await refused({ userId: aalborgCw }, 'body.owner.userId');
    await refused({ userId: '00000000-0000-4000-8000-000000000000' }, 'body.owner.userId');
    await refused({ actorId: foreign.id }, 'body.owner.actorId');
    await refused({ actorId: police.id }, 'sharing');
    assert.equal((await resolveOwner(t.ctx.db, fc, cIn, { actorId: police.id }, { requireSharingBasis: false })).kind, 'ACTOR');
  });
});

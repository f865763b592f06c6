import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { forEachEngine } from '../../../../test/support/db.js';
import { createUser, startTestApp, type TestApp } from '../../../../test/support/app.js';
import { createCaseRow, excludeUser } from '../../../../test/support/factories.js';
import type { Actor } from '../../platform/access/actor.js';
import { cases } from './cases.tables.js';
import { caseScope } from './cases.scope.js';

const asActor = (u: { id: string; username: string; displayName: string; role: Actor['role']; municipalityCode: string | null; region: string | null }): Actor => ({
  userId: u.id, username: u.username, displayName: u.displayName, role: u.role, municipalityCode: u.municipalityCode, region: u.region, sessionId: 'x',
});

forEachEngine('case scope', (engine) => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp(engine);
  });
  after(() => t.close());

  const visible = async (actor: Actor, caseId: string) =>
    (await t.ctx.db.select({ id: cases.id }).from(cases).where(and(eq(cases.id, caseId), caseScope(actor)))).length === 1;

  it('follows DOMAIN.md § 2 for every role, and exclusion beats everything', async () => {
    const cwAlb = await createUser(t.ctx, { role: 'caseworker', municipalityCode: '165' });
    const cwAlbOther = await createUser(t.ctx, { role: 'caseworker', municipalityCode: '165' });
    const cwAal = await createUser(t.ctx, { role: 'caseworker', municipalityCode: '851' });
    const konsH = await createUser(t.ctx, { role: 'consultant', region: 'Region Hovedstaden' });
    const konsN = await createUser(t.ctx, { role: 'consultant', region: 'Region Nordjylland' });
    const admin = await createUser(t.ctx, { role: 'admin' });
    const team = await createUser(t.ctx, { role: 'municipal_team', municipalityCode: '165' });
    const analyst = await createUser(t.ctx, { role: 'analyst' });
    const auditor = await createUser(t.ctx, { role: 'auditor' });
    const c = await createCaseRow(t.ctx, { municipalityCode: '165', participants: [{ userId: cwAlb.id, role: 'RESPONSIBLE_CASEWORKER' }] });

    assert.equal(await visible(asActor(cwAlb), c.id), true, 'participating caseworker of the municipality');
    assert.equal(await visible(asActor(cwAlbOther), c.id), false, 'same municipality but not a participant');
    assert.equal(await visible(asActor(cwAal), c.id), false, 'another municipality');
    assert.equal(await visible(asActor(konsH), c.id), true, 'consultant of the region');
    assert.equal(await visible(asActor(konsN), c.id), false, 'consultant of another region');
    for (const u of [admin, team, analyst, auditor]) assert.equal(await visible(asActor(u), c.id), false, u.role);

    await excludeUser(t.ctx, c.id, cwAlb.id);
    await excludeUser(t.ctx, c.id, konsH.id);
    assert.equal(await visible(asActor(cwAlb), c.id), false, 'excluded caseworker');
    assert.equal(await visible(asActor(konsH), c.id), false, 'excluded consultant');
  });
});

import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { forEachEngine } from '../../../../test/support/db.js';
import { createUser, loginAs, startTestApp, type TestApp } from '../../../../test/support/app.js';
import { auditHead, expectAuditRows } from '../../../../test/support/audit.js';
import { createCaseRow } from '../../../../test/support/factories.js';

forEachEngine('case access candidates', (engine) => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp(engine);
  });
  after(() => t.close());

  it('offers the caseworkers of the case\'s municipality and the consultants of its region, nobody else', async () => {
    const owner = await createUser(t.ctx, { role: 'caseworker', municipalityCode: '165', displayName: 'Ejer Albertslund' });
    const colleague = await createUser(t.ctx, { role: 'caseworker', municipalityCode: '165', displayName: 'Kollega Albertslund' });
    const consultant = await createUser(t.ctx, { role: 'consultant', region: 'Region Hovedstaden', displayName: 'Konsulent Hovedstaden' });
    const elsewhere = [
      await createUser(t.ctx, { role: 'caseworker', municipalityCode: '101' }),
      await createUser(t.ctx, { role: 'consultant', region: 'Region Nordjylland' }),
      await createUser(t.ctx, { role: 'municipal_team', municipalityCode: '165' }),
      await createUser(t.ctx, { role: 'analyst' }),
    ];
    const c = await createCaseRow(t.ctx, { municipalityCode: '165', participants: [{ userId: owner.id, role: 'RESPONSIBLE_CASEWORKER' }] });

    const res = await (await loginAs(t.app, owner.username)).get(`/api/cases/${c.id}/access-candidates`);
    assert.equal(res.statusCode, 200, res.body);
    const items: { userId: string; displayName: string; role: string }[] = res.json().items;
    const ids = items.map((i) => i.userId);
    for (const u of [owner, colleague, consultant]) assert.ok(ids.includes(u.id), u.username);
    for (const u of elsewhere) assert.ok(!ids.includes(u.id), `${u.username} is not offered`);
    assert.deepEqual(Object.keys(items[0]!).sort(), ['displayName', 'role', 'userId'], 'display name and role only');
  });

  it('answers 404 to anyone who does not see the case (outsider, excluded, role without the permission), like a missing case', async () => {
    const owner = await createUser(t.ctx, { role: 'caseworker', municipalityCode: '165' });
    const c = await createCaseRow(t.ctx, { municipalityCode: '165', participants: [{ userId: owner.id, role: 'RESPONSIBLE_CASEWORKER' }] });
    const excluded = await createUser(t.ctx, { role: 'consultant', region: 'Region Hovedstaden' });
    const ownerClient = await loginAs(t.app, owner.username);
    assert.equal((await ownerClient.post(`/api/cases/${c.id}/exclusions`, { userId: excluded.id, reason: 'Familiemedlem' })).statusCode, 204);
    const outsiders = [
      excluded,
      await createUser(t.ctx, { role: 'consultant', region: 'Region Nordjylland' }),
      await createUser(t.ctx, { role: 'caseworker', municipalityCode: '165' }),
      await createUser(t.ctx, { role: 'municipal_team', municipalityCode: '165' }),
    ];
    const missing = (await ownerClient.get(`/api/cases/${crypto.randomUUID()}/access-candidates`)).json();
    for (const u of outsiders) {
      const client = await loginAs(t.app, u.username);
      const since = await auditHead(t.ctx);
      const res = await client.get(`/api/cases/${c.id}/access-candidates`);
      assert.equal(res.statusCode, 404, u.username);
      assert.deepEqual(res.json(), missing);
      await expectAuditRows(t.ctx, since, [{ type: 'access.denied', caseId: c.id }]);
    }
  });
});

import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { forEachEngine } from '../../../../test/support/db.js';
import { countRows, createUser, loginAs, startTestApp, type TestApp } from '../../../../test/support/app.js';
import { seedDemoIntake } from './intake.demo.js';

forEachEngine('intake demo data', (engine) => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp(engine);
    await createUser(t.ctx, { role: 'consultant', region: 'Region Hovedstaden', username: 'konsulent.hovedstaden' });
    await createUser(t.ctx, { role: 'consultant', region: 'Region Nordjylland', username: 'konsulent.nordjylland' });
    await createUser(t.ctx, { role: 'caseworker', municipalityCode: '165', username: 'sagsbehandler.albertslund' });
    await createUser(t.ctx, { role: 'caseworker', municipalityCode: '851', username: 'sagsbehandler.aalborg' });
  });
  after(() => t.close());

  it('seeds synthetic inquiries and cases through the services, once', async () => {
    assert.deepEqual(await seedDemoIntake(t.ctx), { inquiries: 8, cases: 3 });
    assert.deepEqual(await seedDemoIntake(t.ctx), { inquiries: 0, cases: 0 }, 'idempotent');
    assert.equal(await countRows(t.ctx, 'cases'), 3);
    const alb = await loginAs(t.app, 'sagsbehandler.albertslund');
    const list = (await alb.get('/api/cases')).json();
    assert.equal(list.total, 2);
    assert.ok(list.items.some((i: { acute: boolean; otherLegalBasis: boolean }) => i.acute && i.otherLegalBasis));
    const aal = await loginAs(t.app, 'sagsbehandler.aalborg');
    const own = (await aal.get('/api/cases')).json().items;
    assert.equal(own.length, 1);
    assert.equal((await aal.get(`/api/cases/${own[0].id}`)).json().dutyToNotify.reason, 'BOERN_I_HUSSTANDEN');
  });
});

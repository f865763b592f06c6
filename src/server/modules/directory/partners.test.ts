import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { forEachEngine } from '../../../../test/support/db.js';
import { countRows, createUser, loginAs, startTestApp, type Client, type TestApp } from '../../../../test/support/app.js';

forEachEngine('partner directory', (engine) => {
  let t: TestApp;
  let admin: Client;
  let consultant: Client;
  before(async () => {
    t = await startTestApp(engine);
    admin = await loginAs(t.app, (await createUser(t.ctx, { role: 'admin' })).username);
    consultant = await loginAs(t.app, (await createUser(t.ctx, { role: 'consultant', region: 'Region Hovedstaden' })).username);
  });
  after(() => t.close());

  it('lists every national actor with phone, hours and eligibility, and the consultants with their regions', async () => {
    const res = await admin.get('/api/admin/directory');
    assert.equal(res.statusCode, 200);
    const { actors, consultants } = res.json();
    const safehouse = actors.find((a: { id: string }) => a.id === 'red-safehouse-sjaelland');
    assert.equal(safehouse.eligibility, 'Unge kvinder og mænd på 16–30 år uden børn');
    assert.ok(safehouse.hours);
    const phones = Object.fromEntries(actors.map((a: { id: string; phone: string }) => [a.id, a.phone]));
    assert.equal(phones['lev-uden-vold'], '1888');
    assert.equal(phones['udlaendingestyrelsen'], '+45 70 16 18 18');
    assert.equal(phones['ankestyrelsen'], '33 41 12 00');
    assert.deepEqual(consultants.find((c: { id: string }) => c.id === 'line').regions.sort(), ['Region Sjælland', 'Region Syddanmark']);
    assert.equal((await consultant.get('/api/admin/directory')).statusCode, 404);
  });

  it('the admin changes an actor and a consultant (audited); a stale version is 409 and changes nothing; others get 404', async () => {
    const { actors, consultants } = (await admin.get('/api/admin/directory')).json();
    const lev = actors.find((a: { id: string }) => a.id === 'lev-uden-vold');
    const body = { version: lev.version, name: lev.name, phone: lev.phone, hours: 'Døgnet rundt, alle dage', description: lev.description, eligibility: lev.eligibility, alwaysOpen: true };
    const audits = await countRows(t.ctx, `audit_events WHERE event_type = 'directory.partner_updated'`);
    const ok = await admin.put('/api/admin/directory/actors/lev-uden-vold', body);
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().hours, 'Døgnet rundt, alle dage');
    const stale = await admin.put('/api/admin/directory/actors/lev-uden-vold', { ...body, hours: 'Overskrevet' });
    assert.equal(stale.statusCode, 409);
    assert.equal(stale.json().error.code, 'conflict.stale');
    assert.equal((await consultant.put('/api/admin/directory/actors/lev-uden-vold', { ...body, version: ok.json().version })).statusCode, 404);
    const pub = (await t.app.inject({ method: 'GET', url: '/api/directory/actors' })).json().actors.find((a: { id: string }) => a.id === 'lev-uden-vold');
    assert.equal(pub.hours, 'Døgnet rundt, alle dage');

    const julie = consultants.find((c: { id: string }) => c.id === 'julie');
    const moved = await admin.put('/api/admin/directory/consultants/julie', { version: julie.version, name: 'Julie', phone: julie.phone, speciality: null, concernTypes: [], regions: ['Region Sjælland', 'Region Hovedstaden'] });
    assert.equal(moved.statusCode, 200, moved.body);
    const alb = (await t.app.inject({ method: 'GET', url: '/api/directory/municipalities/165' })).json();
    assert.ok(alb.consultants.some((c: { name: string }) => c.name === 'Julie'), 'Julie now serves Region Hovedstaden');
    const bad = await admin.put('/api/admin/directory/consultants/julie', { version: moved.json().version, name: 'Julie', phone: julie.phone, speciality: null, concernTypes: [], regions: [] });
    assert.equal(bad.statusCode, 400);
    assert.ok(bad.json().error.details.some((d: { path: string; message: string }) => d.path === 'body.regions' && /region/.test(d.message)));
    assert.equal(await countRows(t.ctx, `audit_events WHERE event_type = 'directory.partner_updated'`), audits + 2);
  });

  it("suggests the region's travel specialist first for a travel case, and leaves her out of an NSK case", async () => {
    const travel = (await consultant.get('/api/directory/consultants/suggest?municipality=165&concern=GENOPDRAGELSESREJSE')).json();
    assert.equal(travel.region, 'Region Hovedstaden');
    assert.equal(travel.consultants[0].name, 'Maria');
    assert.equal(travel.consultants[0].specialist, true);
    const nsk = (await consultant.get('/api/directory/consultants/suggest?municipality=165&concern=NSK')).json();
    assert.ok(!nsk.consultants.some((c: { name: string }) => c.name === 'Maria'));
    assert.ok(nsk.consultants.some((c: { name: string }) => c.name === 'Louise'));
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/directory/consultants/suggest?municipality=165' })).statusCode, 401);
  });
});

import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { forEachEngine } from '../../../../test/support/db.js';
import { loginAs, startTestApp, type TestApp } from '../../../../test/support/app.js';
import { seedDemoUsers } from '../identity/identity.demo.js';
import { seedDemoIntake } from '../intake/intake.demo.js';
import { appJobRunner } from '../reminders/reminders.runner.js';
import { seedDemoTravel } from './travel.demo.js';

/** The demo's two travel cases read as the checks would: a countdown before a one-way trip, and a child abroad whose missed check-in is in the caseworker's queue. */
forEachEngine('travel: demo data', (engine) => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp(engine, { DEMO_PASSWORD: 'demo-password-123' });
    await seedDemoUsers(t.ctx);
    await seedDemoIntake(t.ctx);
    await seedDemoTravel(t.ctx);
    await seedDemoTravel(t.ctx); // idempotent
  });
  after(() => t.close());

  it('seeds a minor before departure and a minor abroad with a missed check-in and a Globale Vagtcenter call', async () => {
    const cw = await loginAs(t.app, 'sagsbehandler.albertslund', 'demo-password-123');
    await appJobRunner(t.ctx, { send: null }).tick();
    const work = (await cw.get('/api/me/work')).json().items.filter((i: { kind: string }) => i.kind === 'TRAVEL_RETURN_OVERDUE');
    assert.equal(work.length, 1, JSON.stringify(work));
    assert.match(work[0].title, /Aftalt kontakt .* \(Somalia\)/);
    const abroad = (await cw.get(`/api/cases/${work[0].caseId}/travel`)).json();
    assert.equal(abroad.phase, 'UNDER');
    assert.equal(abroad.trips.length, 1);
    const contacts = (await cw.get(`/api/cases/${work[0].caseId}/travel/contacts`)).json().items;
    assert.equal(contacts[0].authority, 'UDENRIGSMINISTERIET');
    const kons = await loginAs(t.app, 'konsulent.hovedstaden', 'demo-password-123');
    const list = (await kons.get('/api/cases')).json();
    const views = await Promise.all((list.items ?? list.cases ?? []).map(async (c: { id: string }) => (await kons.get(`/api/cases/${c.id}/travel`)).json()));
    const before = views.find((v: { phase: string; version: number }) => v.version > 0 && v.phase === 'FOER');
    assert.ok(before, 'the one-way trip before departure');
    assert.equal(before.minor.daysToDeparture, 12);
    assert.equal(before.returnPlanned, false);
  });
});

import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { forEachEngine } from '../../../../test/support/db.js';
import { startTestApp, type TestApp } from '../../../../test/support/app.js';
import { mailContent, mailText, startSmtpServer } from '../../../../test/support/smtp.js';
import { queryRows } from '../../platform/db/client.js';
import { todayIso } from '../../shared/codes.js';
import { appJobRunner } from '../reminders/reminders.runner.js';
import { coordinationCase, coordinationPeople } from '../tasks/tasks.fixtures.js';
import { addDays } from '../case-core/work.scope.js';
import { dueAlarms } from './travel.watch.js';

/** Noon in Copenhagen on a day: the clock the runner is given (a seam; nothing sleeps). */
const noon = (day: string) => () => new Date(`${day}T12:00:00+01:00`);

/** DOMAIN.md § 11.7: the return watch raises TRAVEL_RETURN_OVERDUE once, mails the responsible content-free, and closes on the return. */
forEachEngine('travel: the return watch', (engine) => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let p: Awaited<ReturnType<typeof coordinationPeople>>;
  before(async () => {
    smtp = await startSmtpServer();
    t = await startTestApp(engine, { SMTP_URL: smtp.url, PUBLIC_URL: 'https://skjold.example.dk' });
    p = await coordinationPeople(t.ctx, t.app);
    assert.equal((await p.konsClient.put('/api/me/notifications', { email: 'karin@skjold.example.dk', emailReminders: true })).statusCode, 200);
  });
  after(async () => {
    await t.close();
    await smtp.close();
  });

  it('the rule: a passed return date or check-in without return or contact since', () => {
    const trip = { phase: 'UNDER' as const, returnedOn: null, expectedReturnOn: '2026-03-01', nextCheckInOn: null, lastContactOn: null };
    assert.deepEqual(dueAlarms(trip, '2026-03-01'), [], 'not on the day itself');
    assert.deepEqual(dueAlarms(trip, '2026-03-02'), [{ reason: 'HJEMKOMST', dueOn: '2026-03-01' }]);
    assert.deepEqual(dueAlarms({ ...trip, lastContactOn: '2026-03-01' }, '2026-03-05'), [], 'a contact on or after the date');
    assert.deepEqual(dueAlarms({ ...trip, returnedOn: '2026-03-01', phase: 'EFTER' }, '2026-03-05'), []);
    assert.deepEqual(dueAlarms({ ...trip, expectedReturnOn: null, nextCheckInOn: '2026-02-10', lastContactOn: '2026-02-01' }, '2026-02-11'), [{ reason: 'KONTAKTAFTALE', dueOn: '2026-02-10' }]);
  });

  it('fires once with two instances and across a restart; everyone responsible sees it; the e-mail names nothing; the return closes it', async () => {
    const c = await coordinationCase(t.ctx, p);
    const expected = addDays(todayIso(), -3);
    const put = await p.konsClient.put(`/api/cases/${c.id}/travel`, {
      version: 0, phase: 'UNDER', destinationCountry: 'PK', outboundOn: addDays(todayIso(), -30), expectedReturnOn: expected,
      outboundFlight: 'TK1784', hosts: [{ name: 'Farmor Testesen', relation: 'Farmor' }],
    });
    assert.equal(put.statusCode, 200, put.body);
    const alerts = async () => (await queryRows<{ n: number }>(t.ctx.db, sql`SELECT count(*)::int AS n FROM travel_watch_alerts WHERE case_id = ${c.id}`))[0]!.n;
    const queue = async (client: typeof p.konsClient) => (await client.get('/api/me/work')).json().items.filter((i: { kind: string; caseId: string }) => i.kind === 'TRAVEL_RETURN_OVERDUE' && i.caseId === c.id);

    // On the expected day itself nothing happens.
    await appJobRunner(t.ctx, { now: noon(expected), instance: 'A' }).tick();
    assert.equal(await alerts(), 0);
    assert.equal(smtp.received.length, 0);

    // The day after: two instances tick together, twice.
    const a = appJobRunner(t.ctx, { now: noon(addDays(expected, 1)), instance: 'A' });
    const b = appJobRunner(t.ctx, { now: noon(addDays(expected, 1)), instance: 'B' });
    await Promise.all([a.tick(), b.tick()]);
    await Promise.all([a.tick(), b.tick()]);
    assert.equal(await alerts(), 1, 'one alarm');

    // A restart the next day, another instance: still one alarm, no second e-mail.
    const restarted = appJobRunner(t.ctx, { now: noon(addDays(expected, 2)), instance: 'C' });
    await restarted.tick();
    assert.equal(await alerts(), 1);
    assert.equal(smtp.received.length, 1, 'one e-mail, to the one responsible user who wants e-mail');
    assert.deepEqual(smtp.received[0]!.to, ['karin@skjold.example.dk']);
    const body = mailText(smtp.received[0]!.raw);
    assert.match(body, /frist er overskredet/);
    for (const secret of ['Pakistan', 'TK1784', 'Farmor', 'Testesen', c.id, 'rejse']) assert.ok(!mailContent(smtp.received[0]!).includes(secret), `the e-mail carries "${secret}"`);
    const [audit] = await queryRows<{ n: number }>(t.ctx.db, sql`SELECT count(*)::int AS n FROM audit_events WHERE event_type = 'travel.watch_alerted' AND case_id = ${c.id}`);
    assert.equal(audit!.n, 1);

    for (const who of [p.konsClient, p.cwClient]) {
      const items = await queue(who);
      assert.equal(items.length, 1, 'in the queue of everyone responsible');
      assert.equal(items[0].overdue, true);
      assert.match(items[0].title, /Forventet hjemkomst .* er overskredet \(Pakistan\)/);
      assert.equal(items[0].href, `/sager/${c.id}/rejse`);
    }
    const travel = (await p.cwClient.get(`/api/cases/${c.id}/travel`)).json();
    assert.equal(travel.watch.alert.reason, 'HJEMKOMST');

    // An open watch blocks closure (overridable, DOMAIN.md § 11.4).
    const blockers = (await p.konsClient.get(`/api/cases/${c.id}/closure`)).json().blockers;
    const travelBlocker = blockers.find((x: { code: string }) => x.code === 'TRAVEL_WATCH_OPEN');
    assert.ok(travelBlocker, JSON.stringify(blockers));
    assert.equal(travelBlocker.overridable, true);
    assert.match(travelBlocker.message, /Rejsen til Pakistan er ikke afsluttet/);

    // Recording the return closes the watch: out of the queue, no blocker, and no new alarm tomorrow.
    const back = await p.cwClient.put(`/api/cases/${c.id}/travel`, { ...travel, version: travel.version, phase: 'EFTER', returnedOn: todayIso(), ...strip() });
    assert.equal(back.statusCode, 200, back.body);
    assert.equal(back.json().watch.open, false);
    assert.equal(back.json().watch.alert, null);
    for (const who of [p.konsClient, p.cwClient]) assert.equal((await queue(who)).length, 0);
    const after = (await p.konsClient.get(`/api/cases/${c.id}/closure`)).json().blockers;
    assert.ok(!after.some((x: { code: string }) => x.code === 'TRAVEL_WATCH_OPEN'));
    await appJobRunner(t.ctx, { now: noon(addDays(expected, 4)), instance: 'D' }).tick();
    assert.equal(await alerts(), 1);
    assert.equal(smtp.received.length, 1);
  });

  it('a missed check-in raises the watch too; a contact recorded since resolves it', async () => {
    const c = await coordinationCase(t.ctx, p);
    const checkIn = addDays(todayIso(), -5); // its tick (the day after) is an hour no other test has used: a job key exists once
    const put = await p.konsClient.put(`/api/cases/${c.id}/travel`, { version: 0, phase: 'UNDER', destinationCountry: 'SO', nextCheckInOn: checkIn, lastContactOn: addDays(todayIso(), -9) });
    assert.equal(put.statusCode, 200, put.body);
    await appJobRunner(t.ctx, { now: noon(addDays(checkIn, 1)), instance: 'A', send: null }).tick();
    const items = (await p.konsClient.get('/api/me/work')).json().items.filter((i: { kind: string; caseId: string }) => i.kind === 'TRAVEL_RETURN_OVERDUE' && i.caseId === c.id);
    assert.equal(items.length, 1);
    assert.match(items[0].title, /Aftalt kontakt .* er ikke registreret \(Somalia\)/);
    const v = put.json();
    const contact = await p.konsClient.put(`/api/cases/${c.id}/travel`, { ...v, ...strip(), version: v.version, lastContactOn: todayIso(), nextCheckInOn: addDays(todayIso(), 7) });
    assert.equal(contact.statusCode, 200, contact.body);
    assert.equal((await p.konsClient.get('/api/me/work')).json().items.filter((i: { kind: string; caseId: string }) => i.kind === 'TRAVEL_RETURN_OVERDUE' && i.caseId === c.id).length, 0);
    assert.equal(contact.json().watch.open, true, 'still abroad: the watch stays open, without an alarm');

    // Closing while the citizen is abroad is refused naming the trip; § 11.4 lets a recorded reason pass it.
    const evaluation = { outcome: 'RISIKO_REDUCERET', helped: ['KOORDINERING_POLITI'] };
    const blocked = await p.konsClient.post(`/api/cases/${c.id}/close`, { reason: 'Færdig', closingEvaluation: evaluation });
    assert.equal(blocked.statusCode, 409, blocked.body);
    assert.equal(blocked.json().error.code, 'case.close_blocked');
    assert.ok(blocked.json().error.details.some((d: { path: string; message: string }) => d.path.startsWith('travel.') && /Somalia/.test(d.message)), blocked.body);
    const closed = await p.konsClient.post(`/api/cases/${c.id}/close`, { reason: 'Færdig', closingEvaluation: evaluation, override: { reason: 'Sagen overdrages til Udenrigsministeriet' } });
    assert.equal(closed.statusCode, 200, closed.body);
  });
});

/** The view's read-only fields, left out of a PUT built from a GET. */
function strip() {
  return { caseId: undefined, id: undefined, destinationCountryName: undefined, watch: undefined, minor: undefined, trips: undefined, updatedAt: undefined };
}

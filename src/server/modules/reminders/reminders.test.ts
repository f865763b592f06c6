import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { forEachEngine } from '../../../../test/support/db.js';
import { startTestApp, type TestApp } from '../../../../test/support/app.js';
import { mailContent, mailText, startSmtpServer } from '../../../../test/support/smtp.js';
import { queryRows } from '../../platform/db/client.js';
import { fieldCryptoFor } from '../../platform/crypto/fields.js';
import { todayIso } from '../../shared/codes.js';
import { casePersons } from '../case-core/cases.tables.js';
import { coordinationCase, coordinationPeople } from '../tasks/tasks.fixtures.js';
import { addDays } from '../case-core/work.scope.js';
import { appJobRunner } from './reminders.runner.js';

/** Reminders that reach people: through a real SMTP server, once, with nothing from the case in them. */
forEachEngine('reminders: content-free e-mail and the 18th birthday', (engine) => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let p: Awaited<ReturnType<typeof coordinationPeople>>;
  before(async () => {
    smtp = await startSmtpServer();
    t = await startTestApp(engine, { SMTP_URL: smtp.url, PUBLIC_URL: 'https://skjold.example.dk' });
    p = await coordinationPeople(t.ctx, t.app);
  });
  after(async () => {
    await t.close();
    await smtp.close();
  });

  it('mails a user with a task due today once, naming nothing; a user who turned e-mail off gets nothing', async () => {
    const c = await coordinationCase(t.ctx, p);
    const [{ case_number: caseNumber }] = await queryRows<{ case_number: string }>(t.ctx.db, sql`SELECT case_number FROM cases WHERE id = ${c.id}`) as [{ case_number: string }];
    const cpr = '150310-4123';
    assert.equal((await p.konsClient.put('/api/me/notifications', { email: 'karin@skjold.example.dk', emailReminders: true })).statusCode, 200);
    assert.equal((await p.cwClient.put('/api/me/notifications', { email: 'sanne@albertslund.example.dk', emailReminders: false })).statusCode, 200);
    const stored = (await queryRows<{ row: string }>(t.ctx.db, sql`SELECT u::text AS row FROM users u WHERE id = ${p.kons.id}`))[0]!.row;
    assert.ok(!stored.includes('karin@'), 'the address is encrypted at rest');
    for (const who of [p.konsClient, p.cwClient]) {
      const owner = who === p.konsClient ? p.kons.id : p.cw.id;
      const r = await who.post(`/api/cases/${c.id}/tasks`, { title: `Ring til Sara Testesen ${cpr} i Albertslund`, owner: { userId: owner }, deadline: todayIso() });
      assert.equal(r.statusCode, 201, r.body);
    }
    const now = () => new Date();
    const a = appJobRunner(t.ctx, { now, instance: 'A' });
    const b = appJobRunner(t.ctx, { now, instance: 'B' });
    await Promise.all([a.tick(), b.tick()]);
    await Promise.all([a.tick(), b.tick()]);

    assert.equal(smtp.received.length, 1, 'one message, to the one user who wants e-mail');
    const [mail] = smtp.received;
    assert.deepEqual(mail!.to, ['karin@skjold.example.dk']);
    const body = mailText(mail!.raw);
    assert.match(body, /Du har en opgave i Skjold, der forfalder i dag/);
    assert.match(body, /https:\/\/skjold\.example\.dk/);
    assert.match(mailContent(mail!), /skjold\.example\.dk/, 'the checked content still holds the message');
    for (const secret of ['Sara', 'Testesen', cpr, '1503104123', 'Albertslund', '165', caseNumber, 'Karin', 'Konsulent', c.id]) {
      assert.ok(!mailContent(mail!).includes(secret), `the message carries "${secret}"`);
    }
    const [audit] = await queryRows<{ n: number }>(t.ctx.db, sql`SELECT count(*)::int AS n FROM audit_events WHERE event_type = 'reminders.email_sent' AND subject_id = ${p.kons.id}`);
    assert.equal(audit!.n, 1);
  });

  it('recomputes "minor" when the citizen turns 18, and the duty to notify follows', async () => {
    const c = await coordinationCase(t.ctx, p);
    const fc = fieldCryptoFor(t.ctx.config);
    const birthday = addDays(todayIso(), 1); // turns 18 tomorrow
    const born = `${Number(birthday.slice(0, 4)) - 18}${birthday.slice(4)}`;
    await t.ctx.db.insert(casePersons).values({ caseId: c.id, role: 'BORGER', nameEnc: fc.encrypt('Sara'), birthDateEnc: fc.encrypt(born) });
    await t.ctx.db.execute(sql`UPDATE cases SET citizen_minor = true, citizen_age_band = '15_17', duty_to_notify_applies = true WHERE id = ${c.id}`);
    const flags = async () => (await queryRows<{ m: boolean; d: boolean; band: string }>(t.ctx.db, sql`SELECT citizen_minor AS m, duty_to_notify_applies AS d, citizen_age_band AS band FROM cases WHERE id = ${c.id}`))[0];
    await appJobRunner(t.ctx, { now: () => new Date(), send: null }).tick();
    assert.deepEqual(await flags(), { m: true, d: true, band: '15_17' }, 'still 17 today');
    await appJobRunner(t.ctx, { now: () => new Date(`${birthday}T09:00:00+01:00`), send: null }).tick();
    assert.deepEqual(await flags(), { m: false, d: false, band: '18_24' });
    const journal = await queryRows<{ n: number }>(t.ctx.db, sql`SELECT count(*)::int AS n FROM journal_entries WHERE case_id = ${c.id} AND author_id IS NULL`);
    assert.equal(journal[0]!.n, 1, 'the case journal says Skjold noticed');
  });
});

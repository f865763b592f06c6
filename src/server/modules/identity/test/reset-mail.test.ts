import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { forEachEngine } from '../../../../../test/support/db.js';
import { createUser, loginAs, startTestApp, type TestApp } from '../../../../../test/support/app.js';
import { createCaseRow } from '../../../../../test/support/factories.js';
import { mailContent, mailText, startSmtpServer } from '../../../../../test/support/smtp.js';
import { queryRows } from '../../../platform/db/client.js';
import { appJobRunner } from '../../reminders/reminders.runner.js';

/** Issue 16: the owner of an account an admin reset is told by e-mail, through a real SMTP server, with nothing in it. */
forEachEngine('an admin reset e-mails the owner, content-free', (engine) => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  before(async () => {
    smtp = await startSmtpServer();
    t = await startTestApp(engine, { SMTP_URL: smtp.url, PUBLIC_URL: 'https://skjold.example.dk' });
  });
  after(async () => {
    await t.close();
    await smtp.close();
  });

  it('one message to the address on file, after the reset commits, naming no one and nothing', async () => {
    const kons = await createUser(t.ctx, { role: 'consultant', region: 'Region Hovedstaden', username: 'karin.kvist', displayName: 'Karin Kvist' });
    const konsClient = await loginAs(t.app, kons.username);
    assert.equal((await konsClient.put('/api/me/notifications', { email: 'karin@skjold.example.dk', emailReminders: false })).statusCode, 200);
    const theCase = await createCaseRow(t.ctx, { municipalityCode: '165', participants: [{ userId: kons.id, role: 'CONSULTANT' }] });
    const [{ case_number: caseNumber }] = await queryRows<{ case_number: string }>(t.ctx.db, sql`SELECT case_number FROM cases WHERE id = ${theCase.id}`) as [{ case_number: string }];
    const noAddress = await createUser(t.ctx, { role: 'consultant', region: 'Region Hovedstaden' });

    const admin = await loginAs(t.app, (await createUser(t.ctx, { role: 'admin', displayName: 'Admin Adamsen' })).username);
    const reset = await admin.post(`/api/admin/users/${kons.id}/reset-password`);
    assert.equal(reset.statusCode, 200, reset.body);
    assert.equal((await admin.post(`/api/admin/users/${noAddress.id}/reset-password`)).statusCode, 200);
    assert.equal(smtp.received.length, 0, 'nothing is sent inside the reset: the job runner sends after the commit');

    const runner = appJobRunner(t.ctx, { now: () => new Date(), instance: 'A' });
    await runner.tick();
    await runner.tick();

    assert.equal(smtp.received.length, 1, 'one message (even with reminders turned off; the account without an address gets none)');
    const [mail] = smtp.received;
    assert.deepEqual(mail!.to, ['karin@skjold.example.dk']);
    const body = mailText(mail!.raw);
    assert.match(body, /Der er sket en ændring af din Skjold-konto/);
    assert.match(body, /https:\/\/skjold\.example\.dk/);
    const { oneTimePassword } = reset.json();
    // Everything but the recipient's own address (which of course names her).
    const content = mailContent(mail!).replaceAll('karin@skjold.example.dk', '').toLowerCase();
    for (const secret of ['Karin', 'Kvist', 'karin.kvist', 'Adamsen', 'adgangskode', oneTimePassword, caseNumber, theCase.id, kons.id, 'Hovedstaden', '165']) {
      assert.ok(!content.includes(String(secret).toLowerCase()), `the message carries "${secret}"`);
    }
    const [audit] = await queryRows<{ n: number }>(t.ctx.db, sql`SELECT count(*)::int AS n FROM audit_events WHERE event_type = 'reminders.account_notice_sent' AND subject_id = ${kons.id}`);
    assert.equal(audit!.n, 1);
  });
});

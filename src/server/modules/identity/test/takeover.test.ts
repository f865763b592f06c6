import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { generate } from 'otplib';
import { forEachEngine } from '../../../../../test/support/db.js';
import { createUser, loginAs, startTestApp, TEST_PASSWORD, type Client, type TestApp } from '../../../../../test/support/app.js';
import { createCaseRow } from '../../../../../test/support/factories.js';
import { auditRows } from './helpers.js';

const codeAt = (secret: string, steps = 0) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + steps * 30 });

forEachEngine('no takeover by an admin', (engine) => {
  let t: TestApp;
  before(async () => {
    // MFA as in production for consultants; admins log in with a password here so the test can drive them.
    t = await startTestApp(engine, { MFA_REQUIRED_ROLES: 'consultant' });
  });
  after(() => t.close());
  const login = (username: string, password: string, extra: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password, ...extra }, remoteAddress: '10.99.0.1' });

  /** A consultant with MFA enrolled (through the API, as the person would) and a case of their own. */
  async function consultantWithCase() {
    const kons = await createUser(t.ctx, { role: 'consultant', region: 'Region Hovedstaden' });
    const c = await loginAs(t.app, kons.username);
    const { secret } = (await c.post('/api/me/mfa/enrolment')).json();
    assert.equal((await c.post('/api/me/mfa/enrolment/confirm', { code: await codeAt(secret) })).statusCode, 200);
    const theCase = await createCaseRow(t.ctx, { municipalityCode: '165', participants: [{ userId: kons.id, role: 'CONSULTANT' }] });
    return { kons, secret, caseId: theCase.id };
  }

  it('after a password reset the admin holds the one-time password but cannot sign in as the consultant or read the cases', async () => {
    const { kons, secret, caseId } = await consultantWithCase();
    const admin = await loginAs(t.app, (await createUser(t.ctx, { role: 'admin' })).username);
    const reset = await admin.post(`/api/admin/users/${kons.id}/reset-password`);
    assert.equal(reset.statusCode, 200);
    const { oneTimePassword } = reset.json();
    assert.equal((await admin.get(`/api/admin/users/${kons.id}`)).json().mfaEnabled, true, 'the second factor is kept');

    // The admin tries the account: the one-time password alone is not enough.
    const attempt = await login(kons.username, oneTimePassword);
    assert.equal(attempt.statusCode, 401);
    assert.equal(attempt.json().error.code, 'auth.mfa_required');
    assert.equal(attempt.cookies.find((x) => x.name === 'skjold_session'), undefined, 'no session');
    const guess = await login(kons.username, oneTimePassword, { totp: (await codeAt(secret)) === '123456' ? '654321' : '123456' });
    assert.equal(guess.statusCode, 401);
    // The admin's own session does not reach the case either.
    assert.equal((await admin.get(`/api/cases/${caseId}`)).statusCode, 404);

    // The consultant signs in with the one-time password and their own code, and is told what happened.
    const own = await login(kons.username, oneTimePassword, { totp: await codeAt(secret, 1) });
    assert.equal(own.statusCode, 200, own.body);
    assert.deepEqual(own.json().notices.map((n: { kind: string }) => n.kind), ['password_reset']);
    assert.match(own.json().notices[0].message, /administrator har nulstillet din adgangskode/);
    assert.equal(own.json().user.setupStep, 'password_change');

    // The DPO sees the reset in the trail, with who did it.
    const dpo = await loginAs(t.app, (await createUser(t.ctx, { role: 'auditor' })).username);
    const events = (await dpo.get(`/api/audit/events?eventType=identity.password_reset`)).json().items as { subjectId: string }[];
    assert.ok(events.some((e) => e.subjectId === kons.id), 'the reset is on the DPO\'s audit page');
  });

  it('removing a second factor takes a second admin; the owner is told at the next login', async () => {
    const { kons } = await consultantWithCase();
    const first: Client = await loginAs(t.app, (await createUser(t.ctx, { role: 'admin' })).username);
    const second: Client = await loginAs(t.app, (await createUser(t.ctx, { role: 'admin' })).username);
    const asked = await first.post(`/api/admin/users/${kons.id}/reset-mfa`);
    assert.equal(asked.statusCode, 200);
    assert.deepEqual([asked.json().mfaEnabled, asked.json().mfaResetRequested], [true, true], 'still on: only requested');
    const again = await first.post(`/api/admin/users/${kons.id}/reset-mfa`);
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().error.code, 'identity.second_admin_required');
    // Alone, the first admin cannot combine the request with a password reset to get in.
    const { oneTimePassword } = (await first.post(`/api/admin/users/${kons.id}/reset-password`)).json();
    assert.equal((await login(kons.username, oneTimePassword)).json().error.code, 'auth.mfa_required');

    const approved = await second.post(`/api/admin/users/${kons.id}/reset-mfa`);
    assert.equal(approved.statusCode, 200);
    assert.equal(approved.json().mfaEnabled, false);
    assert.equal((await auditRows(t.ctx, 'identity.mfa_reset_requested', kons.id)).length, 1);
    const resets = await auditRows(t.ctx, 'identity.mfa_reset', kons.id);
    assert.equal(resets.length, 1);
    const secondId = (await second.get('/api/me')).json().user.id;
    assert.equal(resets[0]!.actor_user_id, secondId, 'the approving admin is the actor');

    const own = await login(kons.username, oneTimePassword);
    assert.equal(own.statusCode, 200);
    assert.deepEqual(own.json().notices.map((n: { kind: string }) => n.kind), ['password_reset', 'mfa_reset']);
    const next = await login(kons.username, oneTimePassword);
    assert.deepEqual(next.json().notices, [], 'told once');
    void TEST_PASSWORD;
  });
});

import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { generate } from 'otplib';
import { forEachEngine } from '../../../../../test/support/db.js';
import { createUser, loginAs, startTestApp, TEST_PASSWORD, type TestApp } from '../../../../../test/support/app.js';
import { users } from '../../auth/auth.tables.js';
import { auditRows } from './helpers.js';

/** The code an authenticator app would show `steps` periods from now. */
const codeAt = (secret: string, steps = 0) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + steps * 30 });

forEachEngine('identity mfa', (engine) => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp(engine, { MFA_REQUIRED_ROLES: 'consultant,caseworker' });
  });
  after(() => t.close());

  const login = (username: string, extra: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: TEST_PASSWORD, ...extra } });

  it('sends a caseworker without MFA to enrolment, then login needs a code; wrong codes fail; a recovery code works once', async () => {
    const user = await createUser(t.ctx, { role: 'caseworker', municipalityCode: '165' });
    const first = await loginAs(t.app, user.username);
    assert.equal((await first.get('/api/me')).json().user.setupStep, 'mfa_enrolment');
    const blocked = await first.get('/api/me/sessions');
    assert.equal(blocked.statusCode, 403);
    assert.equal(blocked.json().error.code, 'auth.setup_required');

    const enrolment = (await first.post('/api/me/mfa/enrolment')).json();
    assert.match(enrolment.qrCodeDataUrl, /^data:image\/png;base64,/);
    assert.match(enrolment.otpauthUri, /^otpauth:\/\/totp\/Skjold:/);
    const [stored] = await t.ctx.db.select().from(users).where(eq(users.id, user.id));
    assert.ok(stored!.mfaPendingSecretEnc && !stored!.mfaPendingSecretEnc.includes(enrolment.secret), 'the secret is sealed at rest');

    const wrongConfirm = await first.post('/api/me/mfa/enrolment/confirm', { code: '000000' === (await codeAt(enrolment.secret)) ? '111111' : '000000' });
    assert.equal(wrongConfirm.statusCode, 400);
    assert.equal(wrongConfirm.json().error.details[0].path, 'body.code');
    const confirmed = await first.post('/api/me/mfa/enrolment/confirm', { code: await codeAt(enrolment.secret) });
    assert.equal(confirmed.statusCode, 200);
    const recoveryCodes = confirmed.json().recoveryCodes as string[];
    assert.equal(recoveryCodes.length, 10);
    assert.equal((await first.get('/api/me')).json().user.setupStep, null, 'enrolled: the gate opens');
    assert.equal((await auditRows(t.ctx, 'identity.mfa_enrolled', user.id)).length, 1);

    // Password alone is no longer enough.
    const noCode = await login(user.username);
    assert.equal(noCode.statusCode, 401);
    assert.equal(noCode.json().error.code, 'auth.mfa_required');
    assert.equal(noCode.cookies.length, 0, 'no session without the second factor');

    const wrong = await login(user.username, { totp: (await codeAt(enrolment.secret, 1)) === '123456' ? '654321' : '123456' });
    assert.equal(wrong.statusCode, 401);
    assert.equal(wrong.json().error.code, 'auth.mfa_invalid');
    assert.equal((await auditRows(t.ctx, 'auth.login_failed', user.id)).at(-1)!.details.reason, 'wrong_second_factor');

    // The code used to confirm cannot be replayed; the next one works, once.
    assert.equal((await login(user.username, { totp: await codeAt(enrolment.secret) })).statusCode, 401, 'replay refused');
    const next = await codeAt(enrolment.secret, 1);
    assert.equal((await login(user.username, { totp: next })).statusCode, 200);
    assert.equal((await login(user.username, { totp: next })).statusCode, 401, 'the same code twice is refused');

    const code = recoveryCodes[3]!;
    assert.equal((await login(user.username, { recoveryCode: code.toUpperCase() })).statusCode, 200, 'recovery code works (case does not matter)');
    assert.equal((await login(user.username, { recoveryCode: code })).statusCode, 401, 'but only once');
    assert.equal((await auditRows(t.ctx, 'identity.mfa_recovery_code_used', user.id)).length, 1);
    const [sealed] = await t.ctx.db.select().from(users).where(eq(users.id, user.id));
    assert.ok(/^k[0-9a-f]{10}\./.test(sealed!.mfaSecretEnc!) && !sealed!.mfaSecretEnc!.includes(enrolment.secret));
  });

  it('does not force MFA on roles outside MFA_REQUIRED_ROLES, nor in demo mode', async () => {
    const analyst = await createUser(t.ctx, { role: 'analyst' });
    assert.equal((await (await loginAs(t.app, analyst.username)).get('/api/me')).json().user.setupStep, null);
    const demo = await startTestApp(engine, { MFA_REQUIRED_ROLES: 'consultant,caseworker', SKJOLD_DEMO: '1' });
    try {
      const consultant = await createUser(demo.ctx, { role: 'consultant', region: 'Region Hovedstaden' });
      const client = await loginAs(demo.app, consultant.username);
      assert.equal((await client.get('/api/me')).json().user.setupStep, null);
      assert.equal((await client.get('/api/me/mfa')).json().required, false);
    } finally {
      await demo.close();
    }
  });
});

import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { forEachEngine } from '../../../../../test/support/db.js';
import { createUser, loginAs, startTestApp, TEST_PASSWORD, type TestApp } from '../../../../../test/support/app.js';
import { users } from '../../auth/auth.tables.js';
import { checkPassword } from '../password/password-policy.js';
import { bootstrapAdmin } from '../bootstrap.js';
import { auditRows } from './helpers.js';

it('password policy: length counts, common and personal passwords do not pass, no composition rules', async () => {
  assert.equal(await checkPassword('kort-kode', 'anna'), 'too_short');
  assert.equal(await checkPassword('x'.repeat(100) + 'abcdefghijklmnopqrstuvwxyz'.repeat(7), 'anna'), 'too_long');
  assert.equal(await checkPassword('123456789012', 'anna'), 'common');
  assert.equal(await checkPassword('1q2w3e4r5t6y', 'anna'), 'common');
  assert.equal(await checkPassword('Password2026!', 'anna'), 'common', 'a listed word with digits around it');
  assert.equal(await checkPassword('dragondragon', 'anna'), 'common', 'a listed word repeated');
  assert.equal(await checkPassword('Sommerfugl12345', 'anna'), 'common', 'Danish everyday words are listed too');
  assert.equal(await checkPassword('mit-skjold-er-godt', 'anna'), 'contains_username');
  assert.equal(await checkPassword('anna.jensen-2026-blomst', 'anna.jensen'), 'contains_username');
  assert.equal(await checkPassword('aaaaaaaaaaaaaaaa', 'anna'), 'too_simple');
  // No rules about digits, capitals or symbols: a long phrase of lower-case words is fine, æøå count as one.
  assert.equal(await checkPassword('korrekt hest batteri hæfteklamme', 'anna'), null);
  assert.equal(await checkPassword('æbleøråltræer', 'anna'), null);
});

forEachEngine('identity account', (engine) => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp(engine);
  });
  after(() => t.close());

  it('changes the own password only with the current one and only to an allowed one; other sessions end', async () => {
    const user = await createUser(t.ctx, { role: 'analyst' });
    const here = await loginAs(t.app, user.username);
    const elsewhere = await loginAs(t.app, user.username);
    const wrong = await here.post('/api/me/password', { currentPassword: 'ikke-den-rigtige', newPassword: 'en helt ny og lang frase' });
    assert.equal(wrong.statusCode, 400);
    assert.equal(wrong.json().error.details[0].path, 'body.currentPassword');
    const weak = await here.post('/api/me/password', { currentPassword: TEST_PASSWORD, newPassword: 'password1234' });
    assert.equal(weak.statusCode, 400);
    assert.equal(weak.json().error.code, 'validation.failed');
    assert.equal(weak.json().error.details[0].path, 'body.newPassword');
    assert.match(weak.json().error.message, /almindelig/);
    const ok = await here.post('/api/me/password', { currentPassword: TEST_PASSWORD, newPassword: 'en helt ny og lang frase' });
    assert.equal(ok.statusCode, 204);
    assert.equal((await here.get('/api/me')).statusCode, 200, 'this session lives on');
    assert.equal((await elsewhere.get('/api/me')).statusCode, 401, 'the other session is ended');
    await loginAs(t.app, user.username, 'en helt ny og lang frase');
    assert.equal((await auditRows(t.ctx, 'identity.password_changed', user.id)).length, 1);
  });

  it('lists own sessions, revokes one (not someone else\'s), and logs out everywhere', async () => {
    const user = await createUser(t.ctx, { role: 'analyst' });
    const other = await createUser(t.ctx, { role: 'analyst' });
    const a = await loginAs(t.app, user.username);
    const b = await loginAs(t.app, user.username);
    const c = await loginAs(t.app, user.username);
    const stranger = await loginAs(t.app, other.username);
    const list = (await a.get('/api/me/sessions')).json().sessions as { id: string; current: boolean }[];
    assert.equal(list.length, 3);
    assert.equal(list.filter((s) => s.current).length, 1);
    const bId = list.find((s) => !s.current)!.id;

    const foreign = await stranger.delete(`/api/me/sessions/${bId}`);
    assert.equal(foreign.statusCode, 404, 'another user\'s session is not found');
    assert.equal((await a.get('/api/me/sessions')).json().sessions.length, 3, 'and nothing was revoked');

    assert.equal((await a.delete(`/api/me/sessions/${bId}`)).statusCode, 204);
    const alive = [await b.get('/api/me'), await c.get('/api/me')].filter((r) => r.statusCode === 200).length;
    assert.equal(alive, 1, 'exactly the revoked one is gone');

    assert.equal((await a.post('/api/me/sessions/revoke-all')).statusCode, 204);
    for (const s of [a, b, c]) assert.equal((await s.get('/api/me')).statusCode, 401);
    assert.equal((await stranger.get('/api/me')).statusCode, 200, 'other users keep their sessions');
  });

  it('a forced password change gates the session to /api/me, logout and the change route', async () => {
    const user = await createUser(t.ctx, { role: 'admin' });
    await t.ctx.db.update(users).set({ mustChangePassword: true }).where(eq(users.id, user.id));
    const client = await loginAs(t.app, user.username);
    const me = await client.get('/api/me');
    assert.equal(me.statusCode, 200);
    assert.equal(me.json().user.setupStep, 'password_change');
    for (const res of [await client.get('/api/admin/users'), await client.get('/api/me/sessions'), await client.post('/api/me/mfa/enrolment')]) {
      assert.equal(res.statusCode, 403);
      assert.equal(res.json().error.code, 'auth.setup_required');
    }
    assert.equal((await client.post('/api/me/password', { currentPassword: TEST_PASSWORD, newPassword: 'nyt langt kodeord til admin' })).statusCode, 204);
    assert.equal((await client.get('/api/me')).json().user.setupStep, null);
    assert.equal((await client.get('/api/admin/users')).statusCode, 200, 'the gate opens at once');
  });

  it('bootstraps one admin on an empty users table, printed once, who must change the password', async () => {
    const fresh = await startTestApp(engine);
    try {
      const printed: string[] = [];
      assert.equal(await bootstrapAdmin(fresh.ctx, (l) => printed.push(l)), true);
      assert.equal(await bootstrapAdmin(fresh.ctx, (l) => printed.push(l)), false, 'second start: nothing');
      const line = printed.find((l) => l.includes('Engangsadgangskode'))!;
      const password = line.split(':').pop()!.trim();
      const client = await loginAs(fresh.app, 'admin', password);
      assert.equal((await client.get('/api/me')).json().user.setupStep, 'password_change');
      assert.equal((await auditRows(fresh.ctx, 'identity.admin_bootstrapped')).length, 1);
    } finally {
      await fresh.close();
    }
  });
});

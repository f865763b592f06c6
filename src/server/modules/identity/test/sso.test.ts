import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { forEachEngine } from '../../../../../test/support/db.js';
import { createUser, loginAs, startTestApp, type TestApp } from '../../../../../test/support/app.js';
import { queryRows } from '../../../platform/db/client.js';
import { auditRows } from './helpers.js';
import { signInAtProvider, startTestProvider, type TestProvider } from './oidc-provider.js';

/**
 * SSO against a real OpenID provider, driven over HTTP. Skjold's own address is never dialled (the provider
 * only redirects to it), so the app runs in-process and a made-up PUBLIC_URL names it.
 */
const PUBLIC_URL = 'http://skjold.test';
const CALLBACK = `${PUBLIC_URL}/api/auth/oidc/callback`;
let idp: TestProvider;
before(async () => {
  idp = await startTestProvider(CALLBACK);
});
after(() => idp.close());

forEachEngine('identity sso', (engine) => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp(engine, { OIDC_ISSUER: idp.issuer, OIDC_CLIENT_ID: idp.clientId, OIDC_CLIENT_SECRET: idp.clientSecret, PUBLIC_URL });
  });
  after(() => t.close());

  /** One SSO login as provider subject `sub`: where Skjold sends the browser, and whom it signed in. */
  async function ssoLogin(sub: string): Promise<{ location: string; username: string | null }> {
    const start = await t.app.inject({ method: 'GET', url: '/api/auth/oidc/start' });
    assert.equal(start.statusCode, 302);
    const state = start.cookies.find((c) => c.name === 'skjold_oidc_state')!.value;
    const back = new URL(await signInAtProvider(String(start.headers.location), sub, CALLBACK));
    const done = await t.app.inject({ method: 'GET', url: back.pathname + back.search, cookies: { skjold_oidc_state: state } });
    assert.equal(done.statusCode, 302);
    const session = done.cookies.find((c) => c.name === 'skjold_session')?.value;
    if (!session) return { location: String(done.headers.location), username: null };
    const me = await t.app.inject({ method: 'GET', url: '/api/me', cookies: { skjold_session: session } });
    return { location: String(done.headers.location), username: me.json().user.username };
  }

  const binding = async (userId: string) =>
    (await queryRows<{ oidc_issuer: string | null; oidc_subject: string | null }>(t.ctx.db, sql`SELECT oidc_issuer, oidc_subject FROM users WHERE id = ${userId}`))[0]!;
  const refusals = async (userId?: string) => (await auditRows(t.ctx, 'identity.sso_login_refused', userId)).map((r) => r.details.reason);

  it('links an account to iss+sub at the first login; a renamed username claim at the provider cannot reach another account', async () => {
    const anna = await createUser(t.ctx, { role: 'analyst', username: `anna.${engine}` });
    const bent = await createUser(t.ctx, { role: 'admin', username: `bent.${engine}` });
    const annaSub = `sub-anna-${engine}`;
    idp.usernames.set(annaSub, anna.username);

    assert.deepEqual(await ssoLogin(annaSub), { location: '/', username: anna.username });
    assert.deepEqual(await binding(anna.id), { oidc_issuer: idp.issuer, oidc_subject: annaSub });
    const linked = await auditRows(t.ctx, 'identity.sso_linked', anna.id);
    assert.equal(linked.length, 1);
    assert.equal(linked[0]!.actor_user_id, anna.id);

    // The provider now says Anna's username is Bent's: she still lands on her own account, never his.
    idp.usernames.set(annaSub, bent.username);
    assert.deepEqual(await ssoLogin(annaSub), { location: '/', username: anna.username });
    assert.deepEqual(await binding(bent.id), { oidc_issuer: null, oidc_subject: null }, 'Bent stays unbound');
    assert.equal((await auditRows(t.ctx, 'identity.sso_linked', anna.id)).length, 1, 'linked once');

    // Another provider identity carrying Anna's username cannot take over her bound account.
    const other = `sub-other-${engine}`;
    idp.usernames.set(other, anna.username);
    assert.deepEqual(await ssoLogin(other), { location: '/login?sso=ukendt', username: null });
    assert.deepEqual(await refusals(anna.id), ['account_bound_elsewhere']);
    assert.equal((await binding(anna.id)).oidc_subject, annaSub);
  });

  it('refuses locked and deactivated accounts over SSO, audited, bound or not', async () => {
    const locked = await createUser(t.ctx, { role: 'analyst', username: `laast.${engine}` });
    await t.ctx.db.execute(sql`UPDATE users SET locked_until = now() + interval '10 minutes' WHERE id = ${locked.id}`);
    assert.deepEqual(await ssoLogin(locked.username), { location: '/login?sso=spaerret', username: null });
    assert.deepEqual(await binding(locked.id), { oidc_issuer: null, oidc_subject: null }, 'a locked account is not linked');

    const gone = await createUser(t.ctx, { role: 'analyst', username: `fratraadt.${engine}` });
    assert.equal((await ssoLogin(gone.username)).username, gone.username);
    await t.ctx.db.execute(sql`UPDATE users SET active = false WHERE id = ${gone.id}`);
    assert.deepEqual(await ssoLogin(gone.username), { location: '/login?sso=ukendt', username: null });
    await t.ctx.db.execute(sql`UPDATE users SET active = true, locked_until = now() + interval '10 minutes' WHERE id = ${gone.id}`);
    assert.deepEqual(await ssoLogin(gone.username), { location: '/login?sso=spaerret', username: null });

    assert.deepEqual(await refusals(locked.id), ['account_locked']);
    assert.deepEqual(await refusals(gone.id), ['account_inactive', 'account_locked']);
  });

  it('an admin resets the binding: SSO sessions end, audited, and the next SSO login links afresh', async () => {
    const admin = await loginAs(t.app, (await createUser(t.ctx, { role: 'admin' })).username);
    const carl = await createUser(t.ctx, { role: 'analyst', username: `carl.${engine}` });
    const oldSub = `sub-carl-old-${engine}`;
    idp.usernames.set(oldSub, carl.username);
    assert.equal((await ssoLogin(oldSub)).username, carl.username);
    const shown = (await admin.get(`/api/admin/users/${carl.id}`)).json();
    assert.ok(shown.ssoLinkedAt, 'the admin page shows the binding');
    assert.ok(!JSON.stringify(shown).includes(oldSub), 'the provider subject does not leave');

    const reset = await admin.post(`/api/admin/users/${carl.id}/unlink-sso`);
    assert.equal(reset.statusCode, 200, reset.body);
    assert.equal(reset.json().ssoLinkedAt, null);
    assert.deepEqual(await binding(carl.id), { oidc_issuer: null, oidc_subject: null });
    assert.equal((await auditRows(t.ctx, 'identity.sso_unlinked', carl.id)).length, 1);
    const live = await queryRows<{ n: number }>(t.ctx.db, sql`SELECT count(*)::int AS n FROM sessions WHERE user_id = ${carl.id} AND revoked_at IS NULL`);
    assert.equal(live[0]!.n, 0);
    assert.equal((await admin.post(`/api/admin/users/${carl.id}/unlink-sso`)).statusCode, 409);

    const newSub = `sub-carl-new-${engine}`;
    idp.usernames.set(newSub, carl.username);
    assert.equal((await ssoLogin(newSub)).username, carl.username);
    assert.equal((await binding(carl.id)).oidc_subject, newSub);
    assert.equal((await ssoLogin(oldSub)).username, null, 'the old identity no longer reaches the account');
  });
});

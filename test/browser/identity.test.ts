import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { createUser } from '../support/app.js';
import { expectNoAxeViolations, launchBrowser, loginInBrowser, screenshot, startBrowserServer, type BrowserServer, type TestBrowser } from '../support/browser.js';
import { queryRows } from '../../src/server/platform/db/client.js';
import { startTestProvider, type TestProvider } from '../../src/server/modules/identity/test/oidc-provider.js';

/**
 * A REAL OpenID provider (oidc-provider, its development login page) on loopback, and Skjold configured
 * against it: the browser clicks "Log ind med SSO", signs in at the provider, and lands signed in.
 */
let server: BrowserServer;
let browser: TestBrowser;
let idp: TestProvider;

before(async () => {
  server = await startBrowserServer();
  idp = await startTestProvider(`${server.baseUrl}/api/auth/oidc/callback`);
  // Settings are read when a login starts, so the running server can be pointed at the provider now.
  Object.assign(server.ctx.config, {
    OIDC_ISSUER: idp.issuer,
    OIDC_CLIENT_ID: idp.clientId,
    OIDC_CLIENT_SECRET: idp.clientSecret,
    PUBLIC_URL: server.baseUrl,
  });
  browser = await launchBrowser();
  // Loopback only: the provider's page links a web font; nothing may leave the machine.
  await browser.context.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
});
after(async () => {
  await browser?.close();
  idp?.close();
  await server?.close();
});

async function ssoLogin(login: string) {
  const { page } = browser;
  await page.goto(`${server.baseUrl}/login`);
  await page.getByRole('link', { name: 'Log ind med SSO' }).click();
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('hvad-som-helst');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  const consent = page.getByRole('button', { name: 'Continue' });
  if (await consent.isVisible({ timeout: 3000 }).catch(() => false)) await consent.click();
}

it('SSO: log in at a real OpenID provider and land signed in; an unknown account is refused and audited', async () => {
  const { page } = browser;
  await createUser(server.ctx, { role: 'analyst', username: 'sso.bruger', displayName: 'Sigrid SSO' });
  await page.goto(`${server.baseUrl}/login`);
  await page.getByRole('link', { name: 'Log ind med SSO' }).waitFor();
  await expectNoAxeViolations(page, 'login with SSO');
  await screenshot(page, 'identity-login-sso');

  await ssoLogin('sso.bruger');
  await page.waitForURL(`${server.baseUrl}/`);
  await page.getByText('Sigrid SSO').first().waitFor();
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Min profil' }).click();
  await page.getByRole('heading', { name: 'Aktive sessioner' }).waitFor();
  await page.getByText('(SSO) – denne session').waitFor();
  await expectNoAxeViolations(page, 'profile');
  await screenshot(page, 'identity-profile');
  await page.getByRole('button', { name: 'Log ud overalt' }).click();
  await page.waitForURL('**/login');

  // Forget the provider's own session so it asks who is signing in this time.
  await browser.context.clearCookies();
  await ssoLogin('ikke.i.skjold');
  await page.waitForURL('**/login?sso=ukendt');
  await page.getByRole('alert').getByText('ikke knyttet til en aktiv bruger').waitFor();
  await screenshot(page, 'identity-sso-refused');
  const refused = await queryRows<{ details: { reason: string } }>(server.ctx.db, sql`SELECT details FROM audit_events WHERE event_type = 'identity.sso_login_refused'`);
  assert.deepEqual(refused.map((r) => r.details.reason), ['unknown_account']);
});

it('admin: must change the one-time password first, then creates a user and sees the one-time password once', async () => {
  const { page } = browser;
  const admin = await createUser(server.ctx, { role: 'admin', displayName: 'Ada Admin' });
  await server.ctx.db.execute(sql`UPDATE users SET must_change_password = true WHERE id = ${admin.id}`);
  await loginInBrowser(page, server.baseUrl, admin.username);
  await page.waitForURL('**/min-profil/skift-adgangskode');
  await page.getByLabel('Nuværende adgangskode').fill('korrekt-hest-batteri-hæfteklamme');
  await page.getByLabel('Ny adgangskode').fill('password12345');
  await page.getByRole('button', { name: 'Gem ny adgangskode' }).click();
  await page.getByRole('alert').getByText('for almindelig').first().waitFor();
  await expectNoAxeViolations(page, 'change password with error');
  await screenshot(page, 'identity-change-password-error');
  await page.getByLabel('Ny adgangskode').fill('ada vælger en lang sætning');
  await page.getByRole('button', { name: 'Gem ny adgangskode' }).click();
  await page.waitForURL('**/min-profil');

  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Brugere' }).click();
  await page.getByLabel('Brugernavn').fill('sb.ny.albertslund');
  await page.getByLabel('Navn', { exact: true }).fill('Bent Sagsbehandler');
  await page.getByLabel('Rolle').selectOption('caseworker');
  await page.getByRole('button', { name: 'Opret bruger' }).click();
  await page.getByRole('alert').getByText('Vælg brugerens kommune.').waitFor();
  await page.getByLabel('Kommune').selectOption('165');
  await page.getByRole('button', { name: 'Opret bruger' }).click();
  await page.getByText('sb.ny.albertslund er oprettet').waitFor();
  await page.getByRole('link', { name: 'sb.ny.albertslund' }).waitFor();
  await expectNoAxeViolations(page, 'admin users');
  await screenshot(page, 'identity-admin-users');
  await page.getByRole('link', { name: 'sb.ny.albertslund' }).click();
  await page.getByRole('heading', { name: 'Bent Sagsbehandler (sb.ny.albertslund)' }).waitFor();
  await expectNoAxeViolations(page, 'admin user');
  await screenshot(page, 'identity-admin-user');
});

it('admin: sees that an account is bound to an SSO identity and resets the binding', async () => {
  const { page } = browser;
  const admin = await createUser(server.ctx, { role: 'admin', displayName: 'Alma Admin' });
  const user = await createUser(server.ctx, { role: 'analyst', username: 'sso.nulstil', displayName: 'Nora Nulstil' });
  await browser.context.clearCookies();
  await ssoLogin('sso.nulstil');
  await page.getByText('Nora Nulstil').first().waitFor();
  const bound = { id: user.id };
  await browser.context.clearCookies();
  await loginInBrowser(page, server.baseUrl, admin.username);
  await page.goto(`${server.baseUrl}/admin/brugere/${bound.id}`);
  await page.getByText('Knyttet til en SSO-identitet siden').waitFor();
  await page.getByRole('button', { name: 'Nulstil SSO-tilknytning' }).click();
  await page.getByText('Ikke knyttet til en SSO-identitet.').waitFor();
  await expectNoAxeViolations(page, 'admin user after SSO reset');
  await screenshot(page, 'identity-admin-user-sso-reset');
  const [after] = await queryRows<{ oidc_subject: string | null }>(server.ctx.db, sql`SELECT oidc_subject FROM users WHERE id = ${bound.id}`);
  assert.equal(after!.oidc_subject, null);
});

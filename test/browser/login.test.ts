import assert from 'node:assert/strict';
import { it } from 'node:test';
import { createUser } from '../support/app.js';
import { expectNoAxeViolations, loginInBrowser, screenshot, useServerAndBrowser } from '../support/browser.js';

const env = useServerAndBrowser();

it('login page is Danish and accessible; a wrong password shows a Danish error; a right one signs in', async () => {
  const { page } = env.browser;
  const user = await createUser(env.server.ctx, { role: 'analyst', displayName: 'Anna Analytiker' });
  await page.goto(`${env.server.baseUrl}/login`);
  assert.equal(await page.getAttribute('html', 'lang'), 'da');
  await expectNoAxeViolations(page, 'login');
  await page.getByLabel('Brugernavn').fill(user.username);
  await page.getByLabel('Adgangskode').fill('forkert-adgangskode');
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.getByRole('alert').getByText('Brugernavn eller adgangskode er forkert.').waitFor();
  await screenshot(page, 'login-error');
  await loginInBrowser(page, env.server.baseUrl, user.username);
  await page.getByText('Anna Analytiker').first().waitFor();
  await expectNoAxeViolations(page, 'home signed in');
  await screenshot(page, 'home-signed-in');
  await page.getByRole('button', { name: 'Log af' }).click();
  await page.waitForURL('**/login');
  await screenshot(page, 'after-logout');
  await page.getByRole('link', { name: 'Log ind' }).first().waitFor({ timeout: 5000 });
});

import assert from 'node:assert/strict';
import { it } from 'node:test';
import { createUser } from '../support/app.js';
import { loginInBrowser, useServerAndBrowser } from '../support/browser.js';
import { openCaseFromInquiry, seedInquiry, step } from './consent-support.js';

/** Issue 9: the three flows where consent decides who is involved (DOMAIN.md § 11.1). */
const env = useServerAndBrowser();

it('a consultant opens a case in Odense, which has no caseworker accounts, naming the caseworker as a contact without access', async () => {
  const { page } = env.browser;
  const consultant = await createUser(env.server.ctx, { role: 'consultant', region: 'Region Syddanmark', displayName: 'Kasper Konsulent' });
  const inquiryId = await seedInquiry(env.server.ctx, consultant, { anonymous: false }, { name: 'Sara Testesen' }, { giver: 'FORAELDREMYNDIGHEDSINDEHAVER', scopes: ['KONKRET_SAGSSPARRING', 'RISIKOVURDERING'] });
  await loginInBrowser(page, env.server.baseUrl, consultant.username);
  await page.goto(`${env.server.baseUrl}/henvendelser/${inquiryId}`);
  const form = await openCaseFromInquiry(page, /En kontaktperson uden adgang til Skjold/);
  assert.equal(await form.getByLabel(/En sagsbehandler med adgang til Skjold/).isDisabled(), true, 'Odense has no accounts yet');
  await form.getByRole('button', { name: 'Opret sag' }).click();
  await page.getByRole('alert').filter({ hasText: 'Skriv sagsbehandlerens navn.' }).waitFor();
  await step(page, '01-contact-name-missing');
  await form.getByLabel('Sagsbehandlerens navn').fill('Ole Odense');
  await form.getByLabel('Afdeling').fill('Børn og Familie');
  await form.locator('#case-responsibleCaseworker-phone').fill('+45 65 51 00 00');
  await form.getByRole('button', { name: 'Opret sag' }).click();
  const overview = page.locator('.case-overview');
  await overview.getByText('Ole Odense').waitFor();
  await overview.getByText('uden adgang til Skjold').waitFor();
  // The workspace shows each section on its own route (issue 8): open the involvement section.
  const overviewUrl = page.url();
  await page.goto(`${overviewUrl}/involvering`);
  await page.locator('#afsnit-involvering').getByText('Odense Kommune er involveret.').waitFor();
  await step(page, '02-case-with-external-caseworker');
});

import assert from 'node:assert/strict';
import { it } from 'node:test';
import { createUser } from '../support/app.js';
import { loginInBrowser, useServerAndBrowser } from '../support/browser.js';
import { openCaseFromInquiry, seedInquiry, step } from './consent-support.js';

/** Issue 9: the three flows where consent decides who is involved (DOMAIN.md § 11.1). */
const env = useServerAndBrowser();

it('a 24-year-old advised directly: the case is the consultant\'s alone; the Odense caseworker cannot find it', async () => {
  const { page } = env.browser;
  const consultant = await createUser(env.server.ctx, { role: 'consultant', region: 'Region Syddanmark' });
  const caseworker = await createUser(env.server.ctx, { role: 'caseworker', municipalityCode: '461', displayName: 'Olga Odense' });
  const inquiryId = await seedInquiry(env.server.ctx, consultant,
    { anonymous: false, initiatorRole: 'BORGER_SELV', concernTypes: ['NSK'], advisedCitizenDirectly: true, summary: 'Ung kvinde, 24, kontrolleres af familien.' },
    { ageBand: '18_24', name: 'Amina Testesen' }, { giver: 'BORGER', scopes: ['DIREKTE_RAADGIVNING'] });
  await page.context().clearCookies();
  await loginInBrowser(page, env.server.baseUrl, consultant.username);
  await page.goto(`${env.server.baseUrl}/henvendelser/${inquiryId}`);
  const form = await openCaseFromInquiry(page, /Ikke kendt endnu/);
  await form.getByRole('button', { name: 'Opret sag' }).click();
  const overview = page.locator('.case-overview');
  // Direct advice only: nobody at the municipality is missing (the header says the municipality is not involved).
  await overview.getByText('Ingen – kommunen er ikke involveret i sagen').waitFor();
  // The workspace shows each section on its own route (issue 8): open the involvement section.
  const overviewUrl = page.url();
  await page.goto(`${overviewUrl}/involvering`);
  await page.locator('#afsnit-involvering').getByText(/Kun direkte rådgivning: sagen er sikkerhedskonsulentens alene/).waitFor();
  // A municipal account cannot be chosen while the municipality is not involved.
  await page.locator('summary', { hasText: 'Angiv eller skift ansvarlig sagsbehandler' }).click();
  assert.equal(await page.getByRole('form', { name: 'Angiv ansvarlig sagsbehandler' }).getByLabel(/En sagsbehandler med adgang til Skjold/).isDisabled(), true);
  await step(page, '03-direct-advice-only');
  const caseUrl = overviewUrl;

  await page.context().clearCookies();
  await loginInBrowser(page, env.server.baseUrl, caseworker.username);
  await page.goto(caseUrl);
  await page.getByRole('heading', { name: 'Sagen findes ikke', level: 1 }).waitFor();
  await step(page, '04-caseworker-sees-nothing');
});

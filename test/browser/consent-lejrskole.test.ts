import assert from 'node:assert/strict';
import { it } from 'node:test';
import { createUser } from '../support/app.js';
import { loginInBrowser, useServerAndBrowser } from '../support/browser.js';
import { createInquiryScreening } from '../../src/server/modules/risk/risk.screening.service.js';
import { svcOf } from '../../src/server/shared/svc.js';
import { actorOf } from './intake-support.js';
import { openCaseFromInquiry, seedInquiry, step } from './consent-support.js';

/** Issue 9: the three flows where consent decides who is involved (DOMAIN.md § 11.1). */
const env = useServerAndBrowser();

it('the lejrskole case: the consultant records the municipality\'s decision from the phone, the case opens without parental consent, the caseworker sees the inquiry', async () => {
  const { page } = env.browser;
  const consultant = await createUser(env.server.ctx, { role: 'consultant', region: 'Region Syddanmark' });
  const caseworker = await createUser(env.server.ctx, { role: 'caseworker', municipalityCode: '461', displayName: 'Oda Odense' });
  const inquiryId = await seedInquiry(env.server.ctx, consultant, { anonymous: false, summary: 'Elev må ikke deltage i lejrskole; familien planlægger sommerrejse uden returbillet.' }, { name: 'Lina Testesen' });
  await createInquiryScreening(svcOf(env.server.ctx), actorOf(consultant), inquiryId, { outcome: 'HANDLING', rationale: 'Lejrskole nægtet, rejse uden returbillet.', answers: {} });

  await page.context().clearCookies();
  await loginInBrowser(page, env.server.baseUrl, consultant.username);
  await page.goto(`${env.server.baseUrl}/henvendelser/${inquiryId}`);
  const form = await openCaseFromInquiry(page, /En sagsbehandler med adgang til Skjold/);
  await form.getByLabel('Sagsbehandler med adgang til Skjold', { exact: true }).selectOption({ label: 'Oda Odense' });
  await form.getByRole('button', { name: 'Opret sag' }).click();
  const refusal = page.getByRole('alert').filter({ hasText: 'Sagen kan ikke oprettes endnu' });
  await refusal.waitFor();
  await step(page, '05-consent-missing-says-what-to-do');
  // The link points to a form this consultant has.
  await refusal.getByRole('link', { name: /Kommunens beslutning om anden hjemmel/ }).click();
  const decision = page.getByRole('form', { name: 'Registrér kommunens beslutning' });
  await decision.waitFor();
  await decision.getByLabel(/Hvem i kommunen traf beslutningen/).fill('Hanne Leder');
  await decision.getByLabel('Vedkommendes funktion').fill('Afdelingsleder, Børn og Familie');
  await decision.getByLabel('Lovhenvisning').fill('Barnets lov § 20');
  await decision.getByLabel(/Begrundelse/).fill('Forældrene er de frygtede gerningspersoner; samtykke vil bringe barnet i fare.');
  await decision.getByRole('button', { name: 'Registrér kommunens beslutning' }).click();
  await page.getByText('Kommunens beslutning er registreret. Sagen kan nu oprettes.').waitFor();
  await page.getByText('Kommunens beslutning, registreret af sikkerhedskonsulent').waitFor();
  await step(page, '06-municipal-decision-recorded');
  await form.getByLabel(/En sagsbehandler med adgang til Skjold/).check();
  await form.getByLabel('Sagsbehandler med adgang til Skjold', { exact: true }).selectOption({ label: 'Oda Odense' });
  await form.getByRole('button', { name: 'Opret sag' }).click();
  await page.locator('.case-overview').getByText('Oda Odense').waitFor();
  // The workspace shows each section on its own route (issue 8): open the involvement section.
  const overviewUrl = page.url();
  await page.goto(`${overviewUrl}/involvering`);
  await page.locator('#afsnit-involvering').getByText(/Kommunen er involveret på anden hjemmel/).waitFor();
  const caseUrl = overviewUrl;

  // The responsible caseworker sees the case, the inquiry it came from and its screening: nothing to register again.
  await page.context().clearCookies();
  await loginInBrowser(page, env.server.baseUrl, caseworker.username);
  await page.goto(`${caseUrl}/henvendelsen`);
  const origin = page.locator('#afsnit-henvendelsen');
  await origin.getByRole('link', { name: 'Se henvendelsen' }).waitFor();
  await origin.getByRole('table', { name: 'Screeninger af henvendelsen' }).waitFor();
  await step(page, '07-caseworker-sees-inquiry-and-screening');
  await page.goto(`${env.server.baseUrl}/henvendelser`);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await step(page, '08-caseworker-inquiry-list');
});

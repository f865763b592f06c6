import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { Page } from 'playwright-core';
import { createUser } from '../support/app.js';
import { expectNoAxeViolations, loginInBrowser, screenshot, useServerAndBrowser } from '../support/browser.js';
import { recordConsent } from '../../src/server/modules/consent/consent.service.js';
import { createInquiryScreening } from '../../src/server/modules/risk/risk.screening.service.js';
import { CreateInquiryBody } from '../../src/server/modules/intake/intake.schemas.js';
import { createInquiry } from '../../src/server/modules/intake/intake.service.js';
import { inquiryBody } from '../../src/server/modules/intake/intake.fixtures.js';
import { svcOf } from '../../src/server/shared/svc.js';
import { actorOf } from './intake-support.js';

/** Issue 9: the three flows where consent decides who is involved (DOMAIN.md § 11.1). */
const env = useServerAndBrowser();

async function step(page: Page, name: string) {
  await expectNoAxeViolations(page, name);
  await screenshot(page, `consent-${name}`);
}

type User = Awaited<ReturnType<typeof createUser>>;
async function seedInquiry(consultant: User, overrides: Record<string, unknown>, citizen: Record<string, unknown>, consent?: { giver: string; scopes: string[] }) {
  const svc = svcOf(env.server.ctx);
  const inq = await createInquiry(svc, actorOf(consultant), CreateInquiryBody.parse(inquiryBody({ initiatorMunicipalityCode: '461', ...overrides }, { municipalityCode: '461', ...citizen })));
  if (consent) await recordConsent(svc, actorOf(consultant), inq.id, { ...consent, givenAt: '2026-01-12', channel: 'TELEFON' } as Parameters<typeof recordConsent>[3]);
  return inq.id;
}

async function openCaseFromInquiry(page: Page, mode: RegExp) {
  const form = page.getByRole('form', { name: 'Opret sag' });
  await form.getByLabel('Ansvarlig kommune').selectOption({ label: 'Odense' });
  await form.getByLabel(mode).check();
  return form;
}

it('a consultant opens a case in Odense, which has no caseworker accounts, naming the caseworker as a contact without access', async () => {
  const { page } = env.browser;
  const consultant = await createUser(env.server.ctx, { role: 'consultant', region: 'Region Syddanmark', displayName: 'Kasper Konsulent' });
  const inquiryId = await seedInquiry(consultant, { anonymous: false }, { name: 'Sara Testesen' }, { giver: 'FORAELDREMYNDIGHEDSINDEHAVER', scopes: ['KONKRET_SAGSSPARRING', 'RISIKOVURDERING'] });
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

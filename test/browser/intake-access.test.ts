import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { Page } from 'playwright-core';
import { createUser } from '../support/app.js';
import { expectNoAxeViolations, loginInBrowser, screenshot, useServerAndBrowser } from '../support/browser.js';
import { seedCase } from './intake-support.js';

const env = useServerAndBrowser();

async function loginAs(page: Page, username: string) {
  await page.context().clearCookies();
  await loginInBrowser(page, env.server.baseUrl, username);
}

async function step(page: Page, name: string) {
  await expectNoAxeViolations(page, name);
  await screenshot(page, `intake-access-${name}`);
}

it('adds a caseworker to the case, excludes them with a reason (the case is gone for them), and lifts the exclusion', async () => {
  const { page } = env.browser;
  const consultant = await createUser(env.server.ctx, { role: 'consultant', region: 'Region Hovedstaden', displayName: 'Karin Konsulent' });
  const owner = await createUser(env.server.ctx, { role: 'caseworker', municipalityCode: '165', displayName: 'Anders Albertslund' });
  const relative = await createUser(env.server.ctx, { role: 'caseworker', municipalityCode: '165', displayName: 'Bo Brorsen' });
  await createUser(env.server.ctx, { role: 'caseworker', municipalityCode: '851', displayName: 'Aase Aalborg' });
  await createUser(env.server.ctx, { role: 'consultant', region: 'Region Hovedstaden', displayName: 'Hans Hovedstad' });
  const { caseId, caseNumber } = await seedCase(env.server.ctx, consultant, owner);
  const caseUrl = `${env.server.baseUrl}/sager/${caseId}`;

  await loginAs(page, consultant.username);
  // Access has its own section in the case workspace.
  const accessUrl = `${caseUrl}/adgang`;
  await page.goto(accessUrl);
  const access = page.getByRole('region', { name: 'Adgang til sagen' });
  const participants = access.getByRole('table', { name: 'Deltagere i sagen' });
  await participants.getByRole('row').filter({ hasText: 'Anders Albertslund' }).getByText('Ansvarlig sagsbehandler').waitFor();
  await participants.getByRole('row').filter({ hasText: 'Karin Konsulent' }).getByText('Sikkerhedskonsulent').waitFor();
  await access.getByText('Ingen medarbejdere er udelukket fra sagen.').waitFor();

  // Only the municipality's caseworkers and the region's consultants are offered, not someone in Aalborg.
  await access.locator('summary', { hasText: 'Tilføj en sagsbehandler eller sikkerhedskonsulent' }).click();
  const addForm = access.getByRole('form', { name: 'Tilføj deltager' });
  const offered = await addForm.getByLabel('Medarbejder').locator('option').allTextContents();
  // Role names have one spelling (server/shared/labels.ts): "Kommunal sagsbehandler".
  assert.deepEqual(offered, ['Vælg', 'Bo Brorsen (Kommunal sagsbehandler)', 'Hans Hovedstad (Sikkerhedskonsulent)']);
  await addForm.getByRole('button', { name: 'Tilføj til sagen' }).click();
  await addForm.locator('#participant-userId-error').getByText('Vælg den medarbejder, der skal tilføjes.').waitFor();
  await addForm.getByLabel('Medarbejder').selectOption({ label: 'Bo Brorsen (Kommunal sagsbehandler)' });
  await addForm.getByRole('button', { name: 'Tilføj til sagen' }).click();
  await access.getByText('Bo Brorsen er tilføjet sagen.').waitFor();
  await participants.getByRole('row').filter({ hasText: 'Bo Brorsen' }).getByText('Sagsbehandler').waitFor();
  await step(page, '01-participant-added');

  // Bo now sees the case.
  await loginAs(page, relative.username);
  await page.goto(caseUrl);
  await page.getByRole('heading', { level: 1, name: new RegExp(`Sag ${caseNumber}`) }).waitFor();

  // It turns out Bo is the citizen's uncle: the consultant excludes him with the reason.
  await loginAs(page, consultant.username);
  await page.goto(accessUrl);
  await access.locator('summary', { hasText: 'Udeluk en medarbejder fra sagen' }).click();
  const excludeForm = access.getByRole('form', { name: 'Udeluk medarbejder' });
  const excludable = await excludeForm.getByLabel('Medarbejder').locator('option').allTextContents();
  assert.ok(!excludable.some((o) => o.includes('Anders Albertslund')), 'the responsible caseworker is not offered');
  await excludeForm.getByLabel('Medarbejder').selectOption({ label: 'Bo Brorsen (Kommunal sagsbehandler)' });
  await excludeForm.getByLabel('Begrundelse').fill('Familiemedlem til borgeren (morbror)');
  await excludeForm.getByRole('button', { name: 'Udeluk fra sagen' }).click();
  await access.getByText('Bo Brorsen er udelukket fra sagen og kan ikke længere se den.').waitFor();
  const excluded = access.getByRole('table', { name: 'Udelukkede medarbejdere' });
  await excluded.getByRole('row').filter({ hasText: 'Bo Brorsen' }).getByText('Familiemedlem til borgeren (morbror)').waitFor();
  assert.equal(await participants.getByText('Bo Brorsen').count(), 0, 'his participation is removed');
  await step(page, '02-excluded');

  // For Bo the case does not exist: the same page as a case that never did, and it is not in his list.
  await loginAs(page, relative.username);
  await page.goto(caseUrl);
  await page.getByRole('heading', { level: 1, name: 'Sagen findes ikke' }).waitFor();
  assert.equal(await page.getByText(caseNumber).count(), 0);
  await step(page, '03-excluded-user-sees-nothing');
  await page.goto(`${env.server.baseUrl}/sager/00000000-0000-4000-8000-000000000000`);
  await page.getByRole('heading', { level: 1, name: 'Sagen findes ikke' }).waitFor();
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Sager' }).click();
  await page.getByLabel('Vis').selectOption('alle');
  await page.getByText('Ingen sager matcher.').waitFor();
  assert.equal(await page.getByText(caseNumber).count(), 0);

  // The consultant lifts the exclusion: Bo is no longer shut out, but must be added again to see the case.
  await loginAs(page, consultant.username);
  await page.goto(accessUrl);
  await excluded.getByRole('button', { name: 'Ophæv udelukkelse af Bo Brorsen' }).click();
  await access.getByText(/Udelukkelsen af Bo Brorsen er ophævet/).waitFor();
  await access.getByText('Ingen medarbejdere er udelukket fra sagen.').waitFor();
  await step(page, '04-exclusion-lifted');
});

import assert from 'node:assert/strict';
import { it } from 'node:test';
import { createUser } from '../support/app.js';
import { expectNoAxeViolations, loginInBrowser, screenshot, useServerAndBrowser } from '../support/browser.js';
import { riskCase } from '../../src/server/modules/risk/risk.fixtures.js';

const env = useServerAndBrowser();

it('a measure proposed from the screening, with guidance, and put in force; the register filters by status', async () => {
  const { page } = env.browser;
  const user = await createUser(env.server.ctx, { role: 'consultant', region: 'Region Hovedstaden', displayName: 'Mona Konsulent' });
  const c = await riskCase(env.server.ctx, { municipalityCode: '165', participants: [{ userId: user.id, role: 'CONSULTANT' }], consent: true });
  await loginInBrowser(page, env.server.baseUrl, user.username);

  await page.goto(`${env.server.baseUrl}/sager/${c.id}/risiko/screening`);
  await page.getByLabel('Er der lige sket noget?').fill('Ægtefællen har truet hende');
  await page.getByLabel('Handling – risikovurdering og foranstaltninger').check();
  await page.getByLabel('Begrundelse').fill('Trusler, men ikke akut');
  await page.getByRole('button', { name: 'Gem screening' }).click();
  await page.getByRole('heading', { name: 'Screening registreret' }).waitFor();

  // The screening is listed in the case's risk section, with a link to propose a measure from it.
  await page.goto(`${env.server.baseUrl}/sager/${c.id}/risiko`);
  await page.getByRole('link', { name: /Foreslå foranstaltning/ }).first().click();
  await page.getByRole('heading', { name: 'Foreslå en foranstaltning ud fra screeningen' }).waitFor();
  await page.getByLabel('Foranstaltning', { exact: true }).selectOption('VOLDSALARM');
  await page.getByText('Politiet udleverer en voldsalarm').waitFor();
  assert.ok(await page.locator('.measure-guidance').getByText('43 86 14 48').isVisible(), 'the usual actor with its phone, from the directory');
  await page.locator('#m-owner').selectOption({ label: 'Mona Konsulent' });
  await expectNoAxeViolations(page, 'measures register, proposal');
  await page.getByRole('button', { name: 'Registrér foranstaltningen' }).click();
  await page.getByRole('status').filter({ hasText: 'Voldsalarm er registreret som foreslået.' }).waitFor();
  const item = page.locator('.measure-item', { hasText: 'Voldsalarm' });
  await item.getByText('Foreslået fra').waitFor();

  await item.getByText('Ret eller skift status').click();
  await item.getByLabel('Status').selectOption('IVAERKSAT');
  await item.getByRole('button', { name: 'Gem Voldsalarm' }).click();
  await page.locator('.measure-item .measure-badge-ivaerksat').waitFor();
  await expectNoAxeViolations(page, 'measures register, in force');
  await screenshot(page, 'safety-measures-register');

  await page.getByLabel('Vis').selectOption('AFSLUTTET');
  await page.getByText('Ingen foranstaltninger med status afsluttet.').waitFor();
  await page.getByLabel('Vis').selectOption('IVAERKSAT');
  await page.locator('.measure-item', { hasText: 'Voldsalarm' }).waitFor();

  // In the case's safety section: the measure in force is shown where the caseworker looks.
  await page.goto(`${env.server.baseUrl}/sager/${c.id}/sikkerhed`);
  await page.getByText(/I kraft:.*Voldsalarm/).waitFor();

  // Actors: the police from the directory, with its sharing basis.
  await page.goto(`${env.server.baseUrl}/sager/${c.id}/aktoerer`);
  await page.getByLabel('Vælg fra kataloget').selectOption({ label: 'Københavns Vestegns Politi – tlf. 43 86 14 48' });
  await page.getByRole('button', { name: 'Tilføj aktøren' }).click();
  await page.getByRole('status').filter({ hasText: 'Københavns Vestegns Politi er tilføjet sagen.' }).waitFor();
  await page.getByRole('cell', { name: /Må ikke deles/ }).waitFor();
  await expectNoAxeViolations(page, 'actors');
  await screenshot(page, 'safety-actors');
});

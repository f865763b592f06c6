import assert from 'node:assert/strict';
import { it } from 'node:test';
import { createUser } from '../support/app.js';
import { expectNoAxeViolations, loginInBrowser, screenshot, useServerAndBrowser } from '../support/browser.js';
import { insertInquiries, many } from '../../src/server/modules/statistics/statistics.fixtures.js';

const env = useServerAndBrowser();
const year = new Date().getUTCFullYear();
const at = `${year}-01-05T10:00:00+01:00`;

it('the analyst picks period, level and dimension; the chart and the table show suppressed cells as marks, never as 0', async () => {
  const { page } = env.browser;
  const analyst = await createUser(env.server.ctx, { role: 'analyst', displayName: 'Ane Analytiker' });
  await insertInquiries(env.server.ctx.db, [
    ...many(3, { municipality: '165', receivedAt: at, gender: 'MAND' }),
    ...many(9, { municipality: '151', receivedAt: at }),
    ...many(25, { municipality: '101', receivedAt: at, reasons: ['FYSISK_VOLD'] }),
    ...many(20, { municipality: '851', receivedAt: at, advised: true }),
  ]);
  await loginInBrowser(page, env.server.baseUrl, analyst.username);
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Statistik' }).click();
  await page.getByRole('heading', { name: 'Statistik over henvendelser' }).waitFor();
  await page.getByRole('table').waitFor();
  await page.locator('.stats-chart svg').waitFor();
  const regionTable = await page.getByRole('table').innerText();
  assert.match(regionTable, /Region Hovedstaden\s+37/);

  await page.getByLabel('Fordeling').selectOption('municipality');
  await page.getByRole('button', { name: 'Vis statistik' }).click();
  await page.getByRole('heading', { name: /Kommune/ }).waitFor();
  const munis = await page.getByRole('table').innerText();
  assert.match(munis, /Albertslund\s+<5/);
  assert.match(munis, /Ballerup\s+–/);
  assert.match(await page.locator('.stats-chart svg').innerHTML(), /&lt;5|<5/, 'the chart draws the mark');
  await expectNoAxeViolations(page, 'statistics by municipality');
  await screenshot(page, 'statistics-municipality');

  await page.getByLabel('Fordeling').selectOption('gender');
  await page.getByLabel('Niveau').selectOption('region');
  await page.getByRole('button', { name: 'Vis statistik' }).click();
  await page.getByRole('heading', { name: /Køn/ }).waitFor();
  await page.getByRole('columnheader', { name: 'Kvinde' }).waitFor();
  await expectNoAxeViolations(page, 'statistics by gender and region');
  await screenshot(page, 'statistics-gender-region');

  await page.getByRole('link', { name: 'Se den samlede rapport' }).click();
  await page.getByRole('heading', { name: /Henvendelser til sikkerhedskonsulenterne/ }).waitFor();
  await page.getByText(/har sikkerhedskonsulenterne registreret 57 henvendelser/).waitFor();
  await expectNoAxeViolations(page, 'statistics report');
  await screenshot(page, 'statistics-report');
});

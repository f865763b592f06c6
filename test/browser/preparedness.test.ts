import assert from 'node:assert/strict';
import { it } from 'node:test';
import { createUser } from '../support/app.js';
import { expectNoAxeViolations, loginInBrowser, screenshot, useServerAndBrowser } from '../support/browser.js';

const env = useServerAndBrowser();

it("Albertslund's team writes its plan; the revision date appears four years on; a consultant sees it in the national overview", async () => {
  const { page } = env.browser;
  const server = env.server;
  const team = await createUser(server.ctx, { role: 'municipal_team', municipalityCode: '165', displayName: 'Team Albertslund' });
  await loginInBrowser(page, server.baseUrl, team.username);
  await page.goto(`${server.baseUrl}/beredskabsplan`);
  await page.getByRole('heading', { level: 1, name: 'Beredskabsplan – Albertslund Kommune' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Forlad siden' }).count(), 0, 'no quick exit for staff');
  await page.getByRole('button', { name: 'Opret planen' }).click();
  await page.getByLabel('Vedtaget den').fill('2023-10-10');
  await page.getByLabel('Formål').fill('Et redskab for alle medarbejdere, der møder borgere udsat for ÆK og NSK.');
  await page.locator('#plan-team').getByRole('button', { name: 'Tilføj' }).click();
  await page.getByLabel('Navn').first().fill('Konsulent B');
  await page.getByLabel('Telefon').first().fill('43 68 00 02');
  await expectNoAxeViolations(page, 'plan editor');
  await screenshot(page, 'preparedness-plan-editor');
  await page.getByRole('button', { name: 'Gem planen' }).click();
  await page.getByText('revideres senest 10. oktober 2027').waitFor();
  await page.getByText('Konsulent B, tlf. 43 68 00 02').waitFor();
  await page.getByRole('link', { name: 'Hent som PDF' }).waitFor();
  await expectNoAxeViolations(page, 'plan document');
  await screenshot(page, 'preparedness-plan');

  const consultant = await createUser(server.ctx, { role: 'consultant', region: 'Region Hovedstaden' });
  await env.browser.context.clearCookies();
  await loginInBrowser(page, server.baseUrl, consultant.username);
  await page.goto(`${server.baseUrl}/beredskabsplaner`);
  const rows = page.getByRole('table').getByRole('row');
  await page.getByText('1 af 98 kommuner har en vedtaget plan i Skjold').waitFor();
  assert.equal(await rows.count(), 99);
  const alb = page.getByRole('row', { name: /Albertslund/ });
  await alb.getByText('10. oktober 2023').waitFor();
  await alb.getByText('Navngivet').waitFor();
  await expectNoAxeViolations(page, 'national overview');
  await screenshot(page, 'preparedness-overview');
});

it('the admin keeps the partner directory in the UI, and the citizen page shows the change', async () => {
  const { page } = env.browser;
  const server = env.server;
  await env.browser.context.clearCookies();
  const admin = await createUser(server.ctx, { role: 'admin', displayName: 'Admin Partner' });
  await loginInBrowser(page, server.baseUrl, admin.username);
  await page.goto(`${server.baseUrl}/admin/partnere`);
  await page.getByRole('heading', { level: 1, name: 'Partnerkatalog' }).waitFor();
  await page.getByText('For: Unge kvinder og mænd på 16–30 år uden børn').first().waitFor();
  await expectNoAxeViolations(page, 'partner directory');
  await page.getByRole('button', { name: 'Redigér Lev Uden Vold' }).click();
  const form = page.getByRole('form', { name: 'Redigér Lev Uden Vold' });
  await form.getByLabel('Åbningstid').fill('Døgnet rundt, også helligdage');
  await expectNoAxeViolations(page, 'partner form');
  await screenshot(page, 'partners-edit');
  await form.getByRole('button', { name: 'Gem' }).click();
  await page.getByRole('status').getByText('Lev Uden Vold er gemt.').waitFor();
  await env.browser.context.clearCookies();
  await page.goto(`${server.baseUrl}/find-sikkerhedskonsulent`);
  await page.getByText('Åbent: Døgnet rundt, også helligdage').waitFor();
});

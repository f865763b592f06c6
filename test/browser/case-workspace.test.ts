import assert from 'node:assert/strict';
import { it } from 'node:test';
import { createUser } from '../support/app.js';
import { apiAs, expectNoAxeViolations, loginInBrowser, screenshot, useServerAndBrowser } from '../support/browser.js';
import { CASE_QUESTION_HEADINGS, seedCase } from './intake-support.js';

const env = useServerAndBrowser();



it('the case opens on an overview with a side navigation by the seven questions; each section is its own route', async () => {
  const { page } = env.browser;
  const consultant = await createUser(env.server.ctx, { role: 'consultant', region: 'Region Hovedstaden', displayName: 'Karin Konsulent' });
  const caseworker = await createUser(env.server.ctx, { role: 'caseworker', municipalityCode: '165', displayName: 'Anders Albertslund' });
  const uncle = await createUser(env.server.ctx, { role: 'caseworker', municipalityCode: '165', displayName: 'Bo Brorsen' });
  const { caseId, caseNumber } = await seedCase(env.server.ctx, consultant, caseworker);
  const call = await apiAs(env.server.baseUrl, consultant.username);
  await call('POST', `/api/cases/${caseId}/exclusions`, { userId: uncle.id, reason: 'Morbror til borgeren' });

  await loginInBrowser(page, env.server.baseUrl, consultant.username);
  await page.goto(`${env.server.baseUrl}/sager/${caseId}`);

  // The overview: status, risk, the duty to notify of a 16-year-old, and what needs doing.
  await page.getByRole('heading', { level: 2, name: 'Overblik' }).waitFor();
  const nav = page.getByRole('navigation', { name: 'Sagens afsnit' });
  for (const q of CASE_QUESTION_HEADINGS) await nav.getByText(q).waitFor();
  assert.equal(await nav.getByRole('link', { name: 'Overblik' }).getAttribute('aria-current'), 'page');
  await page.getByRole('region', { name: /Skærpet underretningspligt/ }).waitFor();
  const todo = page.getByRole('region', { name: 'Det skal gøres' });
  await todo.getByText(/Registrér underretningen til kommunen/).waitFor();
  await todo.getByText('Sagen har ingen afsluttet risikovurdering.').waitFor();
  await page.locator('.case-overview').getByText('Albertslund').first().waitFor();
  const overviewHeight = await page.evaluate(() => document.documentElement.scrollHeight);
  await expectNoAxeViolations(page, 'case overview');
  await screenshot(page, 'case-workspace-01-overview');

  // A to-do leads to its section; the section is a route of its own.
  await todo.getByRole('link', { name: 'Gå til screening og risikovurdering' }).click();
  await page.waitForURL(`**/sager/${caseId}/risiko`);
  await page.getByRole('heading', { level: 2, name: 'Screening og risikovurdering' }).waitFor();

  // The side navigation by keyboard: focus lands on the chosen section's heading.
  await nav.getByRole('link', { name: 'Journal' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(`**/sager/${caseId}/journal`);
  await page.getByRole('list', { name: 'Journal' }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Journal', 'focus on the section heading');
  assert.equal(await nav.getByRole('link', { name: 'Journal' }).getAttribute('aria-current'), 'page');
  await expectNoAxeViolations(page, 'case section journal');
  await screenshot(page, 'case-workspace-02-journal');

  // A reload of a section's address opens that section.
  await page.goto(`${env.server.baseUrl}/sager/${caseId}/personer`);
  await page.getByRole('table', { name: 'Personer i sagen' }).getByText('Sara Testesen').waitFor();
  await expectNoAxeViolations(page, 'case section persons');
  await screenshot(page, 'case-workspace-03-persons');
  assert.ok(overviewHeight < 2500, `the overview is one screenful or two, not the whole case (${overviewHeight} px)`);

  // The access list is on screen, in its own section, with the exclusion.
  await page.goto(`${env.server.baseUrl}/sager/${caseId}/adgang`);
  await page.getByRole('region', { name: 'Adgang til sagen' }).getByText('Morbror til borgeren').waitFor();
});

import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { createUser } from '../support/app.js';
import { apiAs, expectNoAxeViolations, loginInBrowser, screenshot, useServerAndBrowser } from '../support/browser.js';
import { seedCase } from './intake-support.js';

const env = useServerAndBrowser();

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id || document.activeElement?.getAttribute('aria-labelledby') || document.activeElement?.tagName);


it('a case change someone else saved first: nothing is overwritten; the user may compare or take the newest version', async () => {
  const { page } = env.browser;
  const consultant = await createUser(env.server.ctx, { role: 'consultant', region: 'Region Hovedstaden' });
  const caseworker = await createUser(env.server.ctx, { role: 'caseworker', municipalityCode: '165' });
  const { caseId } = await seedCase(env.server.ctx, consultant, caseworker);
  await page.context().clearCookies();
  await loginInBrowser(page, env.server.baseUrl, consultant.username);
  await page.goto(`${env.server.baseUrl}/sager/${caseId}/opfoelgning`);
  await page.getByLabel('Status', { exact: true }).waitFor();

  // Another editor moves the case on meanwhile; this browser's save is answered as API.md says: 409 conflict.stale.
  const call = await apiAs(env.server.baseUrl, consultant.username);
  await call('PATCH', `/api/cases/${caseId}`, { status: 'KOORDINERING' });
  await page.route(`**/api/cases/${caseId}`, (route) =>
    route.request().method() === 'PATCH'
      ? route.fulfill({ status: 409, contentType: 'application/json', body: JSON.stringify({ error: { code: 'conflict.stale', message: 'Oplysningerne er ændret af en anden.', details: [{ path: 'body.version', message: 'Den gemte udgave er version 3' }], currentVersion: 3 } }) })
      : route.continue());
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Vurdering' });
  await page.getByRole('button', { name: 'Gem status og opfølgning' }).click();
  const conflict = page.getByRole('alert').filter({ hasText: 'Sagen er ændret af en anden, siden du hentede den' });
  await conflict.waitFor();
  assert.equal(await focusedId(page), 'stale-heading', 'the notice takes focus');
  await conflict.getByRole('button', { name: 'Sammenlign med min ændring' }).click();
  const row = conflict.getByRole('table', { name: 'Din ændring og den gemte udgave' }).getByRole('row', { name: /Status/ });
  await row.getByText('Vurdering').waitFor();
  await row.getByText('Koordinering').waitFor();
  await expectNoAxeViolations(page, 'stale conflict compared');
  await screenshot(page, 'case-feedback-06-stale-compare');
  await page.unroute(`**/api/cases/${caseId}`);

  await conflict.getByRole('button', { name: 'Hent den nyeste udgave' }).click();
  await page.locator('.case-overview').getByText('Koordinering').waitFor();
  assert.equal(await page.getByLabel('Status', { exact: true }).inputValue(), 'KOORDINERING', 'the form shows what is saved now');
  assert.equal(await page.getByText('Sagen er ændret af en anden').count(), 0);
});

import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { createUser } from '../support/app.js';
import { apiAs, expectNoAxeViolations, loginInBrowser, screenshot, useServerAndBrowser } from '../support/browser.js';
import { inquiryBody } from '../../src/server/modules/intake/intake.fixtures.js';

const env = useServerAndBrowser();

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id || document.activeElement?.getAttribute('aria-labelledby') || document.activeElement?.tagName);

/** In the viewport right now: feedback the user does not have to scroll to. */
async function inView(page: Page, locator: Locator) {
  const box = await locator.boundingBox();
  const height = page.viewportSize()!.height;
  assert.ok(box && box.y >= 0 && box.y < height, `in view (y=${box?.y}, viewport ${height})`);
}


it('a failed "Opret sag" moves focus to the error summary, which links to each field; a missing consent is explained there', async () => {
  const { page } = env.browser;
  const consultant = await createUser(env.server.ctx, { role: 'consultant', region: 'Region Hovedstaden' });
  const call = await apiAs(env.server.baseUrl, consultant.username);
  const inquiry = await call<{ id: string }>('POST', '/api/inquiries', inquiryBody());
  await loginInBrowser(page, env.server.baseUrl, consultant.username);
  await page.goto(`${env.server.baseUrl}/henvendelser/${inquiry.id}`);

  // Nothing filled in: the summary takes focus, in view, and its link takes the user to the field.
  await page.getByRole('button', { name: 'Opret sag' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Der er fejl i formularen' });
  await summary.waitFor();
  assert.equal(await focusedId(page), 'case-error-summary', 'focus on the error summary');
  await inView(page, summary);
  await expectNoAxeViolations(page, 'open case: error summary');
  await page.screenshot({ path: 'test-output/screenshots/case-feedback-01-open-case-errors.png' });
  await summary.getByRole('link', { name: 'Borgerens fulde navn: Skriv borgerens navn.' }).click();
  assert.equal(await focusedId(page), 'case-citizen-name', 'the link moves focus to the field');

  // Filled in, but no consent yet: refused, and the way forward is in the focused summary.
  await page.getByLabel('Borgerens fulde navn').fill('Sara Testesen');
  await page.getByLabel('Ansvarlig kommune').selectOption('165');
  await page.getByRole('button', { name: 'Opret sag' }).click();
  const refused = page.getByRole('alert').filter({ hasText: 'Sagen kan ikke oprettes endnu: der mangler samtykke' });
  await refused.waitFor();
  assert.equal(await focusedId(page), 'case-error-summary', 'focus on the refusal, not left on <body>');
  await inView(page, refused);
  await refused.getByRole('link', { name: 'Registrér samtykket' }).waitFor();
  await expectNoAxeViolations(page, 'open case: consent missing');
  await page.screenshot({ path: 'test-output/screenshots/case-feedback-02-consent-missing.png' });
});

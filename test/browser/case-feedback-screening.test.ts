import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { createUser } from '../support/app.js';
import { expectNoAxeViolations, loginInBrowser, screenshot, useServerAndBrowser } from '../support/browser.js';
import { seedCase } from './intake-support.js';

const env = useServerAndBrowser();

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id || document.activeElement?.getAttribute('aria-labelledby') || document.activeElement?.tagName);

/** In the viewport right now: feedback the user does not have to scroll to. */
async function inView(page: Page, locator: Locator) {
  const box = await locator.boundingBox();
  const height = page.viewportSize()!.height;
  assert.ok(box && box.y >= 0 && box.y < height, `in view (y=${box?.y}, viewport ${height})`);
}

it("screening: a linked error summary, AKUT guidance under the choice, and a minor's duty to notify whatever the outcome", async () => {
  const { page } = env.browser;
  const consultant = await createUser(env.server.ctx, { role: 'consultant', region: 'Region Hovedstaden' });
  const caseworker = await createUser(env.server.ctx, { role: 'caseworker', municipalityCode: '165' });
  const { caseId } = await seedCase(env.server.ctx, consultant, caseworker);
  await page.context().clearCookies();
  await loginInBrowser(page, env.server.baseUrl, consultant.username);
  await page.goto(`${env.server.baseUrl}/sager/${caseId}/risiko/screening`);

  await page.getByRole('button', { name: 'Gem screening' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Screeningen kunne ikke gemmes' });
  await summary.waitFor();
  assert.equal(await focusedId(page), 'screening-error-summary');
  await summary.getByRole('link', { name: /Resultat af screeningen – Vælg et resultat/ }).click();
  assert.equal(await focusedId(page), 'screening-outcome', 'the link lands on the first choice');
  await page.screenshot({ path: 'test-output/screenshots/case-feedback-03-screening-errors.png' });

  // AKUT: 112/114 appear right under the choice just made, not at the top of the page.
  await page.getByLabel('Akut – handl nu').check();
  const guidance = page.locator('.alert-error', { hasText: 'Akut fare – handl nu' });
  await guidance.waitFor();
  const radio = await page.getByLabel('Akut – handl nu').boundingBox();
  const box = await guidance.boundingBox();
  assert.ok(box!.y > radio!.y && box!.y - radio!.y < 400, 'the guidance is just below the outcome');
  await inView(page, guidance);
  await expectNoAxeViolations(page, 'screening with AKUT chosen');
  await screenshot(page, 'case-feedback-04-screening-akut');

  // A 16-year-old screened "Handling": the duty to notify is on the result anyway.
  await page.getByLabel('Handling – risikovurdering og foranstaltninger').check();
  await page.getByLabel('Begrundelse').fill('Behov for en risikovurdering.');
  await page.getByRole('button', { name: 'Gem screening' }).click();
  await page.getByRole('heading', { name: 'Screening registreret' }).waitFor();
  await page.getByText('Skærpet underretningspligt – Barnets lov § 133').waitFor();
  await page.getByText(/Borgeren er under 18 år\. Kommunen skal underrettes straks, uanset screeningens resultat/).waitFor();
  await expectNoAxeViolations(page, 'screening result with duty to notify');
  await screenshot(page, 'case-feedback-05-screening-duty');
});

import assert from 'node:assert/strict';
import { it } from 'node:test';
import { createUser } from '../support/app.js';
import { apiAs, expectNoAxeViolations, loginInBrowser, screenshot, useServerAndBrowser } from '../support/browser.js';
import { CASE_QUESTION_HEADINGS, seedCase } from './intake-support.js';

const env = useServerAndBrowser();



it('print carries the whole case, marked confidential with who printed it and when, without the access list', async () => {
  const { page } = env.browser;
  const consultant = await createUser(env.server.ctx, { role: 'consultant', region: 'Region Hovedstaden', displayName: 'Karin Konsulent' });
  const caseworker = await createUser(env.server.ctx, { role: 'caseworker', municipalityCode: '165', displayName: 'Anders Albertslund' });
  const uncle = await createUser(env.server.ctx, { role: 'caseworker', municipalityCode: '165', displayName: 'Bo Brorsen' });
  const { caseId, caseNumber } = await seedCase(env.server.ctx, consultant, caseworker);
  const call = await apiAs(env.server.baseUrl, consultant.username);
  await call('POST', `/api/cases/${caseId}/exclusions`, { userId: uncle.id, reason: 'Morbror til borgeren' });

  await loginInBrowser(page, env.server.baseUrl, consultant.username);
  await page.goto(`${env.server.baseUrl}/sager/${caseId}`);
  // Print: every section, confidential, who printed it and when; no access list, no exclusion or its reason.
  await page.getByRole('link', { name: 'Udskriv sagen' }).click();
  await page.waitForURL(`**/sager/${caseId}/udskriv`);
  await page.getByRole('heading', { level: 1, name: new RegExp(`Sag ${caseNumber}`) }).waitFor();
  await page.getByText('FORTROLIGT', { exact: true }).waitFor();
  await page.getByText(/Udskrevet af Karin Konsulent \(Sikkerhedskonsulent\) den \d+\. \p{L}+ \d{4} kl\. \d{2}\.\d{2}\./u).waitFor();
  for (const q of CASE_QUESTION_HEADINGS) await page.getByRole('heading', { level: 2, name: new RegExp(q.replace(/\?/g, '\\?')) }).waitFor();
  await page.getByRole('table', { name: 'Personer i sagen' }).getByText('Sara Testesen').waitFor();
  await page.getByRole('list', { name: 'Journal' }).waitFor();
  await page.getByRole('heading', { name: 'Screening og risikovurdering' }).waitFor();
  await page.getByText('Familien planlægger sommerrejse uden returbillet.').waitFor();
  // What the record shows (innerText: hidden forms, e.g. the handover's list of caseworkers, do not count).
  const record = await page.locator('main').innerText();
  assert.doesNotMatch(record, /Adgang til sagen/, 'the access list is not printed');
  assert.doesNotMatch(record, /Morbror til borgeren/, 'nor an exclusion reason');
  assert.doesNotMatch(record, /Bo Brorsen/, 'nor who is excluded');
  assert.equal(await page.locator('form:visible').count(), 0, 'no forms in the record');
  await expectNoAxeViolations(page, 'case print view');
  await screenshot(page, 'case-workspace-04-print');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByRole('button', { name: 'Udskriv' }).isVisible(), false);
  assert.equal(await page.getByText('FORTROLIGT', { exact: true }).isVisible(), true);
  await page.emulateMedia({ media: 'screen' });

});

import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { Page } from 'playwright-core';
import { createUser } from '../support/app.js';
import { apiAs, expectNoAxeViolations, loginInBrowser, screenshot, useServerAndBrowser } from '../support/browser.js';

const env = useServerAndBrowser();

const drafts = (page: Page) =>
  page.evaluate(() => Object.entries(sessionStorage).filter(([k]) => k.startsWith('skjold.draft.')).map(([, v]) => v).join('\n'));


it('identifying fields never reach the draft; server field errors land on their field; logout clears drafts', async () => {
  const { page } = env.browser;
  const consultant = await createUser(env.server.ctx, { role: 'consultant', region: 'Region Hovedstaden' });
  await loginInBrowser(page, env.server.baseUrl, consultant.username);
  await page.goto(`${env.server.baseUrl}/ny-henvendelse`);
  await page.getByLabel('Hvem henvender sig').selectOption('BORGER_SELV');
  await page.getByLabel('Anonym henvendelse').uncheck();
  await page.getByLabel('Borgerens navn').fill('Nadia Navnesen');
  await page.getByLabel('CPR-nummer').fill('010190-1234');
  await page.getByLabel('Kort beskrivelse').fill('Ringer selv fra skolen.');
  const saved = await drafts(page);
  assert.match(saved, /Ringer selv fra skolen/, 'the non-identifying fields are saved as a draft');
  assert.doesNotMatch(saved, /Nadia|Navnesen|010190|1234/, 'no name or CPR in browser storage');

  await page.reload();
  assert.equal(await page.getByLabel('Kort beskrivelse').inputValue(), 'Ringer selv fra skolen.');
  assert.equal(await page.getByLabel('Borgerens navn').inputValue(), '', 'identifying fields are not restored');

  // A rule only the server knows (a 25-year-old cannot be on a genopdragelsesrejse) comes back on its field.
  await page.getByLabel('Anonym henvendelse').check();
  await page.getByLabel('Genopdragelsesrejse (under 18)').check();
  await page.getByLabel('Borgerens alder').selectOption('25_30');
  await page.getByRole('button', { name: 'Registrér henvendelse' }).click();
  await page.locator('#inq-concernTypes-error').getByText(/genopdragelsesrejse/i).waitFor();
  const summary = page.getByRole('alert').filter({ hasText: 'Der er fejl i formularen' });
  await summary.getByRole('link', { name: /^Bekymringstype:/ }).click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'inq-concernTypes', 'the summary link moves focus to the field');
  await expectNoAxeViolations(page, 'server error on field');
  await screenshot(page, 'intake-rules-server-error');

  // The connection drops at the moment of submitting: a Danish message, and nothing typed is lost.
  await page.getByLabel('Borgerens alder').selectOption('15_17');
  await env.browser.context.setOffline(true);
  await page.getByRole('button', { name: 'Registrér henvendelse' }).click();
  await page.getByRole('alert').getByText('Ingen forbindelse til serveren. Dine indtastninger er ikke gået tabt.').waitFor();
  assert.equal(await page.getByLabel('Kort beskrivelse').inputValue(), 'Ringer selv fra skolen.');
  assert.match(await drafts(page), /Ringer selv fra skolen/);
  await env.browser.context.setOffline(false);
  await screenshot(page, 'intake-rules-offline');

  await page.getByRole('button', { name: 'Log af' }).click();
  await page.waitForURL(/\/login/);
  assert.equal(await drafts(page), '', 'logout removes every draft');
});

it("a 16-year-old's case shows the duty to notify until its fulfilment is recorded; acute shows 112/114 and is flagged in the list; names masked for outsiders", async () => {
  const { page } = env.browser;
  const owner = await createUser(env.server.ctx, { role: 'consultant', region: 'Region Hovedstaden' });
  const colleague = await createUser(env.server.ctx, { role: 'consultant', region: 'Region Hovedstaden' });
  const responsible = await createUser(env.server.ctx, { role: 'caseworker', municipalityCode: '165' });
  const call = await apiAs(env.server.baseUrl, owner.username);
  const inquiry = await call<{ id: string }>('POST', '/api/inquiries', {
    receivedAt: new Date().toISOString(), channel: 'TELEFON', initiatorRole: 'LAERER', anonymous: true,
    concernTypes: ['GENOPDRAGELSESREJSE'], reasons: ['PRES'], citizen: { ageBand: '15_17', gender: 'KVINDE', municipalityCode: '165' },
  });
  await call('POST', `/api/inquiries/${inquiry.id}/consents`, { giver: 'VAERGE', scopes: ['KONKRET_SAGSSPARRING'], givenAt: new Date().toISOString().slice(0, 10), channel: 'TELEFON' });
  const created = await call<{ id: string; caseNumber: string }>('POST', '/api/cases', {
    inquiryId: inquiry.id, responsibleMunicipalityCode: '165', responsibleCaseworkerId: responsible.id, acute: true,
    citizen: { name: 'Leila Larsen', cpr: '020610-4321', gender: 'KVINDE', municipalityCode: '165' },
  });

  await loginInBrowser(page, env.server.baseUrl, owner.username);
  await page.goto(`${env.server.baseUrl}/sager/${created.id}`);
  await page.getByRole('alert').filter({ hasText: 'Akut fare' }).getByText('112').waitFor();
  const duty = page.getByRole('region', { name: /Skærpet underretningspligt – Barnets lov § 133/ });
  await duty.getByText('Borgeren er under 18 år.').waitFor();
  await expectNoAxeViolations(page, 'acute case with duty to notify');
  await screenshot(page, 'intake-rules-duty-pending');

  await duty.getByLabel('Underrettet kommune').selectOption('165');
  await duty.getByRole('button', { name: 'Registrér underretning' }).click();
  await page.getByRole('region', { name: 'Underretningspligt' }).getByText(/opfyldt .* Albertslund Kommune er underrettet/).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Registrér underretning' }).count(), 0);
  await screenshot(page, 'intake-rules-duty-fulfilled');

  // Every list flags the acute case.
  await page.goto(`${env.server.baseUrl}/sager`);
  const row = page.getByRole('row').filter({ hasText: created.caseNumber });
  await row.getByText('Akut').waitFor();
  await row.getByText('Leila Larsen').waitFor();
  await expectNoAxeViolations(page, 'case list');
  await screenshot(page, 'intake-rules-case-list');

  // A colleague of the region who is not on the case sees it with the name masked as the server sends it.
  await page.getByRole('button', { name: 'Log af' }).click();
  await page.waitForURL(/\/login/);
  await loginInBrowser(page, env.server.baseUrl, colleague.username);
  await page.goto(`${env.server.baseUrl}/sager?omfang=alle`);
  const masked = page.getByRole('row').filter({ hasText: created.caseNumber });
  await masked.getByText('Akut').waitFor();
  assert.equal(await masked.getByText('Leila Larsen').count(), 0, 'full name not shown to a non-participant');
  await masked.getByText('(navn skjult)').waitFor();
  await screenshot(page, 'intake-rules-case-list-masked');
});

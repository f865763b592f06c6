import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { Page } from 'playwright-core';
import { createUser } from '../support/app.js';
import { expectNoAxeViolations, loginInBrowser, screenshot, useServerAndBrowser } from '../support/browser.js';

// A 16-year-old (born 15 March 2010: 7th digit 4 with year 10 → 2000s). Synthetic, never a real person.
const CPR = '150310-4123';
const CPR_DIGITS = '1503104123';

const env = useServerAndBrowser();

/** Every step: the CPR number is in no address the browser has been at (DOMAIN.md § 10). */
function assertNoCprInUrl(page: Page) {
  const url = decodeURIComponent(page.url());
  assert.ok(!url.includes(CPR) && !url.includes(CPR_DIGITS), `CPR in URL: ${url}`);
}

async function step(page: Page, name: string) {
  assertNoCprInUrl(page);
  await expectNoAxeViolations(page, name);
  await screenshot(page, `intake-${name}`);
}

const focused = (page: Page) => page.evaluate(() => document.activeElement?.id || document.activeElement?.getAttribute('aria-labelledby') || document.activeElement?.tagName);

it('consultant: anonymous inquiry by keyboard, draft survives reload, consent, case with CPR, journal, handover, close', async () => {
  const { page } = env.browser;
  const consultant = await createUser(env.server.ctx, { role: 'consultant', region: 'Region Hovedstaden', displayName: 'Karin Konsulent' });
  const cwA = await createUser(env.server.ctx, { role: 'caseworker', municipalityCode: '165', displayName: 'Anders Albertslund' });
  await createUser(env.server.ctx, { role: 'caseworker', municipalityCode: '165', displayName: 'Bente Birk' });
  void cwA;

  await loginInBrowser(page, env.server.baseUrl, consultant.username);
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Ny henvendelse' }).click();
  await page.getByRole('heading', { name: 'Ny henvendelse', level: 1 }).waitFor();

  // Defaults for a phone call, and the cursor is already where the typing starts.
  assert.equal(await page.getByLabel('Kanal').inputValue(), 'TELEFON');
  assert.equal(await page.getByLabel('Anonym henvendelse').isChecked(), true);
  assert.match(await page.getByLabel('Modtaget').inputValue(), /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
  assert.equal(await focused(page), 'inq-initiatorRole');
  await step(page, '01-new-inquiry');

  // Keyboard only: type-ahead in the selects, Tab between fields, Space on checkboxes.
  await page.keyboard.type('Lærer');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Albertslund');
  assert.equal(await page.getByLabel('Hvem henvender sig').inputValue(), 'LAERER');
  assert.equal(await page.getByLabel('Henvenderens kommune').inputValue(), '165');

  // Submitting too early: the error summary takes focus and names the field; the field shows the error inline.
  await page.getByRole('button', { name: 'Registrér henvendelse' }).focus();
  await page.keyboard.press('Enter');
  const summary = page.getByRole('alert').filter({ hasText: 'Der er fejl i formularen' });
  await summary.waitFor();
  assert.equal(await focused(page), 'inq-error-summary');
  await summary.getByRole('link', { name: /Bekymringstype: Vælg mindst én bekymringstype/ }).waitFor();
  await page.locator('#inq-concernTypes-error').getByText('Vælg mindst én bekymringstype.').waitFor();
  await step(page, '02-inquiry-errors');

  await page.getByLabel('Negativ social kontrol').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space'); // Genopdragelsesrejse
  await page.getByLabel('Sociale restriktioner').focus();
  await page.keyboard.press('Space');
  await page.getByLabel('Borgerens alder').focus();
  await page.keyboard.type('15');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Kvinde');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Albertslund');
  await page.getByLabel('Kort beskrivelse').focus();
  await page.keyboard.type('Elev må ikke deltage i lejrskole; familien planlægger sommerrejse uden returbillet.');

  // The line drops and the page reloads mid-call: everything typed is still there.
  await page.reload();
  await page.getByText('Din kladde er hentet frem igen.').waitFor();
  assert.equal(await page.getByLabel('Hvem henvender sig').inputValue(), 'LAERER');
  assert.equal(await page.getByLabel('Negativ social kontrol').isChecked(), true);
  assert.equal(await page.getByLabel('Genopdragelsesrejse (under 18)').isChecked(), true);
  assert.equal(await page.getByLabel('Sociale restriktioner').isChecked(), true);
  assert.equal(await page.getByLabel('Borgerens alder').inputValue(), '15_17');
  assert.match(await page.getByLabel('Kort beskrivelse').inputValue(), /returbillet/);
  await step(page, '03-draft-restored');

  await page.getByRole('button', { name: 'Registrér henvendelse' }).focus();
  await page.keyboard.press('Enter');
  await page.getByText('Henvendelsen er registreret.').waitFor();
  assert.match(new URL(page.url()).pathname, /^\/henvendelser\/[0-9a-f-]{36}$/);
  const draftsLeft = await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('skjold.draft.')).length);
  assert.equal(draftsLeft, 0, 'the draft is gone after submitting');
  await step(page, '04-inquiry-registered');

  // Opening a case without consent: refused with the way forward.
  await page.getByLabel('Borgerens fulde navn').fill('Sara Testesen');
  await page.getByLabel('CPR-nummer').fill(CPR);
  await page.getByLabel('Ansvarlig kommune').selectOption('165');
  await page.getByRole('button', { name: 'Opret sag' }).click();
  await page.getByText('Sagen kan ikke oprettes endnu: der mangler samtykke').waitFor();
  await page.getByRole('link', { name: 'Registrér samtykket' }).waitFor();
  await step(page, '05-consent-required');

  // A BORGER consent for a 16-year-old is refused; a custody holder's is recorded.
  await page.getByLabel('Hvem giver samtykket').selectOption('FORAELDREMYNDIGHEDSINDEHAVER');
  // The consent form, not the municipality's-decision form below it (issue 9), which has the same scopes.
  const consentForm = page.locator('#consent-form');
  await consentForm.getByLabel('Konkret sagssparring med kommunen').check();
  await consentForm.getByLabel('Risikovurdering').check();
  await page.getByRole('button', { name: 'Registrér samtykke' }).click();
  await page.getByText('Samtykket er registreret.').waitFor();
  await page.getByRole('table', { name: 'Samtykker' }).getByText('Forældremyndighedsindehaver').waitFor();
  await step(page, '06-consent-recorded');

  // The identity typed before the consent is still in the form (kept in memory, never in the draft).
  assert.equal(await page.getByLabel('Borgerens fulde navn').inputValue(), 'Sara Testesen');
  await page.getByLabel('Statsborgerskaber').fill('Danmark, Irak');
  await page.getByLabel('Pas').fill('Danmark, 123456789\nIrak');
  // Issue 9: the responsible caseworker is an account or an external contact; choose the account.
  await page.getByLabel(/En sagsbehandler med adgang til Skjold/).check();
  await page.getByLabel('Sagsbehandler med adgang til Skjold', { exact: true }).selectOption({ label: 'Anders Albertslund' });
  await page.getByRole('button', { name: 'Opret sag' }).click();
  await page.getByText(/Sag .+ er oprettet\./).waitFor();
  assert.match(new URL(page.url()).pathname, /^\/sager\/[0-9a-f-]{36}$/);
  assertNoCprInUrl(page);

  // A 16-year-old: the duty to notify is shown prominently, and the seven questions organise the case (its
  // side navigation; each question's sections are pages of the case workspace).
  const duty = page.getByRole('region', { name: /Skærpet underretningspligt – Barnets lov § 133/ });
  await duty.waitFor();
  const sections = page.getByRole('navigation', { name: 'Sagens afsnit' });
  for (const q of ['Hvor alvorlig er sagen, og er borgeren i fare?', 'Hvordan afslutter eller overdrager jeg sagen?', 'Hvordan følger jeg op og evaluerer?']) {
    await sections.getByText(q).waitFor();
  }
  assert.equal(await page.getByText('Anders Albertslund').first().isVisible(), true);
  await step(page, '07-case-opened');
  await page.screenshot({ path: 'test-output/screenshots/intake-07b-case-top.png' });
  await sections.getByRole('link', { name: 'Personer, samtykke og hjemmel' }).click();
  await page.getByRole('table', { name: 'Personer i sagen' }).getByText('Sara Testesen').waitFor();

  // Printable (the print view of the whole case): the facts stay, navigation and forms go.
  await page.getByRole('link', { name: 'Udskriv sagen' }).click();
  await page.getByText('FORTROLIGT', { exact: true }).waitFor();
  // The sections load lazily: wait for the last question and the persons before looking at print.
  await page.getByRole('heading', { name: 'Hvordan følger jeg op og evaluerer?' }).waitFor();
  await page.getByRole('table', { name: 'Personer i sagen' }).waitFor();
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByRole('navigation', { name: 'Hovedmenu' }).isVisible(), false, 'navigation hidden in print');
  assert.equal(await page.getByRole('form', { name: 'Tilføj til journalen' }).isVisible(), false, 'forms hidden in print');
  assert.equal(await page.getByRole('heading', { name: 'Hvordan følger jeg op og evaluerer?' }).isVisible(), true);
  assert.equal(await page.getByRole('table', { name: 'Personer i sagen' }).isVisible(), true);
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('link', { name: 'Tilbage til sagen' }).click();

  // Journal note.
  await page.getByRole('navigation', { name: 'Sagens afsnit' }).getByRole('link', { name: 'Journal' }).click();
  await page.getByLabel('Overskrift').fill('Samtale med lærer');
  await page.getByLabel('Tekst').fill('Læreren bekræfter rejseplanerne.');
  await page.getByRole('button', { name: 'Tilføj', exact: true }).click();
  await page.getByRole('list', { name: 'Journal' }).getByText('Samtale med lærer').waitFor();
  await step(page, '08-journal-note');

  // Hand over to another caseworker.
  await page.getByRole('navigation', { name: 'Sagens afsnit' }).getByRole('link', { name: 'Overdragelse, afslutning og genåbning' }).click();
  await page.locator('summary', { hasText: 'Overdrag sagen til en anden sagsbehandler' }).click();
  await page.getByLabel('Ny ansvarlig sagsbehandler').selectOption({ label: 'Bente Birk' });
  await page.getByRole('form', { name: 'Overdrag sagen' }).getByLabel('Begrundelse').fill('Anders går på orlov; Bente overtager.');
  await page.getByRole('button', { name: 'Overdrag sagen' }).click();
  await page.getByText(/er overdraget til Bente Birk/).first().waitFor();
  await page.locator('.case-overview').getByText('Bente Birk').waitFor();
  await step(page, '09-handed-over');

  // Close with reason and evaluation, on the case's closure page. A 16-year-old's case cannot close while the
  // duty to notify is unregistered (DOMAIN.md § 11.4: that blocker cannot be overridden), so the page says so.
  const caseUrl = page.url().replace(/\/afslutning$/, '');
  await page.getByRole('link', { name: 'Afslut sagen' }).first().click();
  await page.getByRole('heading', { name: 'Før sagen kan afsluttes' }).waitFor();
  await page.getByText(/Underretningspligten efter Barnets lov § 133 gælder og er ikke registreret som opfyldt/).waitFor();
  await step(page, '10a-close-blocked-by-duty');
  await page.goto(caseUrl);
  await page.getByRole('form', { name: 'Registrér underretning' }).getByRole('button', { name: 'Registrér underretning' }).click();
  await page.getByText(/Albertslund Kommune er underrettet/).waitFor();
  await page.goto(`${caseUrl}/afslut-sagen`);
  await page.getByText('Intet står i vejen for at afslutte sagen.').waitFor();
  await page.getByLabel('Begrundelse for afslutning').fill('Barnet er i sikkerhed; kommunen har overtaget.');
  await page.getByLabel('Hvordan endte sagen').selectOption('RISIKO_REDUCERET');
  await page.getByLabel('Samarbejde i kommunen').check();
  await page.getByLabel('Uddybning').fill('Hurtig koordinering virkede.');
  await page.getByRole('form', { name: 'Afslut sagen' }).getByRole('button', { name: 'Afslut sagen' }).click();
  await page.locator('.case-overview').getByText('Afsluttet').waitFor();
  await page.goto(`${caseUrl}/afslutning`);
  await page.getByRole('form', { name: 'Genåbn sagen' }).waitFor();
  // The evaluation just recorded is shown on the closed case, in words.
  const closedSummary = page.locator('#afsnit-afslutning dl');
  await closedSummary.getByText('Samarbejde i kommunen').waitFor();
  await closedSummary.getByText('Hurtig koordinering virkede.').waitFor();
  await step(page, '10-closed');

  // The case list: search by exact CPR goes in a POST body, never the address.
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Sager' }).click();
  await page.getByLabel('Vis').selectOption('alle');
  await page.getByLabel('CPR-nummer (præcist)').fill(CPR);
  await page.getByRole('button', { name: 'Søg på CPR' }).click();
  await page.getByText('Én sag med det CPR-nummer.').waitFor();
  await step(page, '11-case-list-cpr-search');

  // The inquiry list shows the registered inquiry with a link to its case, and no identifying field.
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Henvendelser' }).click();
  const inquiryRow = page.getByRole('row').filter({ hasText: 'Lærer' });
  await inquiryRow.getByRole('link', { name: 'Se sag' }).waitFor();
  assert.equal(await page.getByText('Sara Testesen').count(), 0);
  await step(page, '12-inquiry-list');
});

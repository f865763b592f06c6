import assert from 'node:assert/strict';
import { it } from 'node:test';
import { sql } from 'drizzle-orm';
import { createUser } from '../support/app.js';
import path from 'node:path';
import { expectNoAxeViolations, loginInBrowser, screenshot, SCREENSHOT_DIR, useServerAndBrowser } from '../support/browser.js';
import { riskCase } from '../../src/server/modules/risk/risk.fixtures.js';
import { casePersons } from '../../src/server/modules/case-core/cases.tables.js';
import { fieldCryptoFor } from '../../src/server/platform/crypto/fields.js';
import { todayIso } from '../../src/server/shared/codes.js';
import { addDays } from '../../src/server/modules/case-core/work.scope.js';

const env = useServerAndBrowser();

/**
 * Issue 12, the lejrskole scenario: a 16-year-old is to leave on a one-way ticket the week of the class's camp
 * school. The travel page says the residence permit does not lapse, counts down to departure, and proposes
 * the passport withdrawal in one click; the Globale Vagtcenter contact is logged with its number on screen.
 */
it('lejrskole: a 16-year-old with a one-way ticket; countdown, § 17, stk. 3, passport withdrawal proposed from the travel page', async () => {
  const { page } = env.browser;
  const ctx = env.server.ctx;
  const user = await createUser(ctx, { role: 'consultant', region: 'Region Hovedstaden', displayName: 'Mona Konsulent' });
  const c = await riskCase(ctx, { municipalityCode: '165', participants: [{ userId: user.id, role: 'CONSULTANT' }], consent: true });
  const today = todayIso();
  const born = `${Number(today.slice(0, 4)) - 16}-02-10`;
  await ctx.db.insert(casePersons).values({ caseId: c.id, role: 'BORGER', nameEnc: fieldCryptoFor(ctx.config).encrypt('Amina Testesen'), birthDateEnc: fieldCryptoFor(ctx.config).encrypt(born) });
  await ctx.db.execute(sql`UPDATE cases SET citizen_minor = true, citizen_age_band = '15_17' WHERE id = ${c.id}`);
  await loginInBrowser(page, env.server.baseUrl, user.username);

  await page.goto(`${env.server.baseUrl}/sager/${c.id}/rejse`);
  await page.getByText('Der er ikke registreret nogen rejse på sagen.').waitFor();
  const form = page.getByRole('form', { name: 'Rejseoplysninger' });
  await form.getByLabel('Destination (land)').fill('Pakistan');
  await form.getByLabel('Afrejsedato').fill(addDays(today, 10));
  await form.getByLabel('Afrejse klokkeslæt').fill('06:40');
  await form.getByLabel('Flynummer ud').fill('TK1784');
  await form.getByLabel('Er der planlagt en hjemkomst?').selectOption('NEJ');
  await form.getByLabel('Er returbilletten købt?').selectOption('NEJ');
  await form.getByLabel('Tvangsægteskab eller forlovelse').check();
  await form.getByLabel('Alternativer til rejsen').fill('Kan tage med på lejrskole og bo hos moster bagefter');
  await form.getByRole('button', { name: 'Gem rejseoplysninger' }).click();
  await page.getByRole('status').filter({ hasText: 'Rejseoplysningerne er gemt.' }).waitFor();

  await page.getByText('Barnets opholdstilladelse bortfalder ikke under en genopdragelsesrejse (udlændingeloven § 17, stk. 3).').waitFor();
  await page.locator('.travel-countdown').getByText('10 dage til afrejse').waitFor();
  await page.getByText('Ingen hjemrejse planlagt (enkeltbillet)').waitFor();

  // The register can also be opened with passport withdrawal chosen, to fill in owner and period.
  await page.getByRole('link', { name: 'eller udfyld den med ansvarlig og periode' }).click();
  await page.getByRole('heading', { name: 'Foreslå eller registrér en foranstaltning' }).waitFor();
  assert.equal(await page.locator('#m-measureType').inputValue(), 'PASINDDRAGELSE');
  await page.goBack();
  // Passport withdrawal, one click from the travel page, lands in the measures register as proposed.
  await page.getByRole('button', { name: 'Foreslå pasinddragelse' }).click();
  await page.getByRole('status').filter({ hasText: 'Pasinddragelse er foreslået som foranstaltning.' }).waitFor();
  await page.locator('.travel-steps').getByText('Foreslået').waitFor();
  // The airport police: a task in one click.
  await page.getByRole('button', { name: 'Opret opgave' }).first().click();
  await page.locator('.travel-steps').getByText('Opgave oprettet').waitFor();

  // The Globale Vagtcenter is shown with its number; a contact is logged.
  assert.ok(await page.getByRole('link', { name: '+45 33 92 11 12' }).isVisible());
  await page.getByText('Registrér en kontakt med en myndighed').click();
  const contact = page.getByRole('form', { name: 'Kontakt med myndighed' });
  await contact.getByLabel('Myndighed').selectOption('POLITI');
  await contact.getByLabel('Hvad blev sagt og aftalt').fill('Lufthavnspolitiet i Kastrup er orienteret om afrejsen');
  await contact.getByRole('button', { name: 'Registrér kontakten' }).click();
  await page.locator('.travel-contact').getByText('Lufthavnspolitiet i Kastrup er orienteret om afrejsen').waitFor();
  // A recent photo, encrypted on the server; shown only when asked.
  await page.getByText('Læg et foto eller en paskopi på sagen').click();
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
  await page.getByLabel('Fil (JPEG, PNG eller PDF, højst 10 MB)').setInputFiles({ name: 'amina.png', mimeType: 'image/png', buffer: png });
  await page.getByRole('button', { name: 'Gem filen' }).click();
  await page.getByRole('status').filter({ hasText: 'Nyligt foto er gemt krypteret på sagen.' }).waitFor();
  await page.getByRole('button', { name: /Vis billedet/ }).click();
  await page.getByRole('img', { name: 'Nyligt foto: amina.png' }).waitFor();
  await expectNoAxeViolations(page, 'travel section, lejrskole');
  await page.locator('.travel-minor').scrollIntoViewIfNeeded();
  await screenshot(page, 'travel-lejrskole');
  await page.locator('.travel-minor').screenshot({ path: path.join(SCREENSHOT_DIR, 'travel-lejrskole-minor.png') });

  const measures = await page.request.get(`${env.server.baseUrl}/api/cases/${c.id}/measures`);
  const items = (await measures.json()).items as { measureType: string; status: string }[];
  assert.deepEqual(items.map((m) => [m.measureType, m.status]), [['PASINDDRAGELSE', 'FORESLAAET']]);
});

import assert from 'node:assert/strict';
import { it } from 'node:test';
import { createUser } from '../support/app.js';
import { expectNoAxeViolations, loginInBrowser, screenshot, useServerAndBrowser } from '../support/browser.js';
import { riskCase } from '../../src/server/modules/risk/risk.fixtures.js';

const env = useServerAndBrowser();
const CODE_WORD = 'Kirsebærtræ';

it('self-referral: a safety plan before any assessment, the digital checklist, a safe contact recorded and revealed with a purpose', async () => {
  const { page } = env.browser;
  const user = await createUser(env.server.ctx, { role: 'consultant', region: 'Region Hovedstaden', displayName: 'Karin Konsulent' });
  const c = await riskCase(env.server.ctx, { municipalityCode: '165', participants: [{ userId: user.id, role: 'CONSULTANT' }], consent: true });
  await loginInBrowser(page, env.server.baseUrl, user.username);

  // The case's safety section (question 3 of the workspace) says the plan is not filled in yet.
  await page.goto(`${env.server.baseUrl}/sager/${c.id}`);
  await page.getByRole('navigation', { name: 'Sagens afsnit' }).getByRole('link', { name: 'Sikkerhedsplan og foranstaltninger' }).click();
  await page.getByText('Sikkerhedsplanen er ikke udfyldt endnu.').waitFor();
  await page.getByRole('link', { name: 'Sikkerhedsplan og sikker kontakt' }).click();
  await page.getByRole('heading', { name: /Sikkerhedsplan/, level: 1 }).waitFor();

  await page.getByLabel('Borgerens egne ord og ønsker').fill('Jeg vil ikke tilbage til min mand. Jeg vil have mine børn med.');
  await page.getByLabel('Det gør borgeren i fare').fill('Ring 112 og låse sig inde på badeværelset');
  await page.getByLabel('Her kan borgeren gå hen').fill('Krisecentret via Lev Uden Vold');
  await page.getByRole('group', { name: 'Telefonen tjekket for sporing og deling af placering' }).getByLabel('Udført', { exact: true }).check();
  await page.getByRole('group', { name: 'Nyt SIM-kort eller ny telefon' }).getByLabel('Ikke udført', { exact: true }).check();
  await page.getByRole('group', { name: /Sociale medier/ }).getByLabel('Ikke relevant').check();
  await page.getByLabel('Aftalt med borgeren den').fill(new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Copenhagen' }));
  await expectNoAxeViolations(page, 'safety plan');
  await page.getByRole('button', { name: 'Gem sikkerhedsplanen' }).click();
  await page.getByRole('status').filter({ hasText: 'Sikkerhedsplanen er gemt (version 1).' }).waitFor();
  await screenshot(page, 'safety-plan');

  // The safe contact: recorded sealed, the page only says it is there.
  await page.getByRole('button', { name: 'Registrér sikker kontakt' }).click();
  await page.getByLabel('Kodeord').fill(CODE_WORD);
  await page.getByLabel('Sikkert telefonnummer').fill('+45 31 41 59 26');
  await page.getByLabel('Sikre tidspunkter').fill('Hverdage 10–12, når manden er på arbejde');
  await page.getByRole('button', { name: 'Gem sikker kontakt' }).click();
  await page.getByText('Den sikre kontakt er registreret').waitFor();
  await page.reload();
  await page.getByText(/^Registreret /).waitFor();
  assert.equal(await page.getByText(CODE_WORD).count(), 0, 'the code word is not on the page');

  // Reveal: a purpose first.
  await page.getByRole('button', { name: 'Vis sikker kontakt' }).click();
  const dialog = page.getByRole('dialog', { name: 'Vis sikker kontakt' });
  await dialog.getByRole('button', { name: 'Vis' }).click();
  await dialog.getByText('Angiv formålet med opslaget').waitFor();
  await expectNoAxeViolations(page, 'reveal dialog');
  await screenshot(page, 'safety-reveal-dialog');
  await dialog.getByLabel('Formål med opslaget').fill('Borgeren skal ringes op om mødet i morgen');
  await dialog.getByRole('button', { name: 'Vis' }).click();
  await page.getByText(CODE_WORD).waitFor();
  assert.ok(await page.getByText('+45 31 41 59 26').isVisible());
  await screenshot(page, 'safety-safe-contact-revealed');
  await page.getByRole('button', { name: 'Skjul igen' }).click();
  assert.equal(await page.getByText(CODE_WORD).count(), 0);

  // The PDF link is there; the print view carries no safe contact.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByText(CODE_WORD).count(), 0);
  assert.ok(await page.locator('.print-plan').getByText('Jeg vil ikke tilbage til min mand').isVisible(), 'the plan prints');
  await page.emulateMedia({ media: 'screen' });
});


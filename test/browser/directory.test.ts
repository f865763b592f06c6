import assert from 'node:assert/strict';
import { it } from 'node:test';
import { addressAfterOrigin, expectNoAxeViolations, screenshot, useServerAndBrowser } from '../support/browser.js';

const env = useServerAndBrowser();

it('a citizen finds the consultants for Albertslund with the keyboard alone, from the home page', async () => {
  const { page } = env.browser;
  await page.goto(env.server.baseUrl);
  await page.getByRole('link', { name: 'Find din sikkerhedskonsulent' }).first().waitFor();
  await page.getByRole('main').getByRole('link', { name: 'Find din sikkerhedskonsulent' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForURL('**/find-sikkerhedskonsulent');
  await page.getByRole('heading', { level: 1, name: 'Find din sikkerhedskonsulent' }).waitFor();
  await expectNoAxeViolations(page, 'find consultant, empty');
  assert.equal(await page.getByText(/^DEMO/).count(), 0, 'no DEMO banner outside demo mode');

  // Tab from the top of the page until the combobox has focus: no mouse anywhere.
  const combobox = page.getByRole('combobox', { name: 'Kommune' });
  await combobox.waitFor();
  await page.keyboard.press('Tab');
  for (let i = 0; i < 40 && !(await combobox.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  assert.ok(await combobox.evaluate((el) => el === document.activeElement), 'combobox reachable by Tab');

  await page.keyboard.type('albe');
  assert.equal(await combobox.getAttribute('aria-expanded'), 'true');
  const options = page.getByRole('listbox').getByRole('option');
  // React renders the filtered list after the last keystroke; wait for it rather than read a list mid-typing.
  await page.waitForFunction(() => document.querySelectorAll('[role="listbox"] [role="option"]').length === 1);
  assert.deepEqual((await options.allTextContents()).map((t) => t.replace(/Region.*/, '').trim()), ['Albertslund']);
  await expectNoAxeViolations(page, 'find consultant, list open');
  await screenshot(page, 'directory-combobox-open');
  await page.keyboard.press('ArrowDown');
  assert.equal(await options.first().getAttribute('aria-selected'), 'true', 'arrow key highlights the option');
  await page.keyboard.press('Enter');

  await page.getByRole('heading', { name: 'Sikkerhedskonsulenter i Region Hovedstaden' }).waitFor();
  assert.equal(await combobox.inputValue(), 'Albertslund');
  // DOMAIN.md § 11.9: the chosen municipality never enters the address (and so the browser history).
  assert.doesNotMatch(addressAfterOrigin(page.url(), env.server.baseUrl), /kommune|165/);
  const section = page.getByRole('region', { name: 'Sikkerhedskonsulenter i Region Hovedstaden' });
  const telLinks = await section.getByRole('link').evaluateAll((links) => links.map((a) => `${a.textContent} → ${a.getAttribute('href')}`));
  assert.deepEqual(telLinks, ['Ring 24 87 10 53 → tel:+4524871053', 'Ring 21 46 15 70 → tel:+4521461570', 'Ring 51 36 83 54 → tel:+4551368354']);
  await section.getByText('Louise').waitFor();
  await section.getByText('Kun genopdragelsesrejser og ufrivillige udlandsophold').waitFor();

  const actors = page.getByRole('region', { name: 'Andre steder, du kan få hjælp' });
  assert.equal(await actors.getByRole('link', { name: 'Ring 1888' }).getAttribute('href'), 'tel:1888');
  assert.equal(await actors.getByRole('link', { name: 'Ring 70 27 76 66' }).getAttribute('href'), 'tel:+4570277666');
  await actors.getByText('Familieretshuset').waitFor();

  await expectNoAxeViolations(page, 'find consultant, result');
  await screenshot(page, 'directory-albertslund');

  // The answer lives only in the page: a reload forgets it, so nothing of the choice is kept anywhere.
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Find din sikkerhedskonsulent' }).waitFor();
  assert.equal(await page.getByRole('heading', { name: 'Sikkerhedskonsulenter i Region Hovedstaden' }).count(), 0);
});

it('a wrong guess shows that nothing matches, and a municipality in another region shows that region', async () => {
  const { page } = env.browser;
  await page.goto(`${env.server.baseUrl}/find-sikkerhedskonsulent`);
  const combobox = page.getByRole('combobox', { name: 'Kommune' });
  await combobox.focus();
  await page.keyboard.type('xyz');
  await page.getByText('Ingen kommuner passer til “xyz”.').waitFor();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type('ærø');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Sikkerhedskonsulenter i Region Syddanmark' }).waitFor();
  await page.getByRole('link', { name: 'Ring 20 36 80 75' }).waitFor();
});

it('the header is DKFDS with a working mobile menu drawer', async () => {
  const { page } = env.browser;
  await page.setViewportSize({ width: 400, height: 800 });
  try {
    await page.goto(`${env.server.baseUrl}/`);
    await page.getByRole('button', { name: 'Menu' }).click();
    const drawer = page.getByRole('dialog', { name: 'Menu' });
    await drawer.getByRole('link', { name: 'Find din sikkerhedskonsulent' }).waitFor();
    await expectNoAxeViolations(page, 'mobile drawer open');
    await screenshot(page, 'header-mobile-drawer');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
  } finally {
    await page.setViewportSize({ width: 1280, height: 900 });
  }
});

import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, it } from 'node:test';
import { addressAfterOrigin, expectNoAxeViolations, launchBrowser, screenshot, startBrowserServer, type BrowserServer, type TestBrowser } from '../support/browser.js';

// A stand-in for the neutral site QUICK_EXIT_URL points to (a test must not leave the machine).
let neutral: Server;
let neutralUrl: string;
let server: BrowserServer;
let browser: TestBrowser;

before(async () => {
  neutral = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><html lang="da"><title>Vejret</title><h1>Vejret i dag</h1></html>'));
  await new Promise<void>((resolve) => neutral.listen(0, '127.0.0.1', resolve));
  neutralUrl = `http://127.0.0.1:${(neutral.address() as AddressInfo).port}/vejr`;
  server = await startBrowserServer('pglite', { QUICK_EXIT_URL: neutralUrl });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
  await new Promise((resolve) => neutral.close(resolve));
});

async function openCitizenPageFromNeutralSite() {
  const { page } = browser;
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(neutralUrl);
  await page.goto(`${server.baseUrl}/find-sikkerhedskonsulent`);
  await page.getByRole('heading', { level: 1, name: 'Find din sikkerhedskonsulent' }).waitFor();
  return page;
}

it('on a 360 px phone the citizen page finds Odense\'s consultants without the municipality entering the address, and writes no cookie or storage', async () => {
  const page = await openCitizenPageFromNeutralSite();
  const foreign: string[] = [];
  page.on('request', (r) => { if (!r.url().startsWith(server.baseUrl)) foreign.push(r.url()); });
  const visited: string[] = [page.url()];
  page.on('framenavigated', (f) => { if (f === page.mainFrame()) visited.push(f.url()); });
  await page.getByText('Det er gratis.').waitFor();
  await page.getByRole('link', { name: '1888' }).first().waitFor();
  const combobox = page.getByRole('combobox', { name: 'Kommune' });
  await combobox.fill('Odense');
  await page.waitForFunction(() => document.querySelectorAll('[role="listbox"] [role="option"]').length === 1);
  await combobox.press('ArrowDown');
  await combobox.press('Enter');
  await page.getByRole('heading', { name: 'Sikkerhedskonsulenter i Region Syddanmark' }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/find-sikkerhedskonsulent');
  assert.equal(new URL(page.url()).search, '', 'no query in the address');
  for (const url of [...visited, page.url()]) assert.doesNotMatch(addressAfterOrigin(url, server.baseUrl), /461|odense|kommune/i, `no municipality in any address the page had: ${url}`);
  await page.getByRole('heading', { name: 'Det kan "Forlad siden" ikke skjule' }).waitFor();
  await page.getByRole('button', { name: 'Forlad siden' }).waitFor();
  assert.equal(await page.title(), 'Skjold', 'a neutral title');
  await expectNoAxeViolations(page, 'citizen page, 360 px');
  // From the top, as the phone shows it: the sticky quick-exit bar above the header (a full-page capture
  // scrolled down would draw it where the viewport happened to be).
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, 'public-citizen-page-360');
  assert.deepEqual(await browser.context.cookies(), [], 'no cookie');
  assert.deepEqual(await page.evaluate(() => [localStorage.length, sessionStorage.length]), [0, 0], 'no storage');
  assert.deepEqual(foreign, [], 'no third-party request');
});

it('quick exit by the button replaces the page: history.length unchanged, Back goes to the site before, not to us', async () => {
  const page = await openCitizenPageFromNeutralSite();
  const length = await page.evaluate(() => history.length);
  await page.getByRole('button', { name: 'Forlad siden' }).click();
  await page.waitForURL(neutralUrl);
  assert.equal(await page.evaluate(() => history.length), length);
  await page.goBack();
  assert.ok(!page.url().startsWith(server.baseUrl), `Back returned to ${page.url()}`);
});

it('quick exit by pressing Shift three times works the same', async () => {
  const page = await openCitizenPageFromNeutralSite();
  const length = await page.evaluate(() => history.length);
  await page.getByRole('heading', { level: 1 }).click();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await page.waitForURL(neutralUrl);
  assert.equal(await page.evaluate(() => history.length), length);
  await page.goBack();
  assert.ok(!page.url().startsWith(server.baseUrl), `Back returned to ${page.url()}`);
});

it('public knowledge reads without a login: the four definitions in plain Danish', async () => {
  const { page } = browser;
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${server.baseUrl}/viden`);
  for (const title of ['Æresrelaterede konflikter', 'Negativ social kontrol', 'Genopdragelsesrejser', 'Ufrivilligt udlandsophold']) {
    await page.getByRole('link', { name: title, exact: true }).waitFor();
  }
  assert.equal(await page.getByRole('link', { name: 'Lovgrundlag' }).count(), 0, 'no staff article without a login');
  await page.getByRole('link', { name: 'Negativ social kontrol', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Negativ social kontrol' }).waitFor();
  await page.getByRole('button', { name: 'Forlad siden' }).waitFor();
  await expectNoAxeViolations(page, 'public article');
  await screenshot(page, 'knowledge-public-article');
});

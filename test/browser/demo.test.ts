import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, it } from 'node:test';
import { startServerProcess, type ServerProcess } from '../process/spawn.js';
import { expectNoAxeViolations, launchBrowser, loginInBrowser, screenshot, startBrowserServer, type BrowserServer, type TestBrowser } from '../support/browser.js';

let server: BrowserServer;
let browser: TestBrowser;
before(async () => {
  server = await startBrowserServer('pglite', { SKJOLD_DEMO: '1' });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

it('demo mode shows the DEMO banner on every page', async () => {
  const { page } = browser;
  for (const path of ['/', '/find-sikkerhedskonsulent', '/login']) {
    await page.goto(`${server.baseUrl}${path}`);
    await page.getByRole('note').getByText('DEMO – alle oplysninger er opdigtede.', { exact: false }).waitFor();
  }
  await expectNoAxeViolations(page, 'demo login');
  await screenshot(page, 'demo-banner');
});

/**
 * `npm run demo` as a person would use it: the real server process on an empty data dir with SKJOLD_DEMO=1 and
 * the built web app; the published demo login shows the banner, the seeded cases and a readable case page.
 */
it('npm run demo: the demo consultant logs in and works with the seeded cases', async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'skjold-demo-'));
  let demo: ServerProcess | null = null;
  try {
    demo = startServerProcess({ DATA_DIR: dataDir, SKJOLD_DEMO: '1', WEB_DIST_DIR: 'dist/web', LOG_LEVEL: 'info' });
    const url = await demo.ready();
    const { page } = browser;
    await page.context().clearCookies();
    await loginInBrowser(page, url, 'konsulent.hovedstaden', 'demo-password-2026');
    await page.getByRole('note').getByText('DEMO – alle oplysninger er opdigtede.', { exact: false }).waitFor();

    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Sager' }).click();
    await page.getByLabel('Vis').selectOption('alle');
    const table = page.getByRole('table', { name: 'Sager' });
    await table.getByText('Sara Testesen').waitFor();
    // The acute Albertslund case the consultant does not take part in: listed (their region), name masked.
    await table.getByRole('row').filter({ hasText: 'N. E.' }).waitFor();
    assert.equal(await table.getByText('Noor Eksempel').count(), 0);
    assert.equal(await table.getByText('Hanan Prøvesen').count(), 0, 'the Aalborg case belongs to Region Nordjylland');
    await expectNoAxeViolations(page, 'demo case list');
    await screenshot(page, 'demo-case-list');

    await table.getByRole('row').filter({ hasText: 'Sara Testesen' }).getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: /Sag .+ Sara Testesen/ }).waitFor();
    await page.getByText('Demo Sagsbehandler Albertslund').first().waitFor();
    await expectNoAxeViolations(page, 'demo case page');
    await screenshot(page, 'demo-case-page');
    // The case workspace: persons and journal are sections of their own.
    const sections = page.getByRole('navigation', { name: 'Sagens afsnit' });
    await sections.getByRole('link', { name: 'Personer, samtykke og hjemmel' }).click();
    await page.getByRole('table', { name: 'Personer i sagen' }).getByText('Karim Testesen').waitFor();
    await sections.getByRole('link', { name: 'Journal' }).click();
    await page.getByRole('list', { name: 'Journal' }).getByText('Sparring med sagsbehandler').waitFor();

    // The demo caseworker in Albertslund has both Albertslund cases as "Mine sager", names in full.
    await page.context().clearCookies();
    await loginInBrowser(page, url, 'sagsbehandler.albertslund', 'demo-password-2026');
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Sager' }).click();
    await table.getByText('Sara Testesen').waitFor();
    await table.getByText('Noor Eksempel').waitFor();
    assert.equal(await table.getByText('Hanan Prøvesen').count(), 0);
  } finally {
    await demo?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

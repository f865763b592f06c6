import { after, before, it } from 'node:test';
import { expectNoAxeViolations, launchBrowser, screenshot, startBrowserServer, type BrowserServer, type TestBrowser } from '../support/browser.js';

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

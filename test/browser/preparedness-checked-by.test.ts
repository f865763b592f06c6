import assert from 'node:assert/strict';
import { it } from 'node:test';
import { sql } from 'drizzle-orm';
import { extractText } from 'unpdf';
import { createUser } from '../support/app.js';
import { expectNoAxeViolations, loginInBrowser, screenshot, useServerAndBrowser } from '../support/browser.js';
import { seedDemoPreparedness } from '../../src/server/modules/preparedness/preparedness.demo.js';
import { insertInquiries, many } from '../../src/server/modules/statistics/statistics.fixtures.js';
import { grantRiskConsent } from '../../src/server/modules/risk/risk.fixtures.js';
import { coordinationCase } from '../../src/server/modules/tasks/tasks.fixtures.js';

/**
 * Issue 14's "Checked by", walked as in a demo: Albertslund's plan from seed 004's structure with its revision
 * date four years after adoption, its anonymised overview and a PDF; the national overview of 98
 * municipalities; and from a case, an action card's steps made tasks and RED Safehouse, with its eligibility,
 * chosen as a measure's actor. (The citizen page on a 360 px screen: public-quick-exit.test.ts.)
 */
const env = useServerAndBrowser();

it("Albertslund's demo plan (seed 004's structure): adopted 10 October 2023, revised by 10 October 2027, its suppressed overview, and a PDF that says so", async () => {
  const { page } = env.browser;
  const ctx = env.server.ctx;
  await seedDemoPreparedness(ctx);
  const now = new Date(Date.now() - 60_000).toISOString();
  await insertInquiries(ctx.db, [...many(9, { municipality: '165', receivedAt: now }), ...many(2, { municipality: '165', receivedAt: now, case: true })]);
  const team = await createUser(ctx, { role: 'municipal_team', municipalityCode: '165', displayName: 'Team Albertslund' });
  await loginInBrowser(page, env.server.baseUrl, team.username);
  await page.goto(`${env.server.baseUrl}/beredskabsplan`);
  await page.getByRole('heading', { level: 1, name: 'Beredskabsplan – Albertslund Kommune' }).waitFor();
  await page.getByText('Vedtaget 10. oktober 2023 · revideres senest 10. oktober 2027').waitFor();
  for (const dept of ['Skole og dagtilbud', 'Børn og familie', 'Jobcenter']) await page.getByRole('heading', { level: 3, name: dept }).first().waitFor();

  const overview = page.getByRole('table', { name: 'Anonymiseret sagsoverblik for Albertslund Kommune' });
  const year = new Date().getFullYear();
  await overview.getByRole('columnheader', { name: `${year} til dato` }).waitFor();
  assert.deepEqual(await overview.getByRole('row', { name: /^Henvendelser/ }).getByRole('cell').allInnerTexts(), ['0', '11']);
  assert.deepEqual(await overview.getByRole('row', { name: /^Sager/ }).getByRole('cell').allInnerTexts(), ['0', '<5'], 'two cases are shown as <5, never as 2');
  const cells = await overview.getByRole('cell').allInnerTexts();
  assert.ok(cells.every((c) => c === '<5' || c === '–' || Number(c) === 0 || Number(c) >= 5), cells.join(' '));
  await expectNoAxeViolations(page, 'demo plan with overview');
  await screenshot(page, 'preparedness-demo-plan');

  const href = await page.getByRole('link', { name: 'Hent som PDF' }).getAttribute('href');
  const pdf = await page.request.get(`${env.server.baseUrl}${href}`);
  assert.equal(pdf.headers()['content-type'], 'application/pdf');
  const { text } = await extractText(new Uint8Array(await pdf.body()), { mergePages: true });
  assert.match(text, /Albertslund Kommune/);
  assert.match(text, /Vedtaget: 10\. oktober 2023\s+Revideres senest: 10\. oktober 2027/);
  assert.match(text, /Del 3: Action cards/);
  assert.match(text, /Anonymiseret sagsoverblik/);
  assert.match(text, /Henvendelser\s+0\s+11/);
  assert.match(text, /Sager\s+0\s+<5/);
  assert.match(text, /Side 1 af \d/);
});

it('the national overview lists all 98 municipalities, Albertslund with its plan and revision date, for an analyst', async () => {
  const { page } = env.browser;
  await env.browser.context.clearCookies();
  const analyst = await createUser(env.server.ctx, { role: 'analyst' });
  await loginInBrowser(page, env.server.baseUrl, analyst.username);
  await page.goto(`${env.server.baseUrl}/beredskabsplaner`);
  await page.getByText(/af 98 kommuner har en vedtaget plan i Skjold/).waitFor();
  assert.equal(await page.getByRole('table').getByRole('row').count(), 99, 'a header and 98 municipalities');
  const alb = page.getByRole('row', { name: /Albertslund/ });
  await alb.getByText('10. oktober 2023').waitFor();
  await alb.getByText('10. oktober 2027').waitFor();
  assert.doesNotMatch(await page.locator('main').innerText(), /Konsulent A|43 68 00 01/, 'no names or phones of the plan');
  await expectNoAxeViolations(page, 'national overview, analyst');
});

it("from a case: an action card's steps become tasks in one action, and RED Safehouse with its eligibility is chosen as a measure's actor", async () => {
  const { page } = env.browser;
  const ctx = env.server.ctx;
  await env.browser.context.clearCookies();
  const kons = await createUser(ctx, { role: 'consultant', region: 'Region Hovedstaden', displayName: 'Karin Konsulent' });
  const cw = await createUser(ctx, { role: 'caseworker', municipalityCode: '165', displayName: 'Sanne Sagsbehandler' });
  const c = await coordinationCase(ctx, { kons, cw });
  // A 22-year-old threatened over a marriage: adult, honour-related; the consent covers sharing with other authorities.
  await ctx.db.execute(sql`UPDATE cases SET citizen_minor = false, citizen_age_band = '18_24', concern_types = ARRAY['AERE'] WHERE id = ${c.id}`);
  await grantRiskConsent(ctx, c.id, ['KONKRET_SAGSSPARRING', 'RISIKOVURDERING', 'DELING_ANDEN_MYNDIGHED']);
  await loginInBrowser(page, env.server.baseUrl, kons.username);

  await page.goto(`${env.server.baseUrl}/sager/${c.id}/lovgrundlag`);
  await page.getByRole('heading', { name: 'Viden til denne sag' }).waitFor();
  assert.equal(await page.getByRole('link', { name: 'Action card: skole og dagtilbud' }).count(), 0, 'no card for children on an adult case');
  await page.getByRole('link', { name: 'Gør trin fra Action card: jobcenter og ydelse til opgaver på sagen' }).click();
  const form = page.getByRole('form', { name: 'Opgaver fra et handlekort' });
  await form.getByLabel('Tal med borgeren alene, uden familiemedlem som bisidder').check();
  await form.getByLabel('Tilbyd kontakt til sikkerhedskonsulent eller RED Rådgivning').check();
  await form.getByLabel('Ansvarlig').selectOption({ label: 'Sanne Sagsbehandler' });
  await expectNoAxeViolations(page, 'tasks from an action card');
  await screenshot(page, 'tasks-from-action-card');
  await form.getByRole('button', { name: 'Opret opgaver fra handlekortet' }).click();
  await page.getByRole('status').filter({ hasText: '2 opgaver er oprettet fra handlekortet.' }).waitFor();
  const open = page.locator('.task-list').first();
  await open.getByRole('heading', { name: 'Tal med borgeren alene, uden familiemedlem som bisidder' }).waitFor();
  await open.getByRole('heading', { name: 'Tilbyd kontakt til sikkerhedskonsulent eller RED Rådgivning' }).waitFor();
  assert.equal(await open.getByText(/Ansvarlig: Sanne Sagsbehandler .* Kilde: Handlekort/).count(), 2);

  await page.goto(`${env.server.baseUrl}/sager/${c.id}/aktoerer`);
  await page.getByLabel('Vælg fra kataloget').selectOption({ label: 'RED Safehouse, Sjælland – tlf. 45 11 78 00' });
  await page.getByText(/For: Unge kvinder og mænd på 16–30 år uden børn/).waitFor();
  await expectNoAxeViolations(page, 'actors, RED Safehouse chosen');
  await screenshot(page, 'actors-red-safehouse');
  await page.getByRole('button', { name: 'Tilføj aktøren' }).click();
  await page.getByRole('status').filter({ hasText: 'RED Safehouse, Sjælland er tilføjet sagen.' }).waitFor();
  await page.getByRole('row', { name: /RED Safehouse, Sjælland/ }).getByText('Samtykke til deling med anden myndighed').waitFor();

  await page.goto(`${env.server.baseUrl}/sager/${c.id}/foranstaltninger`);
  await page.getByLabel('Foranstaltning', { exact: true }).selectOption('SAFEHOUSE');
  await page.locator('#m-owner').selectOption({ label: 'RED Safehouse, Sjælland (RED Safehouse)' });
  await page.getByRole('button', { name: 'Registrér foranstaltningen' }).click();
  await page.getByRole('status').filter({ hasText: /er registreret som foreslået/ }).waitFor();
  await page.locator('.measure-item', { hasText: 'RED Safehouse, Sjælland' }).waitFor();
  await expectNoAxeViolations(page, 'measure owned by RED Safehouse');
  await screenshot(page, 'measure-red-safehouse');
});

import assert from 'node:assert/strict';
import { it } from 'node:test';
import { createUser } from '../support/app.js';
import { expectNoAxeViolations, loginInBrowser, screenshot, useServerAndBrowser } from '../support/browser.js';
import { fullContent } from '../../src/server/modules/risk/risk.fixtures.js';
import { coordinationCase } from '../../src/server/modules/tasks/tasks.fixtures.js';
import { todayIso } from '../../src/server/shared/codes.js';
import { addDays } from '../../src/server/modules/work/work.scope.js';
import { danishDate } from '../../src/web/modules/coordination/labels.js';

const env = useServerAndBrowser();

it('the consultant\'s home page after a signed HOEJ assessment shows the follow-up in 7 days and the tasks made from it; closing with a measure in force is blocked and names it', async () => {
  const { page } = env.browser;
  const ctx = env.server.ctx;
  const kons = await createUser(ctx, { role: 'consultant', region: 'Region Hovedstaden', displayName: 'Karin Konsulent' });
  const cw = await createUser(ctx, { role: 'caseworker', municipalityCode: '165', displayName: 'Sanne Sagsbehandler' });
  const c = await coordinationCase(ctx, { kons, cw });
  await loginInBrowser(page, env.server.baseUrl, kons.username);
  const { csrfToken } = await (await page.request.get(`${env.server.baseUrl}/api/me`)).json();
  const call = async (method: 'POST' | 'PUT', url: string, data: unknown) => {
    const res = await page.request.fetch(`${env.server.baseUrl}${url}`, { method, data, headers: { 'x-csrf-token': csrfToken } });
    assert.ok(res.ok(), `${method} ${url}: ${res.status()} ${await res.text()}`);
    return res.json();
  };
  const content = fullContent({ seriousViolence: 'HOEJ' });
  const a = await call('POST', `/api/cases/${c.id}/assessments`, {});
  await call('PUT', `/api/cases/${c.id}/assessments/${a.id}`, { content });
  await call('POST', `/api/cases/${c.id}/assessments/${a.id}/complete`, {});
  await call('POST', `/api/cases/${c.id}/tasks`, { title: 'Kontakt Vestegnens Politi om pasinddragelse', owner: { userId: kons.id }, deadline: addDays(todayIso(), 2) });
  await call('POST', `/api/cases/${c.id}/tasks/gathering`, { assessmentId: a.id, owner: { userId: kons.id }, deadline: addDays(todayIso(), 3) });

  await page.goto(`${env.server.baseUrl}/`);
  await page.getByRole('heading', { name: 'Din arbejdsliste' }).waitFor();
  const followUp = page.getByRole('row', { name: /Opfølgning på sagen/ });
  assert.ok(await followUp.isVisible());
  assert.match(await followUp.innerText(), new RegExp(danishDate(addDays(todayIso(), 7))));
  assert.match(await followUp.innerText(), /Høj/);
  assert.ok(await page.getByRole('link', { name: 'Kontakt Vestegnens Politi om pasinddragelse' }).isVisible());
  assert.ok((await page.getByRole('link', { name: /^Indhent oplysninger:/ }).count()) >= 1, 'the gathering tasks made from the assessment');
  await expectNoAxeViolations(page, 'work home');
  await screenshot(page, 'coordination-home-consultant');

  await page.getByRole('link', { name: 'Kontakt Vestegnens Politi om pasinddragelse' }).click();
  await page.getByRole('heading', { name: /Opgaver og koordinering/ }).waitFor();
  await expectNoAxeViolations(page, 'tasks page');
  await screenshot(page, 'coordination-tasks');

  await page.goto(`${env.server.baseUrl}/sager/${c.id}/opfoelgninger`);
  await page.getByRole('heading', { name: 'Næste opfølgning' }).waitFor();
  assert.ok(await page.getByText(danishDate(addDays(todayIso(), 7))).first().isVisible());
  await expectNoAxeViolations(page, 'follow-up page');
  await screenshot(page, 'coordination-follow-up');

  // A measure in force (safety's register) blocks closing, and the page names it.
  await call('POST', `/api/cases/${c.id}/measures`, { measureType: 'VOLDSALARM', status: 'IVAERKSAT', owner: { userId: kons.id }, startsOn: todayIso() });
  await page.goto(`${env.server.baseUrl}/sager/${c.id}/afslut-sagen`);
  await page.getByRole('heading', { name: 'Før sagen kan afsluttes' }).waitFor();
  await page.getByLabel('Begrundelse for afslutning').fill('Borgeren er i sikkerhed');
  await page.getByLabel('Hvordan endte sagen').selectOption('RISIKO_REDUCERET');
  await page.getByRole('button', { name: 'Afslut sagen' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Sagen blev ikke afsluttet' });
  await alert.waitFor();
  assert.match(await alert.innerText(), /Voldsalarm/);
  await expectNoAxeViolations(page, 'closure blocked');
  await screenshot(page, 'coordination-closure-blocked');
});

import assert from 'node:assert/strict';
import { it } from 'node:test';
import { createUser } from '../support/app.js';
import { expectNoAxeViolations, loginInBrowser, screenshot, useServerAndBrowser } from '../support/browser.js';
import { fullContent } from '../../src/server/modules/risk/risk.fixtures.js';
import { coordinationCase } from '../../src/server/modules/tasks/tasks.fixtures.js';
import { todayIso } from '../../src/server/shared/codes.js';
import { addDays } from '../../src/server/modules/case-core/work.scope.js';
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

it('after a handover the receiving caseworker is asked on her home page and the case overview, takes a task over and gives a measure to the consultant', async () => {
  const { page } = env.browser;
  const ctx = env.server.ctx;
  const kons = await createUser(ctx, { role: 'consultant', region: 'Region Hovedstaden', displayName: 'Kamilla Konsulent' });
  const cw = await createUser(ctx, { role: 'caseworker', municipalityCode: '165', displayName: 'Sofie Sagsbehandler' });
  const next = await createUser(ctx, { role: 'caseworker', municipalityCode: '165', displayName: 'Nina Nysagsbehandler' });
  const c = await coordinationCase(ctx, { kons, cw });
  await page.context().clearCookies();
  await loginInBrowser(page, env.server.baseUrl, kons.username);
  const { csrfToken } = await (await page.request.get(`${env.server.baseUrl}/api/me`)).json();
  const post = async (url: string, data: unknown) => {
    const res = await page.request.post(`${env.server.baseUrl}${url}`, { data, headers: { 'x-csrf-token': csrfToken } });
    assert.ok(res.ok(), `${url}: ${res.status()} ${await res.text()}`);
  };
  await post(`/api/cases/${c.id}/tasks`, { title: 'Møde med skolen', owner: { userId: cw.id }, deadline: addDays(todayIso(), 3) });
  await post(`/api/cases/${c.id}/measures`, { measureType: 'SKOLE_INFORMERET', status: 'FORESLAAET', owner: { userId: cw.id } });

  // The consultant hands the case over in the UI, without moving the tasks.
  await page.goto(`${env.server.baseUrl}/sager/${c.id}/afslutning`);
  await page.getByText('Overdrag sagen til en anden sagsbehandler').click();
  const form = page.getByRole('form', { name: 'Overdrag sagen' });
  await form.getByLabel('En sagsbehandler med adgang til Skjold').check();
  await form.getByLabel('Ny ansvarlig sagsbehandler').selectOption({ label: 'Nina Nysagsbehandler' });
  await form.getByLabel('Begrundelse').fill('Sofie går på barsel');
  await form.getByLabel('Flyt den nuværende sagsbehandlers åbne opgaver til den nye').uncheck();
  await form.getByRole('button', { name: 'Overdrag sagen' }).click();
  await page.getByRole('status').filter({ hasText: 'er overdraget til Nina Nysagsbehandler' }).waitFor();

  // Nina is asked on her home page ...
  await page.context().clearCookies();
  await loginInBrowser(page, env.server.baseUrl, next.username);
  await page.goto(`${env.server.baseUrl}/`);
  const ask = page.getByRole('link', { name: `Sag ${c.caseNumber} er overdraget til dig: overtag eller fordel 1 opgave og 1 foranstaltning` });
  await ask.waitFor();
  await expectNoAxeViolations(page, 'home after handover');
  await screenshot(page, 'coordination-handover-home');
  // ... and on the case overview.
  await page.goto(`${env.server.baseUrl}/sager/${c.id}`);
  const todo = page.locator('.case-todos li').filter({ hasText: 'Sagen er overdraget: overtag eller fordel 1 opgave og 1 foranstaltning fra den tidligere sagsbehandler.' });
  await todo.waitFor();
  await todo.getByRole('link', { name: 'Overtag eller fordel' }).click();
  await page.getByRole('heading', { level: 1, name: /Overtag eller fordel efter overdragelsen/ }).waitFor();
  const waiting = page.getByRole('list', { name: 'Venter på et valg' });
  await waiting.getByText('Tidligere ansvarlig: Sofie Sagsbehandler').first().waitFor();
  await expectNoAxeViolations(page, 'handover owners page');
  await screenshot(page, 'coordination-handover-owners');

  // She takes the task over herself and gives the measure to the consultant.
  await page.getByRole('form', { name: 'Vælg ansvarlig for Møde med skolen' }).getByRole('button', { name: 'Overtag' }).click();
  await page.getByRole('status').filter({ hasText: 'Du har overtaget Møde med skolen.' }).waitFor();
  const measure = page.getByRole('form', { name: 'Vælg ansvarlig for Skolen informeret' });
  await measure.getByLabel('Ny ansvarlig for Skolen informeret').selectOption({ label: 'Kamilla Konsulent' });
  await measure.getByRole('button', { name: 'Giv videre' }).click();
  await page.getByRole('status').filter({ hasText: 'Skolen informeret er givet til Kamilla Konsulent.' }).waitFor();
  await page.getByText('Intet venter: alle opgaver og foranstaltninger på sagen har en ansvarlig.').waitFor();
  await expectNoAxeViolations(page, 'handover owners decided');
  await screenshot(page, 'coordination-handover-decided');

  // The choice is in the journal, in Danish.
  await page.goto(`${env.server.baseUrl}/sager/${c.id}/journal`);
  const journal = page.getByRole('list', { name: 'Journal' });
  await journal.getByText('Efter overdragelsen: Nina Nysagsbehandler overtog 1 opgave', { exact: true }).waitFor();
  await journal.getByText('Efter overdragelsen: Nina Nysagsbehandler fordelte 1 foranstaltning til andre', { exact: true }).waitFor();
  await journal.getByText(/Ved overdragelsen venter 1 opgave og 1 foranstaltning/).waitFor();
  await page.goto(`${env.server.baseUrl}/`);
  await page.getByRole('heading', { name: 'Din arbejdsliste' }).waitFor();
  assert.equal(await page.getByRole('link', { name: /er overdraget til dig/ }).count(), 0, 'answered: no longer asked');
});

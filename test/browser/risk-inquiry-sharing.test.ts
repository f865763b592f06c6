import assert from 'node:assert/strict';
import { it } from 'node:test';
import { createUser } from '../support/app.js';
import { expectNoAxeViolations, loginInBrowser, screenshot, useServerAndBrowser } from '../support/browser.js';
import type { Actor } from '../../src/server/platform/access/actor.js';
import { svcOf } from '../../src/server/shared/svc.js';
import { createInquiry } from '../../src/server/modules/intake/intake.service.js';
import { CreateInquiryBody } from '../../src/server/modules/intake/intake.schemas.js';
import { caseBody, consentBody, inquiryBody } from '../../src/server/modules/intake/intake.fixtures.js';
import { recordConsent } from '../../src/server/modules/consent/consent.service.js';
import { createCase } from '../../src/server/modules/cases/cases.service.js';
import { CreateCaseBody } from '../../src/server/modules/cases/cases.schemas.js';
import { completeAssessment, getAssessment, saveDraft } from '../../src/server/modules/risk/risk.assessment.service.js';
import { fullContent } from '../../src/server/modules/risk/risk.fixtures.js';

const env = useServerAndBrowser();

it('screens an anonymous inquiry, sees it on the case, picks case persons, opts in to the CPR number in the PDF and sees one list of who is informed', async () => {
  const { page } = env.browser;
  const u = await createUser(env.server.ctx, { role: 'consultant', region: 'Region Hovedstaden', displayName: 'Karin Konsulent' });
  const actor: Actor = { userId: u.id, username: u.username, displayName: u.displayName, role: 'consultant', municipalityCode: null, region: 'Region Hovedstaden', sessionId: 'test' };
  const svc = svcOf(env.server.ctx);
  const inquiry = await createInquiry(svc, actor, CreateInquiryBody.parse(inquiryBody()));
  await loginInBrowser(page, env.server.baseUrl, u.username);

  // 1. Screening on the anonymous inquiry, from the inquiry page.
  await page.goto(`${env.server.baseUrl}/henvendelser/${inquiry.id}`);
  await page.getByText('Henvendelsen er ikke screenet.').waitFor();
  await page.getByRole('link', { name: 'Screening', exact: true }).click();
  await page.getByRole('heading', { name: 'Indledende risikoscreening af henvendelsen' }).waitFor();
  assert.ok(await page.getByText('Henvendelsen er anonym. Skriv ikke navne').isVisible());
  await page.getByLabel('Er der lige sket noget?').fill('Trussel fra en bror; hendes CPR er 150310-4123');
  await page.getByLabel('Akut – handl nu').check();
  await page.getByLabel('Begrundelse').fill('Eleven tør ikke gå hjem');
  await page.getByRole('button', { name: 'Gem screening' }).click();
  await page.getByText('Er der lige sket noget? – Henvendelsen er anonym: skriv ikke CPR-nummer').waitFor();
  await expectNoAxeViolations(page, 'inquiry screening with an identifier refused');
  await screenshot(page, 'risk-inquiry-screening-refused');
  await page.getByLabel('Er der lige sket noget?').fill('Trussel fra en bror i weekenden');
  await page.getByRole('button', { name: 'Gem screening' }).click();
  await page.getByRole('heading', { name: 'Screening registreret' }).waitFor();
  assert.ok(await page.locator('.emergency-numbers', { hasText: '112' }).isVisible());
  assert.ok(await page.locator('.emergency-numbers', { hasText: '114' }).isVisible());
  assert.ok(await page.getByText('Barnets lov § 133').isVisible(), 'a 15–17-year-old: the duty to notify is shown');
  await page.getByRole('link', { name: 'Tilbage til henvendelsen' }).click();
  await page.getByRole('table', { name: 'Screeninger af henvendelsen' }).getByText('Akut – handl nu').waitFor();
  await expectNoAxeViolations(page, 'inquiry page with screening');
  await screenshot(page, 'risk-inquiry-page-screening');

  // A case is opened from the inquiry (intake's services), with registered persons.
  await recordConsent(svc, actor, inquiry.id, consentBody('FORAELDREMYNDIGHEDSINDEHAVER') as never);
  const responsible = await createUser(env.server.ctx, { role: 'caseworker', municipalityCode: '165' });
  const c = await createCase(svc, actor, CreateCaseBody.parse(caseBody(inquiry.id, { cpr: '150310-4123' }, {
    responsibleCaseworkerId: responsible.id,
    persons: [{ role: 'MULIG_GERNINGSPERSON', name: 'Karim Testesen', relation: 'Far' }, { role: 'MULIGT_OFFER', name: 'Lina Testesen', relation: 'Søster' }],
  })));
  await page.goto(`${env.server.baseUrl}/sager/${c.id}/risiko`);
  const screenings = page.getByRole('table', { name: 'Screeninger af sagen og henvendelsen' });
  await screenings.getByText('På henvendelsen').waitFor();
  assert.ok(await screenings.getByText('Eleven tør ikke gå hjem').isVisible(), "the inquiry's screening is in the case's history");

  // 3. The assessment names a registered person by picking them; free text stays possible.
  await page.getByRole('button', { name: 'Start risikovurdering' }).click();
  await page.getByRole('heading', { name: /Risikovurdering nr\. 1 – udkast/ }).waitFor();
  await page.getByRole('button', { name: 'Tilføj mulig gerningsperson' }).click();
  await page.getByLabel('Vælg person 1 blandt sagens personer').selectOption({ label: 'Karim Testesen (Far)' });
  assert.equal(await page.getByLabel('Mulig gerningsperson 1').inputValue(), 'Far', 'the relation fills the description');
  await page.getByRole('button', { name: 'Tilføj mulig gerningsperson' }).click();
  await page.getByLabel('Mulig gerningsperson 2').fill('Farbror i udlandet');
  await page.getByText('Udkastet er gemt').waitFor();
  await expectNoAxeViolations(page, 'assessment with a case person picked');
  await screenshot(page, 'risk-step-1-case-persons');
  await page.reload();
  // The case's persons load after the draft: wait for the option before reading the choice back.
  const picker = page.getByLabel('Vælg person 1 blandt sagens personer');
  await picker.locator('option', { hasText: 'Karim Testesen (Far)' }).waitFor({ state: 'attached' });
  assert.equal(await picker.inputValue(), c.persons.find((p) => p.role === 'MULIG_GERNINGSPERSON')!.id);

  // Sign it (the full UI walk-through is risk.test.ts), keeping the perpetrators chosen above.
  const draftId = /vurderinger\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  const current = await getAssessment(svc, actor, c.id, draftId);
  await saveDraft(svc, actor, c.id, draftId, { ...fullContent({ seriousViolence: 'HOEJ', imminent: true }), perpetrators: current.content.perpetrators });
  await completeAssessment(svc, actor, c.id, draftId);

  // 2. The PDF: no CPR number unless the box is ticked.
  await page.goto(`${env.server.baseUrl}/sager/${c.id}/risiko/vurderinger/${draftId}`);
  const link = page.getByRole('link', { name: 'Hent som PDF' });
  assert.doesNotMatch((await link.getAttribute('href'))!, /includeCpr/);
  await page.getByLabel("Medtag borgerens CPR-nummer i PDF'en").check();
  assert.match((await link.getAttribute('href'))!, /\?includeCpr=true$/);
  const pdf = await page.request.get(`${env.server.baseUrl}${await link.getAttribute('href')}`);
  assert.equal(pdf.headers()['content-type'], 'application/pdf');

  // 4. Tell the citizen (a disclosure), and an authority through the journal's form: one list, each once.
  const disclosure = page.getByRole('form', { name: 'Registrér hvem vurderingen er gjort kendt for' });
  await disclosure.getByLabel('Dato').fill('2026-11-21');
  await disclosure.getByRole('button', { name: 'Registrér' }).click();
  await page.getByText(/Borgeren – Borgeren \(registreret af Karin Konsulent\)/).waitFor();
  await expectNoAxeViolations(page, 'signed assessment with the CPR choice');
  await screenshot(page, 'risk-signed-pdf-cpr-choice');

  await page.goto(`${env.server.baseUrl}/sager/${c.id}/orienteret`);
  const informed = page.getByRole('table', { name: 'Hvem er orienteret om risikoen' });
  await informed.getByText('Risikovurdering nr. 1 – risiko høj').waitFor();
  await page.getByText('Registrér at nogen er informeret om risikoen').click();
  const form = page.getByRole('form', { name: 'Registrér risikoformidling' });
  await form.getByLabel('Hvem blev informeret').selectOption('MYNDIGHED');
  await form.getByLabel('Myndighed').fill('Københavns Vestegns Politi');
  await form.getByRole('button', { name: 'Registrér' }).click();
  await informed.getByText('Myndighed: Københavns Vestegns Politi').waitFor();
  assert.equal(await informed.locator('tbody tr').count(), 2, 'the disclosure and its journal line are one row; the journal entry another');
  assert.equal(await informed.getByText('Borgeren', { exact: true }).count(), 1);
  await expectNoAxeViolations(page, 'case page with who is informed');
  await page.locator('#afsnit-orienteret').screenshot({ path: 'test-output/screenshots/risk-case-informed.png' });
  await page.goto(`${env.server.baseUrl}/sager/${c.id}/risiko`);
  await page.getByRole('table', { name: 'Screeninger af sagen og henvendelsen' }).waitFor();
  await page.locator('#afsnit-risiko').screenshot({ path: 'test-output/screenshots/risk-case-screenings-with-inquiry.png' });
});

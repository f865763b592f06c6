import assert from 'node:assert/strict';
import { it } from 'node:test';
import { createUser } from '../support/app.js';
import { createCaseRow } from '../support/factories.js';
import { expectNoAxeViolations, loginInBrowser, screenshot, useServerAndBrowser } from '../support/browser.js';
import { recordAudit } from '../../src/server/platform/audit/audit.js';

const env = useServerAndBrowser();

it('the auditor filters the trail, exports a data subject\'s log without employees, and sees the chain status', async () => {
  const { page } = env.browser;
  const auditor = await createUser(env.server.ctx, { role: 'auditor', displayName: 'Dorte Revisor' });
  const cw = await createUser(env.server.ctx, { role: 'caseworker', municipalityCode: '165', displayName: 'Karin Sagsbehandler' });
  const c = await createCaseRow(env.server.ctx, { municipalityCode: '165' });
  const personId = crypto.randomUUID();
  await env.server.ctx.db.transaction(async (tx) => {
    for (let i = 0; i < 30; i++) {
      await recordAudit(tx, { type: 'case.participants_read', actor: { userId: cw.id, role: 'caseworker' }, caseId: c.id, purpose: 'Sagsbehandling', details: { count: 1 } });
    }
    await recordAudit(tx, { type: 'case.participant_added', actor: { userId: cw.id, role: 'caseworker' }, subjectType: 'person', subjectId: personId, caseId: c.id, purpose: 'Risikovurdering', details: { participantRole: 'OTHER' } });
  });

  await loginInBrowser(page, env.server.baseUrl, auditor.username);
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Revision' }).click();
  await page.getByRole('heading', { name: 'Revisionsspor' }).waitFor();
  await page.getByText(/hændelser fundet/).waitFor();
  await expectNoAxeViolations(page, 'audit trail');
  await screenshot(page, 'audit-trail');

  await page.getByLabel('Hændelse').selectOption('case.participants_read');
  await page.getByLabel('Sagsnummer').fill(c.caseNumber);
  await page.getByRole('button', { name: 'Søg' }).click();
  await page.getByText('30 hændelser fundet.').waitFor();
  await page.getByText('Side 1 af 2').waitFor();
  await page.getByRole('button', { name: 'Næste side' }).click();
  await page.getByText('Side 2 af 2').waitFor();
  assert.equal(await page.locator('tbody tr').count(), 5);
  await screenshot(page, 'audit-trail-filtered-page2');

  await page.getByRole('link', { name: 'Log for en registreret' }).click();
  await page.getByLabel('Id i Skjold').fill(personId);
  await page.getByRole('button', { name: 'Vis log' }).click();
  await page.getByText('1 registreret brug.', { exact: false }).waitFor();
  const table = await page.locator('table').innerText();
  assert.match(table, /Risikovurdering/);
  assert.match(table, new RegExp(c.caseNumber));
  assert.doesNotMatch(await page.locator('main').innerText(), /Karin|caseworker/, 'no employee in the data subject\'s log');
  await expectNoAxeViolations(page, 'subject export');
  await screenshot(page, 'audit-subject-export');

  await page.getByRole('link', { name: 'Kædens integritet' }).click();
  await page.getByText('Revisionssporet er intakt').waitFor();
  await expectNoAxeViolations(page, 'chain status');
  await screenshot(page, 'audit-chain-status');
});

import type { Page } from 'playwright-core';
import type { AppContext } from '../../src/server/platform/app-context.js';
import { recordConsent } from '../../src/server/modules/consent/consent.service.js';
import { CreateInquiryBody } from '../../src/server/modules/intake/intake.schemas.js';
import { createInquiry } from '../../src/server/modules/intake/intake.service.js';
import { inquiryBody } from '../../src/server/modules/intake/intake.fixtures.js';
import { svcOf } from '../../src/server/shared/svc.js';
import type { createUser } from '../support/app.js';
import { expectNoAxeViolations, screenshot } from '../support/browser.js';
import { actorOf } from './intake-support.js';

/** What the three consent flows of issue 9 (DOMAIN.md § 11.1) share: Odense inquiries, the case form, a checked step. */
type User = Awaited<ReturnType<typeof createUser>>;

export async function step(page: Page, name: string) {
  await expectNoAxeViolations(page, name);
  await screenshot(page, `consent-${name}`);
}

/** An inquiry from and about Odense (461) registered by the consultant, with a consent if one is given. */
export async function seedInquiry(ctx: AppContext, consultant: User, overrides: Record<string, unknown>, citizen: Record<string, unknown>, consent?: { giver: string; scopes: string[] }) {
  const svc = svcOf(ctx);
  const inq = await createInquiry(svc, actorOf(consultant), CreateInquiryBody.parse(inquiryBody({ initiatorMunicipalityCode: '461', ...overrides }, { municipalityCode: '461', ...citizen })));
  if (consent) await recordConsent(svc, actorOf(consultant), inq.id, { ...consent, givenAt: '2026-01-12', channel: 'TELEFON' } as Parameters<typeof recordConsent>[3]);
  return inq.id;
}

/** The inquiry page's "Opret sag" form with Odense responsible and the caseworker mode chosen. */
export async function openCaseFromInquiry(page: Page, mode: RegExp) {
  const form = page.getByRole('form', { name: 'Opret sag' });
  await form.getByLabel('Ansvarlig kommune').selectOption({ label: 'Odense' });
  await form.getByLabel(mode).check();
  return form;
}

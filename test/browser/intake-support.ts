import type { AppContext } from '../../src/server/platform/app-context.js';
import type { Actor } from '../../src/server/platform/access/actor.js';
import { recordConsent } from '../../src/server/modules/consent/consent.service.js';
import { CreateCaseBody } from '../../src/server/modules/cases/cases.schemas.js';
import { createCase } from '../../src/server/modules/cases/cases.service.js';
import { caseBody, consentBody, inquiryBody } from '../../src/server/modules/intake/intake.fixtures.js';
import { CreateInquiryBody } from '../../src/server/modules/intake/intake.schemas.js';
import { createInquiry } from '../../src/server/modules/intake/intake.service.js';
import { svcOf } from '../../src/server/shared/svc.js';
import type { createUser } from '../support/app.js';

type User = Awaited<ReturnType<typeof createUser>>;

/** The caseworker's seven questions (DOMAIN.md § 3, seed 001) as a user reads them: spelled out, not imported. */
export const CASE_QUESTION_HEADINGS = [
  'Hvor alvorlig er sagen, og er borgeren i fare?',
  'Spiller æresrelaterede normer en rolle?',
  'Hvordan sikrer jeg borgeren nu og på længere sigt?',
  'Hvad siger loven, og hvilke foranstaltninger kan jeg bruge?',
  'Hvilke andre myndigheder skal inddrages?',
  'Hvordan afslutter eller overdrager jeg sagen?',
  'Hvordan følger jeg op og evaluerer?',
];

export const actorOf = (u: User): Actor => ({
  userId: u.id, username: u.username, displayName: u.displayName, role: u.role,
  municipalityCode: u.municipalityCode, region: u.region, sessionId: 'browser-test-seed',
});

/**
 * A case opened through the services (every rule and audit event applies), for browser tests of what comes
 * after intake: an inquiry, a custody holder's consent, and the case with the given responsible caseworker.
 */
export async function seedCase(ctx: AppContext, consultant: User, caseworker: User, citizen: Record<string, unknown> = {}) {
  const svc = svcOf(ctx);
  const actor = actorOf(consultant);
  const inquiry = await createInquiry(svc, actor, CreateInquiryBody.parse(inquiryBody({ reasons: ['TRUSLER', 'UFRIVILLIGT_UDLANDSOPHOLD'], summary: 'Familien planlægger sommerrejse uden returbillet.' })));
  await recordConsent(svc, actor, inquiry.id, consentBody('FORAELDREMYNDIGHEDSINDEHAVER') as Parameters<typeof recordConsent>[3]);
  const c = await createCase(svc, actor, CreateCaseBody.parse(caseBody(inquiry.id, { birthDate: '2010-03-15', ...citizen }, { responsibleCaseworkerId: caseworker.id })));
  return { inquiryId: inquiry.id, caseId: c.id, caseNumber: c.caseNumber };
}

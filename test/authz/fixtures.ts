import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../src/server/platform/app-context.js';
import type { Actor } from '../../src/server/platform/access/actor.js';
import { users } from '../../src/server/modules/auth/auth.tables.js';
import { caseParticipants, cases } from '../../src/server/modules/case-core/cases.tables.js';
import { svcOf } from '../../src/server/shared/svc.js';
import { createInquiry } from '../../src/server/modules/intake/intake.service.js';
import { CreateInquiryBody } from '../../src/server/modules/intake/intake.schemas.js';
import { inquiryBody } from '../../src/server/modules/intake/intake.fixtures.js';
import { recordConsent } from '../../src/server/modules/consent/consent.service.js';
import { RecordConsentBody } from '../../src/server/modules/consent/consent.schemas.js';
import { createAssessment, completeAssessment, saveDraft } from '../../src/server/modules/risk/risk.assessment.service.js';
import { fullContent, grantRiskConsent } from '../../src/server/modules/risk/risk.fixtures.js';
import { createUser } from '../support/app.js';
import type { AuthzEnv } from './format.js';

/**
 * Preconditions for matrix entries, made through the modules' own services (so rows look like the API's) by an
 * "owner": a consultant of Region Sjælland who is no matrix role and is added to the run's case as adviser.
 * Adding them does not change any matrix role's scope. Users made here are made once per app and reused.
 */
const memo = new WeakMap<AppContext, Map<string, Promise<unknown>>>();
function once<T>(ctx: AppContext, key: string, make: () => Promise<T>): Promise<T> {
  let m = memo.get(ctx);
  if (!m) memo.set(ctx, (m = new Map()));
  if (!m.has(key)) m.set(key, make());
  return m.get(key) as Promise<T>;
}

/** An Actor as the session guard would build it (services only read id, role and area). */
export async function actorFor(ctx: AppContext, userId: string): Promise<Actor> {
  const [u] = await ctx.db.select().from(users).where(eq(users.id, userId));
  return {
    userId: u!.id, username: u!.username, displayName: u!.displayName, role: u!.role,
    municipalityCode: u!.municipalityCode, region: u!.region, sessionId: randomUUID(),
  };
}

const ownerUser = (ctx: AppContext) => once(ctx, 'owner', () => createUser(ctx, { role: 'consultant', region: 'Region Sjælland' }));

/** A second caseworker of Albertslund: someone to hand a case over to. */
export const otherCaseworker = (ctx: AppContext) =>
  once(ctx, 'caseworker-165', () => createUser(ctx, { role: 'caseworker', municipalityCode: '165' }));

/** The owner, added to the run's case, as an Actor for service calls. */
export async function owner(e: AuthzEnv): Promise<Actor> {
  const u = await ownerUser(e.ctx);
  await e.ctx.db.insert(caseParticipants).values({ caseId: e.caseId, userId: u.id, participantRole: 'CONSULTANT' }).onConflictDoNothing();
  return actorFor(e.ctx, u.id);
}

/**
 * An owner for a task or measure who can open the case (the API refuses anyone else): the caseworker, except on
 * a case of direct advice only, which only consultants see.
 */
export const ownerWhoSeesCase = (e: AuthzEnv) => ({ userId: e.scope === 'directAdviceOnly' ? e.users.consultant.id : e.users.caseworker.id });

async function municipalityOf(e: AuthzEnv): Promise<string> {
  const [c] = await e.ctx.db.select({ m: cases.responsibleMunicipalityCode }).from(cases).where(eq(cases.id, e.caseId));
  return c!.m;
}

/** An anonymous inquiry about a 15–17-year-old in the case's municipality, registered by `actor`. */
export async function inquiry(ctx: AppContext, actor: Actor, municipalityCode: string) {
  const body = CreateInquiryBody.parse(inquiryBody({ initiatorMunicipalityCode: municipalityCode }, { municipalityCode }));
  return createInquiry(svcOf(ctx), actor, body);
}

/** The run's case gets an inquiry (as if opened from it): the inquiry is in scope exactly when the case is. */
export async function linkedInquiry(e: AuthzEnv): Promise<{ inquiryId: string; owner: Actor }> {
  const o = await owner(e);
  const inq = await inquiry(e.ctx, o, await municipalityOf(e));
  await e.ctx.db.execute(sql`UPDATE inquiries SET case_id = ${e.caseId} WHERE id = ${inq.id}`);
  // The run's case got its consent basis (the matrix's consent dimension) on a bare inquiry: it moves along.
  await e.ctx.db.execute(sql`UPDATE consents SET inquiry_id = ${inq.id} WHERE inquiry_id = (SELECT inquiry_id FROM cases WHERE id = ${e.caseId})`);
  await e.ctx.db.execute(sql`UPDATE legal_bases SET inquiry_id = ${inq.id} WHERE inquiry_id = (SELECT inquiry_id FROM cases WHERE id = ${e.caseId})`);
  await e.ctx.db.execute(sql`UPDATE inquiries SET case_id = NULL WHERE case_id = ${e.caseId} AND id <> ${inq.id}`);
  await e.ctx.db.execute(sql`UPDATE cases SET inquiry_id = ${inq.id} WHERE id = ${e.caseId}`);
  return { inquiryId: inq.id, owner: o };
}

/** The citizen is a minor: consent comes from a custody holder. */
export const custodyConsent = (scopes = ['KONKRET_SAGSSPARRING', 'RISIKOVURDERING']) =>
  RecordConsentBody.parse({ giver: 'FORAELDREMYNDIGHEDSINDEHAVER', scopes, givenAt: '2026-01-12', channel: 'TELEFON' });

export async function linkedConsent(e: AuthzEnv): Promise<string> {
  const { inquiryId, owner: o } = await linkedInquiry(e);
  return (await recordConsent(svcOf(e.ctx), o, inquiryId, custodyConsent())).id;
}

/** The risk consent of the run's case: on a direct-advice-only case it adds no sparring with the municipality. */
export const riskScopes = (e: AuthzEnv) =>
  e.scope === 'directAdviceOnly' ? ['RISIKOVURDERING', 'DIREKTE_RAADGIVNING'] : ['KONKRET_SAGSSPARRING', 'RISIKOVURDERING'];

/** A draft risk assessment on the run's case (with the consent it needs); `filled` saves a complete content. */
export async function draftAssessment(e: AuthzEnv, filled = false) {
  const o = await owner(e);
  await grantRiskConsent(e.ctx, e.caseId, riskScopes(e));
  const a = await createAssessment(svcOf(e.ctx), o, e.caseId);
  if (filled) await saveDraft(svcOf(e.ctx), o, e.caseId, a.id, fullContent());
  return { assessmentId: a.id, owner: o };
}

/** A signed assessment: its id, a recommendation id and a scenario measure id (sources for actions). */
export async function signedAssessment(e: AuthzEnv) {
  const { assessmentId, owner: o } = await draftAssessment(e, true);
  const signed = await completeAssessment(svcOf(e.ctx), o, e.caseId, assessmentId);
  return { aid: signed.id, recommendationId: signed.content.recommendations[0]!.id, measureId: signed.content.scenarios[0]!.measures[0]!.id };
}

import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import type { Actor } from '../../platform/access/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { notFound, validationError } from '../../platform/http/errors.js';
import { cases } from '../case-core/cases.tables.js';
import { caseCitizenBirthDate } from '../case-core/cases.citizen.js';
import { findCaseInScope, type CaseInScope } from '../case-core/cases.scope.js';
import { involvementOf } from '../case-core/cases.involvement.js';
import { inquiryBirthDate } from '../case-core/intake.citizen.js';
import { requireInquiryInScope, type InquiryInScope } from '../case-core/intake.scope.js';
import { municipalities } from '../directory/directory.service.js';
import { appendChange } from '../journal/journal.service.js';
import { CONSENT_SCOPE_LABELS, LEGAL_BASIS_LABELS, label } from '../../shared/labels.js';
import { danishDate } from '../../shared/dates.js';
import { ageOn, todayIso } from '../../shared/codes.js';
import { iso, isoOpt, inTx, type Svc } from '../../shared/svc.js';
import { copenhagenDayStart } from '../../platform/time.js';
import { consentErrors } from './consent.errors.js';
import { consentRepo } from './consent.repository.js';
import type { ConsentRow, LegalBasisRow } from './consent.tables.js';
import { CONSENT_GIVERS } from './consent.schemas.js';
import type {
  ConsentGiver, ConsentScope, ConsentView, LegalBasisView, RecordConsentBody, RecordLegalBasisBody, RecordMunicipalDecisionBody,
} from './consent.schemas.js';

/**
 * Whether processing under `scope` is allowed on a case right now: an active (non-withdrawn) consent on the
 * case's inquiry covers the scope and its giver fits the case citizen's age (a custody holder's consent does not
 * cover an adult, the citizen's own not a child), or a recorded other legal basis does. The caller has already
 * checked that the case is in the actor's scope. Used by risk (RISIKOVURDERING) and others.
 */
export async function consentAllows(db: Db, c: CaseInScope, scope: ConsentScope): Promise<boolean> {
  return consentRepo.caseCovers(db, c, scope, giversFor(true), giversFor(false), giversFor(null));
}

/** The scopes that allow opening a case from an inquiry (API.md, POST /api/cases). */
export const CASE_OPENING_SCOPES: ConsentScope[] = ['KONKRET_SAGSSPARRING', 'DIREKTE_RAADGIVNING'];

/** Whether the inquiry holds a consent (giver checked when it was recorded) or legal basis that opens a case. */
export async function inquiryAllowsCase(db: Db, inquiryId: string): Promise<boolean> {
  const c = await consentRepo.inquiryCoverage(db, inquiryId, CASE_OPENING_SCOPES, []);
  return c.anyConsent || c.legalBasis;
}

/**
 * Opening a case, judged against the CASE citizen's age (its CPR number may tell a different age than the
 * inquiry did): allowed by a legal basis or a consent whose giver fits; `giver_not_allowed` when consents exist
 * but none from a fitting giver; `no_consent` otherwise (an unknown age: a værge's consent or a legal basis).
 */
export async function caseOpening(db: Db, inquiryId: string, minor: boolean | null): Promise<'allowed' | 'no_consent' | 'giver_not_allowed'> {
  const c = await consentRepo.inquiryCoverage(db, inquiryId, CASE_OPENING_SCOPES, giversFor(minor));
  if (c.legalBasis || c.fitting) return 'allowed';
  return c.anyConsent && minor !== null ? 'giver_not_allowed' : 'no_consent';
}

/** Which givers fit the citizen's age (DOMAIN.md § 4.2). An adult under guardianship consents through a værge. */
export function giverFits(giver: ConsentGiver, minor: boolean): boolean {
  return minor ? giver === 'FORAELDREMYNDIGHEDSINDEHAVER' || giver === 'VAERGE' : giver === 'BORGER' || giver === 'VAERGE';
}
/** The givers that fit; for an unknown age (null) only those that fit either age (a værge). */
export const giversFor = (minor: boolean | null): ConsentGiver[] =>
  CONSENT_GIVERS.filter((g) => (minor === null ? giverFits(g, true) && giverFits(g, false) : giverFits(g, minor)));

export function consentView(svc: Svc, r: ConsentRow): ConsentView {
  return {
    id: r.id,
    inquiryId: r.inquiryId,
    giver: r.giver as ConsentView['giver'],
    scopes: r.scopes as ConsentView['scopes'],
    givenAt: r.givenAt,
    channel: r.channel as ConsentView['channel'],
    note: svc.fc.decryptOpt(r.noteEnc),
    status: r.withdrawnAt ? 'TILBAGEKALDT' : 'AKTIV',
    recordedBy: r.recordedBy,
    recordedAt: iso(r.recordedAt),
    withdrawnAt: isoOpt(r.withdrawnAt),
    withdrawnBy: r.withdrawnBy,
    withdrawalReason: svc.fc.decryptOpt(r.withdrawalReasonEnc),
    statisticsUse: r.statisticsUse,
  };
}

export function legalBasisView(svc: Svc, r: LegalBasisRow): LegalBasisView {
  return {
    id: r.id,
    inquiryId: r.inquiryId,
    basis: r.basis as LegalBasisView['basis'],
    scopes: r.scopes as LegalBasisView['scopes'],
    decidedBy: svc.fc.decryptOpt(r.decidedByEnc) ?? '',
    decidedAt: r.decidedAt,
    rationale: svc.fc.decrypt(r.rationaleEnc),
    municipalDecision: r.municipalDecision,
    decidedByMunicipalityCode: r.decidedByMunicipalityCode,
    decidedByRole: r.decidedByRole,
    legalReference: r.legalReference,
    recordedBy: r.recordedBy,
    recordedAt: iso(r.recordedAt),
  };
}

/** The consent history and legal bases of an inquiry (withdrawn consents included). */
export async function consentsOfInquiry(svc: Svc, inquiryId: string) {
  return consentViewsOf(svc, await consentRepo.consentsOfInquiry(svc.db, inquiryId), await consentRepo.legalBasesOfInquiry(svc.db, inquiryId));
}

/** The views of rows a caller already read (the case view reads them in its own statement: consentRepo.consentsJson). */
export function consentViewsOf(svc: Svc, c: ConsentRow[], lb: LegalBasisRow[]) {
  return { consents: c.map((r) => consentView(svc, r)), legalBases: lb.map((r) => legalBasisView(svc, r)) };
}

/**
 * Whether the citizen was under 18 on a day. Once the inquiry has a case, the case's citizen decides (its CPR
 * number or birth date, else the age the case recorded); before that, the inquiry's own information.
 */
async function citizenMinorOn(svc: Svc, inquiry: InquiryInScope, on: string): Promise<boolean | null> {
  if (inquiry.caseId) {
    const birth = await caseCitizenBirthDate(svc.db, svc, inquiry.caseId);
    if (birth) return ageOn(birth, on) < 18;
    const [c] = await svc.db.select({ minor: cases.citizenMinor }).from(cases).where(eq(cases.id, inquiry.caseId)).limit(1);
    if (c && c.minor !== null) return c.minor;
  }
  const birth = inquiryBirthDate(svc, inquiry);
  return birth ? ageOn(birth, on) < 18 : inquiry.citizenMinor;
}

const scopeLabels = (scopes: string[]) => scopes.map((c) => label(CONSENT_SCOPE_LABELS, c)).join(', ');

/** A line on the case's journal when the inquiry has a case (in scope with the inquiry, by the inquiry scope). */
async function journalOnCase(s: Svc, actor: Actor, inquiry: InquiryInScope, title: string) {
  if (!inquiry.caseId) return;
  const c = await findCaseInScope(s.db, actor, inquiry.caseId);
  if (c) await appendChange(s.db, s, c, actor, title);
}

/** Whether the inquiry has a recorded other legal basis (the case opened from it is flagged). */
export async function inquiryHasLegalBasis(db: Db, inquiryId: string): Promise<boolean> {
  return (await consentRepo.legalBasesOfInquiry(db, inquiryId)).length > 0;
}

export async function recordConsent(svc: Svc, actor: Actor, inquiryId: string, body: RecordConsentBody): Promise<ConsentView> {
  if (body.givenAt > todayIso()) throw consentErrors.givenInFuture();
  return svc.db.transaction(async (tx) => {
    const s = inTx(svc, tx);
    const inquiry = await requireInquiryInScope(tx, actor, inquiryId);
    const minor = await citizenMinorOn(s, inquiry, body.givenAt);
    if (minor === null) throw consentErrors.ageUnknown();
    if (!giverFits(body.giver, minor)) throw consentErrors.giverNotAllowed(minor);
    const row = await consentRepo.insertConsent(tx, {
      inquiryId,
      giver: body.giver,
      scopes: body.scopes,
      givenAt: body.givenAt,
      channel: body.channel,
      noteEnc: s.fc.encryptOpt(body.note),
      recordedBy: actor.userId,
      statisticsUse: body.statisticsUse ?? true,
    });
    await recordAudit(tx, {
      type: 'consent.recorded', actor, subjectType: 'consent', subjectId: row.id,
      caseId: inquiry.caseId ?? undefined, purpose: inquiry.caseId ?? `inquiry:${inquiryId}`,
      details: { inquiryId, giver: body.giver, scopes: body.scopes, statisticsUse: body.statisticsUse ?? true },
    });
    await journalOnCase(s, actor, inquiry, `Samtykke registreret (${scopeLabels(body.scopes)})`);
    return consentView(s, row);
  });
}

/**
 * Withdrawal is a state change, never a deletion. `withdrawnAt` is the day the giver withdrew when it is recorded
 * later (not in the future, not before the consent was given); stored as that day's start in Copenhagen, or now
 * when it is today. The reason is encrypted on the consent; the journal line holds codes and the date only.
 */
export async function withdrawConsent(svc: Svc, actor: Actor, consentId: string, body: { reason?: string; withdrawnAt?: string }): Promise<ConsentView> {
  const today = todayIso();
  if (body.withdrawnAt && body.withdrawnAt > today) throw consentErrors.withdrawnAtInvalid('Datoen må ikke ligge i fremtiden');
  return svc.db.transaction(async (tx) => {
    const s = inTx(svc, tx);
    const existing = await consentRepo.consentByIdForUpdate(tx, consentId);
    if (!existing) throw notFound();
    const inquiry = await requireInquiryInScope(tx, actor, existing.inquiryId); // 404 when out of scope
    if (existing.withdrawnAt) throw consentErrors.alreadyWithdrawn();
    if (body.withdrawnAt && body.withdrawnAt < existing.givenAt) throw consentErrors.withdrawnAtInvalid('Datoen må ikke ligge før samtykket blev givet');
    const day = body.withdrawnAt ?? today;
    const at = day === today ? new Date() : copenhagenDayStart(day);
    const before = inquiry.caseId ? await involvementOf(tx, inquiry.caseId) : null;
    const row = await consentRepo.markWithdrawn(tx, consentId, actor.userId, at, s.fc.encryptOpt(body.reason));
    if (!row) throw consentErrors.alreadyWithdrawn();
    // DOMAIN.md § 11.1: a withdrawal that removes the municipality's basis removes its users' access from now on
    // (the case scope reads the consents), and says so in the audit trail and on the case.
    const after = inquiry.caseId ? await involvementOf(tx, inquiry.caseId) : null;
    await recordAudit(tx, {
      type: 'consent.withdrawn', actor, subjectType: 'consent', subjectId: consentId,
      caseId: inquiry.caseId ?? undefined, purpose: inquiry.caseId ?? `inquiry:${inquiry.id}`,
      details: { inquiryId: inquiry.id, scopes: existing.scopes, withdrawnAt: day, reason: !!body.reason },
    });
    await journalOnCase(s, actor, inquiry, `Samtykke tilbagekaldt den ${danishDate(day)} (${scopeLabels(existing.scopes)})`);
    if (inquiry.caseId && before?.municipality && after && !after.municipality) {
      await recordAudit(tx, {
        type: 'case.involvement_ended', actor, subjectType: 'case', subjectId: inquiry.caseId, caseId: inquiry.caseId, purpose: inquiry.caseId,
        details: { consentId, reason: after.reason },
      });
      await journalOnCase(s, actor, inquiry, 'Kommunens adgang til sagen er ophørt: samtykket til konkret sagssparring er tilbagekaldt');
    }
    return consentView(s, row);
  });
}

/**
 * The other door: a user with consent.other_legal_basis records that the municipality proceeds on its own
 * powers instead of an unsafe consent. The case (if any) is flagged, and the decision is audited for the DPO.
 */
export async function recordLegalBasis(svc: Svc, actor: Actor, inquiryId: string, body: RecordLegalBasisBody): Promise<LegalBasisView> {
  return insertLegalBasis(svc, actor, inquiryId, body, null);
}

/**
 * The municipality decided to proceed on another legal basis, and the consultant on the phone records it on its
 * behalf (DOMAIN.md § 11.1): the same legal basis, marked as the municipality's decision, with who decided there,
 * their municipality and role and the legal reference. The case opens (and the municipality is involved) on it.
 */
export async function recordMunicipalDecision(svc: Svc, actor: Actor, inquiryId: string, body: RecordMunicipalDecisionBody): Promise<LegalBasisView> {
  if (!(await municipalities(svc.db)).some((m) => m.code === body.municipalityCode)) {
    throw validationError([{ path: 'body.municipalityCode', message: 'Kommunekoden findes ikke' }]);
  }
  if (body.decidedAt > todayIso()) throw validationError([{ path: 'body.decidedAt', message: 'Datoen må ikke ligge i fremtiden' }]);
  return insertLegalBasis(svc, actor, inquiryId, body, {
    municipalityCode: body.municipalityCode, role: body.decidedByRole, legalReference: body.legalReference,
  });
}

async function insertLegalBasis(
  svc: Svc, actor: Actor, inquiryId: string, body: RecordLegalBasisBody,
  decision: { municipalityCode: string; role: string; legalReference: string } | null,
): Promise<LegalBasisView> {
  return svc.db.transaction(async (tx) => {
    const s = inTx(svc, tx);
    const inquiry = await requireInquiryInScope(tx, actor, inquiryId);
    const row = await consentRepo.insertLegalBasis(tx, {
      inquiryId,
      basis: body.basis,
      scopes: body.scopes,
      decidedByEnc: s.fc.encrypt(body.decidedBy),
      decidedAt: body.decidedAt,
      rationaleEnc: s.fc.encrypt(body.rationale),
      recordedBy: actor.userId,
      municipalDecision: decision !== null,
      decidedByMunicipalityCode: decision?.municipalityCode ?? null,
      decidedByRole: decision?.role ?? null,
      legalReference: decision?.legalReference ?? null,
    });
    if (inquiry.caseId) {
      await tx.update(cases).set({ otherLegalBasis: true, updatedAt: new Date() }).where(eq(cases.id, inquiry.caseId));
      await journalOnCase(s, actor, inquiry, decision
        ? `Kommunens beslutning om anden hjemmel registreret (${decision.legalReference}; besluttet af ${body.decidedBy}, ${decision.role})`
        : `Anden hjemmel end samtykke registreret (${label(LEGAL_BASIS_LABELS, body.basis)})`);
    }
    await recordAudit(tx, {
      type: decision ? 'legal_basis.municipal_decision_recorded' : 'legal_basis.recorded', actor, subjectType: 'legal_basis', subjectId: row.id,
      caseId: inquiry.caseId ?? undefined, purpose: inquiry.caseId ?? `inquiry:${inquiryId}`,
      details: {
        inquiryId, basis: body.basis, scopes: body.scopes, otherLegalBasis: true,
        ...(decision ? { municipalDecision: true, decidedByMunicipalityCode: decision.municipalityCode } : {}),
      },
    });
    return legalBasisView(s, row);
  });
}

/** The DPO's review list: every other-legal-basis decision, metadata only. Reading it is itself audited. */
export async function listLegalBasesForReview(svc: Svc, actor: Actor, q: { from?: string; to?: string }) {
  return svc.db.transaction(async (tx) => {
    const rows = await consentRepo.legalBasesForReview(tx, q.from, q.to);
    // The list has no subject: its criteria (the period, null when open) say what was looked at.
    await recordAudit(tx, {
      type: 'legal_basis.listed', actor, subjectType: 'legal_basis', purpose: 'dpo-review',
      details: { from: q.from ?? null, to: q.to ?? null, count: rows.length },
    });
    return {
      items: rows.map((r) => ({
        id: r.id,
        inquiryId: r.inquiry_id,
        caseId: r.case_id,
        caseNumber: r.case_number,
        municipalityCode: r.municipality_code,
        basis: r.basis as LegalBasisView['basis'],
        scopes: r.scopes as LegalBasisView['scopes'],
        decidedAt: r.decided_at,
        municipalDecision: r.municipal_decision === true,
        decidedByMunicipalityCode: r.decided_by_municipality_code,
        decidedByRole: r.decided_by_role,
        legalReference: r.legal_reference,
        recordedBy: r.recorded_by,
        recordedByRole: r.recorded_by_role,
        recordedAt: iso(r.recorded_at),
      })),
    };
  });
}

/**
 * The consents and legal bases of an inquiry as JSON subselects, for the case view's one statement (issue 15):
 * the SQL stays in this module's repository, the case view reads it through here.
 */
export const consentJsonParts = {
  consentsJson: consentRepo.consentsJson,
  legalBasesJson: consentRepo.legalBasesJson,
  consentRowsFromJson: consentRepo.consentRowsFromJson,
  legalBasisRowsFromJson: consentRepo.legalBasisRowsFromJson,
};

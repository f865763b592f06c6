import type { z } from 'zod';
import type { Actor } from '../../platform/access/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { conflict, notFound, validationError, type ErrorDetail } from '../../platform/http/errors.js';
import { inquiryView } from '../intake/intake.service.js';
import { requireInquiryInScope } from '../case-core/intake.scope.js';
import { requireCaseInScope } from '../case-core/cases.scope.js';
import { inTx, type Svc } from '../../shared/svc.js';
import * as repo from './risk.repository.js';
import type { ScreeningBody, ScreeningView } from './risk.schemas.js';

const DUTY_TO_NOTIFY =
  'Er borgeren under 18 år, eller er der børn under 18 år i husstanden, gælder den skærpede underretningspligt (Barnets lov § 133): underret kommunen straks og registrér det på sagen.';

type Facts = { citizenMinor: boolean | null; childrenUnder18: boolean };

/** Acute danger always shows 112/114; the duty to notify unless the citizen is known to be an adult without children at home. */
function acuteGuidance(outcome: string, c: Facts) {
  if (outcome !== 'AKUT') return null;
  const adultWithoutChildren = c.citizenMinor === false && !c.childrenUnder18;
  return { emergencyNumbers: ['112', '114'], dutyToNotify: adultWithoutChildren ? null : DUTY_TO_NOTIFY };
}

type Row = Awaited<ReturnType<typeof repo.listScreenings>>[number];
const view = ({ screening: s, screenedByName }: Row, c: Facts): z.infer<typeof ScreeningView> => ({
  id: s.id,
  caseId: s.caseId,
  inquiryId: s.inquiryId,
  outcome: s.outcome,
  rationale: s.rationale,
  answers: s.answers,
  screenedAt: s.screenedAt.toISOString(),
  screenedBy: { id: s.screenedBy, displayName: screenedByName },
  acuteGuidance: acuteGuidance(s.outcome, c),
});

/** Records a screening; its outcome sets the case's acute flag (AKUT raises it, a later calmer outcome lowers it). */
export async function createScreening(svc: Svc, actor: Actor, caseId: string, body: z.infer<typeof ScreeningBody>) {
  const gated = await requireCaseInScope(svc.db, actor, caseId);
  const c = Object.assign(gated, { childrenUnder18: gated.childrenUnder18InHousehold });
  return svc.db.transaction(async (tx) => {
    const row = await repo.insertScreening(tx, svc.fc, {
      caseId, outcome: body.outcome, rationale: body.rationale, answers: body.answers as Record<string, string>, screenedBy: actor.userId,
    });
    await repo.setCaseAcute(tx, c, body.outcome === 'AKUT');
    await recordAudit(tx, {
      type: 'risk.screening_created', actor, subjectType: 'risk_screening', subjectId: row.id, caseId, purpose: 'risikoscreening',
      details: { outcome: body.outcome, answered: Object.keys(body.answers) },
    });
    return view({ screening: row, screenedByName: actor.displayName }, c);
  });
}

/** The case's screenings, including those made on the inquiry it was opened from (newest first). */
export async function listScreenings(svc: Svc, actor: Actor, caseId: string) {
  const gated = await requireCaseInScope(svc.db, actor, caseId);
  const c = Object.assign(gated, { childrenUnder18: gated.childrenUnder18InHousehold });
  return svc.db.transaction(async (tx) => {
    const rows = await repo.listScreenings(tx, svc.fc, { caseId, inquiryId: c.inquiryId });
    await recordAudit(tx, { type: 'risk.screenings_read', actor, subjectType: 'case', subjectId: caseId, caseId, purpose: 'risikoscreening' });
    return { screenings: rows.map((r) => view(r, c)) };
  });
}

// Free text cannot be checked for names; these are the identifiers a pattern can catch. Dates ("12-01-2026")
// are not phone numbers: a phone number here is 8 digits, together or in pairs split by spaces.
const IDENTIFYING_PATTERNS = [
  /(?<!\d)\d{6}-?\d{4}(?!\d)/, // CPR number
  /[^\s@]+@[^\s@]+\.[^\s@]+/, // e-mail
  /(?<![\d-])(?:\+45 ?)?\d{2} ?\d{2} ?\d{2} ?\d{2}(?![\d-])/, // Danish phone number
];

/** An anonymous inquiry stores no identifying data (DOMAIN.md § 4.1): refuse answers that carry any, by field. */
export function identifyingTextProblems(body: z.infer<typeof ScreeningBody>): ErrorDetail[] {
  const fields: [string, string][] = [['body.rationale', body.rationale], ...Object.entries(body.answers).map(([k, v]) => [`body.answers.${k}`, v ?? ''] as [string, string])];
  return fields
    .filter(([, v]) => IDENTIFYING_PATTERNS.some((p) => p.test(v)))
    .map(([path]) => ({ path, message: 'Henvendelsen er anonym: skriv ikke CPR-nummer, telefonnummer eller e-mail.' }));
}

/** The inquiry in the caller's inquiry scope (intake's own rule, 404 outside it) and what guidance needs of it. */
async function inquiryFacts(svc: Svc, actor: Actor, inquiryId: string) {
  const row = await requireInquiryInScope(svc.db, actor, inquiryId);
  const v = await inquiryView(svc, row);
  return { row, facts: { citizenMinor: v.citizen.minor, childrenUnder18: false } };
}

/**
 * Screening on an inquiry (DOMAIN.md § 6: "on a case, or on an inquiry, anonymously"), before any case exists.
 * Once a case is opened from the inquiry, screenings belong on the case (409), which also shows these.
 */
export async function createInquiryScreening(svc: Svc, actor: Actor, inquiryId: string, body: z.infer<typeof ScreeningBody>) {
  return svc.db.transaction(async (tx) => {
    const s = inTx(svc, tx);
    const { row: inq, facts } = await inquiryFacts(s, actor, inquiryId);
    if (inq.caseId) throw conflict('risk.inquiry_has_case', 'Der er oprettet en sag fra henvendelsen. Registrér screeningen på sagen.');
    if (inq.anonymous) {
      const problems = identifyingTextProblems(body);
      if (problems.length) throw validationError(problems);
    }
    const row = await repo.insertScreening(tx, s.fc, {
      inquiryId, outcome: body.outcome, rationale: body.rationale, answers: body.answers as Record<string, string>, screenedBy: actor.userId,
    });
    await recordAudit(tx, {
      type: 'risk.screening_created', actor, subjectType: 'risk_screening', subjectId: row.id, purpose: `inquiry:${inquiryId}`,
      details: { inquiryId, outcome: body.outcome, answered: Object.keys(body.answers), anonymous: inq.anonymous },
    });
    return view({ screening: row, screenedByName: actor.displayName }, facts);
  });
}

export async function listInquiryScreenings(svc: Svc, actor: Actor, inquiryId: string) {
  return svc.db.transaction(async (tx) => {
    const s = inTx(svc, tx);
    const { row: inq, facts } = await inquiryFacts(s, actor, inquiryId);
    const rows = await repo.listScreenings(tx, s.fc, { inquiryId });
    await recordAudit(tx, {
      type: 'risk.screenings_read', actor, subjectType: 'inquiry', subjectId: inquiryId, caseId: inq.caseId ?? undefined,
      purpose: inq.caseId ?? `inquiry:${inquiryId}`,
    });
    return { screenings: rows.map((r) => view(r, facts)) };
  });
}

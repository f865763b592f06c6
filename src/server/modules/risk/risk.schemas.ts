import { z } from 'zod';
import { SafetyMeasureView, TaskView } from '../actions/actions.schemas.js';
import { MeasureView, OwnerBody } from '../safety/measures.schemas.js';
import { IsoDate } from '../../shared/fields.schemas.js';
import {
  ACTION_SOURCE_TYPES, ASSESSMENT_STATUSES, MEASURE_TYPES, RATINGS, RECIPIENT_TYPES, RISK_LEVELS, SCREENING_OUTCOMES,
  SCREENING_QUESTION_CODES,
} from './risk.codes.js';

/**
 * Request and response schemas of the risk routes; the web app imports them too. Note what is absent: no
 * total, score, sum or count anywhere. Factors are rated, never added up (DOMAIN.md § 4.5).
 */
const text = (max: number) => z.string().trim().max(max);
const required = (max: number) => z.string().trim().min(1).max(max);
const Code = z.string().regex(/^[A-Z0-9_]{1,20}$/);
const Rating = z.enum(RATINGS).nullable();
const Level = z.enum(RISK_LEVELS);

export const CaseParams = z.strictObject({ id: z.uuid() });
export const AssessmentParams = z.strictObject({ id: z.uuid(), aid: z.uuid() });

export const ScreeningBody = z.strictObject({
  outcome: z.enum(SCREENING_OUTCOMES),
  rationale: required(4000),
  answers: z.partialRecord(z.enum(SCREENING_QUESTION_CODES), text(2000)).default({}),
});
const UserRef = z.object({ id: z.uuid(), displayName: z.string() });
export const InquiryParams = z.strictObject({ id: z.uuid() });
export const ScreeningView = z.object({
  id: z.uuid(),
  /** A screening made on the inquiry before the case was opened has caseId null and inquiryId set. */
  caseId: z.uuid().nullable(),
  inquiryId: z.uuid().nullable(),
  outcome: z.enum(SCREENING_OUTCOMES),
  rationale: z.string(),
  answers: z.record(z.string(), z.string()),
  screenedAt: z.string(),
  screenedBy: UserRef,
  /** AKUT: what the user must be shown now. */
  acuteGuidance: z.object({ emergencyNumbers: z.array(z.string()), dutyToNotify: z.string().nullable() }).nullable(),
});
export const ScreeningList = z.object({ screenings: z.array(ScreeningView) });

/** A person of the case by role or relation (never a name here): "far", "storebror". */
// Drafts are saved while typing, so item texts may be empty here; signing requires them (risk.content.ts).
const PersonRef = z.strictObject({ id: z.uuid(), personId: z.uuid().nullable().default(null), description: text(200) });
const FactorRating = z.strictObject({ now: Rating, past: Rating, rationale: text(4000), sources: text(1000) });
const OtherConsideration = FactorRating.extend({ id: z.uuid(), partCode: Code, label: text(200) });
const ProposedMeasure = z.strictObject({ id: z.uuid(), text: text(1000) });
const Scenario = z.strictObject({
  id: z.uuid(),
  title: text(200),
  description: text(4000),
  level: Level.nullable(),
  measures: z.array(ProposedMeasure).max(30),
});
const Recommendation = z.strictObject({ id: z.uuid(), text: text(2000) });

export const AssessmentContent = z.strictObject({
  background: z.strictObject({
    sources: text(4000),
    persons: text(4000),
    familyStructure: text(4000),
    latestIncident: text(4000),
    earlierProblems: text(4000),
  }),
  perpetrators: z.array(PersonRef).max(20),
  factors: z.record(Code, FactorRating),
  otherConsiderations: z.array(OtherConsideration).max(30),
  scenarios: z.array(Scenario).max(20),
  conclusions: z.strictObject({
    seriousViolence: Level.nullable(),
    imminent: z.boolean().nullable(),
    likelyVictims: z.array(PersonRef).max(20),
    otherRisks: text(4000),
    rationale: text(4000),
  }),
  recommendations: z.array(Recommendation).max(50),
});
export type AssessmentContent = z.infer<typeof AssessmentContent>;

export const SaveAssessmentBody = z.strictObject({ content: AssessmentContent });

const Disclosure = z.object({
  id: z.uuid(),
  recipientType: z.enum(RECIPIENT_TYPES),
  recipient: z.string(),
  disclosedOn: z.string(),
  recordedBy: UserRef,
});
export const DisclosureBody = z.strictObject({
  recipientType: z.enum(RECIPIENT_TYPES),
  recipient: required(200),
  disclosedOn: z.iso.date(),
});

/** One row of "Hvem er orienteret om risikoen": a disclosure of an assessment, or a journal line of its own. */
export const InformedList = z.object({
  items: z.array(z.object({
    source: z.enum(['RISIKOVURDERING', 'JOURNAL']),
    recipientType: z.enum(RECIPIENT_TYPES),
    recipient: z.string(),
    informedOn: z.string(),
    riskLevel: Level.nullable(),
    /** The n-th assessment of the case that was made known (an ordinal), when the row is a disclosure. */
    assessmentVersion: z.number().int().nullable(),
    informedBy: UserRef,
  })),
});

export const AssessmentView = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  caseNumber: z.string(),
  /** The n-th assessment of the case: an ordinal, not a measure of anything. */
  version: z.number().int(),
  status: z.enum(ASSESSMENT_STATUSES),
  instrument: z.object({ code: z.string(), version: z.string() }),
  content: AssessmentContent,
  basedOnId: z.uuid().nullable(),
  /** Field paths that differ from the assessment this one started from ("changes marked"). */
  changedFromPrevious: z.array(z.string()),
  createdBy: UserRef,
  createdAt: z.string(),
  updatedAt: z.string(),
  assessor: UserRef.nullable(),
  completedAt: z.string().nullable(),
  disclosures: z.array(Disclosure),
});
export type AssessmentView = z.infer<typeof AssessmentView>;

export const AssessmentSummary = z.object({
  id: z.uuid(),
  version: z.number().int(),
  status: z.enum(ASSESSMENT_STATUSES),
  createdAt: z.string(),
  completedAt: z.string().nullable(),
  assessor: UserRef.nullable(),
  seriousViolence: Level.nullable(),
  imminent: z.boolean().nullable(),
});
export const AssessmentList = z.object({ assessments: z.array(AssessmentSummary) });

export const ThreatLevels = z.object({
  history: z.array(
    z.object({ assessmentId: z.uuid(), version: z.number().int(), completedAt: z.string(), seriousViolence: Level, imminent: z.boolean() }),
  ),
});

export const ReportQuery = z.strictObject({ includeCpr: z.enum(['true', 'false']).default('false') });

export const ActionBody = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('TASK'),
    sourceType: z.enum(ACTION_SOURCE_TYPES),
    sourceId: z.uuid(),
    owner: required(200),
    deadline: z.iso.date().nullable().default(null),
  }),
  // A measures-register entry (safety module): the owner is a user or an actor of the case, never free text.
  z.strictObject({
    kind: z.literal('SAFETY_MEASURE'),
    sourceType: z.enum(ACTION_SOURCE_TYPES),
    sourceId: z.uuid(),
    measureType: z.enum(MEASURE_TYPES),
    owner: OwnerBody,
    startsOn: IsoDate.nullable().default(null),
    /** The end of the measure (`deadline` is the older name for it). */
    endsOn: IsoDate.nullable().default(null),
    deadline: IsoDate.nullable().default(null),
  }),
]);
export type ActionBody = z.infer<typeof ActionBody>;

export const ActionResult = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('TASK'), task: TaskView }),
  z.object({ kind: z.literal('SAFETY_MEASURE'), safetyMeasure: SafetyMeasureView, measure: MeasureView }),
]);
export const DisclosureView = Disclosure;

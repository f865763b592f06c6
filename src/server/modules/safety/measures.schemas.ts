import { z } from 'zod';
import { freeText, IsoDate, text } from '../../shared/fields.schemas.js';
import { ACTOR_TYPES } from '../actors/actors.codes.js';
import { EVALUATION_OUTCOMES, MEASURE_ORIGINS, MEASURE_STATUSES, MEASURE_TYPES } from './safety.codes.js';

const id = z.uuid({ error: 'Skal være et gyldigt id' });

/** API.md: `owner` is `{"userId"}` or `{"actorId"}` (a user, or an actor of the case), never free text. */
export const OwnerBody = z.union([z.strictObject({ userId: id }), z.strictObject({ actorId: id })], {
  error: 'Angiv ejeren som en bruger ({"userId"}) eller en af sagens aktører ({"actorId"})',
});

export const DecidedBody = z.strictObject({
  /** Who made the decision, as a function or a name at the municipality ("Afdelingsleder, Børn og Familie"). */
  by: text(200, 2),
  on: IsoDate,
});

export const EvaluationBody = z.strictObject({
  outcome: z.enum(EVALUATION_OUTCOMES),
  note: freeText(4000).default(''),
});

export const CreateMeasureBody = z.strictObject({
  measureType: z.enum(MEASURE_TYPES),
  status: z.enum(MEASURE_STATUSES).default('FORESLAAET'),
  owner: OwnerBody,
  startsOn: IsoDate.nullable().default(null),
  endsOn: IsoDate.nullable().default(null),
  description: freeText(2000).default(''),
  scenarioId: id.optional(),
  recommendationId: id.optional(),
  /** Proposed from a screening of the case (before any assessment). */
  screeningId: id.optional(),
  decided: DecidedBody.optional(),
  evaluation: EvaluationBody.optional(),
});
export type CreateMeasureBody = z.infer<typeof CreateMeasureBody>;

export const PatchMeasureBody = z.strictObject({
  version: z.number().int().min(1),
  status: z.enum(MEASURE_STATUSES).optional(),
  owner: OwnerBody.optional(),
  startsOn: IsoDate.nullable().optional(),
  endsOn: IsoDate.nullable().optional(),
  description: freeText(2000).optional(),
  decided: DecidedBody.nullable().optional(),
  evaluation: EvaluationBody.optional(),
});
export type PatchMeasureBody = z.infer<typeof PatchMeasureBody>;

export const MeasuresQuery = z.strictObject({ status: z.enum(MEASURE_STATUSES).optional() });
export const MeasureParams = z.strictObject({ mid: id });

const OwnerView = z.object({
  kind: z.enum(['USER', 'ACTOR']),
  userId: z.uuid().nullable(),
  actorId: z.uuid().nullable(),
  name: z.string(),
  actorType: z.enum(ACTOR_TYPES).nullable(),
  phone: z.string().nullable(),
  /** A user owner who can no longer open the case (after a handover): the new caseworker takes over or reassigns. */
  lostAccess: z.boolean(),
});

export const MeasureView = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  version: z.number().int(),
  measureType: z.enum(MEASURE_TYPES),
  status: z.enum(MEASURE_STATUSES),
  owner: OwnerView.nullable(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  description: z.string(),
  origin: z.enum(MEASURE_ORIGINS),
  assessmentId: z.uuid().nullable(),
  scenarioId: z.uuid().nullable(),
  recommendationId: z.uuid().nullable(),
  /** The scenario's title and level or the recommendation's text, read from the assessment. */
  answers: z.object({ kind: z.enum(['SCENARIE', 'ANBEFALING']), title: z.string(), level: z.string().nullable() }).nullable(),
  screeningId: z.uuid().nullable(),
  decided: z.object({ by: z.string(), on: z.string() }).nullable(),
  evaluation: z.object({ outcome: z.enum(EVALUATION_OUTCOMES), note: z.string() }).nullable(),
  endedOn: z.string().nullable(),
  /** In force and ending within 30 days (or past its end): time to renew or end it. */
  renewalDue: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type MeasureView = z.infer<typeof MeasureView>;
export const MeasureList = z.object({ items: z.array(MeasureView) });

export const CoverageView = z.object({
  assessmentId: z.uuid().nullable(),
  assessmentVersion: z.number().int().nullable(),
  scenarios: z.array(z.object({
    id: z.uuid(),
    title: z.string(),
    level: z.enum(['LAV', 'MODERAT', 'HOEJ']).nullable(),
    measuresInForce: z.array(z.object({ id: z.uuid(), measureType: z.enum(MEASURE_TYPES), endsOn: z.string().nullable() })),
    measuresProposed: z.number().int(),
    /** HOEJ with no measure in force. */
    uncovered: z.boolean(),
  })),
});

export const GuidanceList = z.object({
  items: z.array(z.object({
    measureType: z.enum(MEASURE_TYPES),
    label: z.string(),
    text: z.string(),
    municipalDecision: z.boolean(),
    usualActors: z.array(z.object({ directoryActorId: z.string(), actorType: z.enum(ACTOR_TYPES), name: z.string(), phone: z.string().nullable() })),
  })),
});
export const GuidanceQuery = z.strictObject({ municipalityCode: z.string().regex(/^\d{3}$/, 'Skal være en kommunekode (3 cifre)').optional() });

import { z } from 'zod';
import { freeText, text } from '../../shared/fields.schemas.js';
import { EVALUATION_OUTCOMES, HELPED_CODES, MEASURE_EFFECTS } from './closing.codes.js';

/** The closing evaluation the statistics count (table case_closure_evaluations). */
export const ClosingEvaluation = z.strictObject({
  outcome: z.enum(EVALUATION_OUTCOMES).exclude(['IKKE_ANGIVET']),
  helped: z.array(z.enum(HELPED_CODES)).max(HELPED_CODES.length).default([]),
  helpedNote: freeText(2000).optional(),
  measures: z.array(z.strictObject({ measureId: z.uuid(), effect: z.enum(MEASURE_EFFECTS) })).max(50).default([]),
});
/** DOMAIN.md § 11.4: close anyway, with a recorded reason, past the blockers that allow it. */
export const CloseOverride = z.strictObject({ reason: text(2000) });

export const Blocker = z.object({ code: z.string(), path: z.string(), message: z.string(), overridable: z.boolean() });
export type Blocker = z.infer<typeof Blocker>;

export const ClosurePreview = z.object({
  blockers: z.array(Blocker),
  openTasks: z.array(z.object({ id: z.uuid(), title: z.string(), deadline: z.string().nullable(), owner: z.string() })),
  measures: z.array(z.object({ id: z.uuid(), label: z.string(), status: z.string() })),
  evaluations: z.array(z.object({ closedAt: z.string(), outcome: z.enum(EVALUATION_OUTCOMES), helped: z.array(z.string()), helpedNote: z.string().nullable() })),
});

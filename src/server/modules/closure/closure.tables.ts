import { jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { EvaluationOutcome } from '../cases/closing.codes.js';

/**
 * migrations/0083: the closing evaluation, one row per closing. The statistics read this table
 * (evaluation_outcome, helped, measure_evaluations, risk_level_at_close, municipality_code, closed_at).
 */
export const caseClosureEvaluations = pgTable('case_closure_evaluations', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull(),
  closedAt: timestamp('closed_at', { withTimezone: true }).notNull().defaultNow(),
  closureOutcome: text('closure_outcome').$type<'AFSLUTTET' | 'OVERDRAGET'>().notNull(),
  evaluationOutcome: text('evaluation_outcome').$type<EvaluationOutcome>().notNull(),
  helped: text('helped').array().notNull().default([]),
  helpedNoteEnc: text('helped_note_enc'),
  measureEvaluations: jsonb('measure_evaluations').$type<{ measureId: string; measureType: string; effect: string }[]>().notNull().default([]),
  overridden: text('overridden').array().notNull().default([]),
  overrideReasonEnc: text('override_reason_enc'),
  riskLevelAtClose: text('risk_level_at_close'),
  municipalityCode: text('municipality_code').notNull(),
  closedBy: uuid('closed_by').notNull(),
});

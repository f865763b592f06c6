import { date, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { ActionSourceType, MeasureType } from '../actions/actions.codes.js';
import type { EvaluationOutcome, MeasureOrigin, MeasureStatus } from './safety.codes.js';

/** migrations/0071_safety_plan.sql */
export const safetyPlans = pgTable('safety_plans', {
  caseId: uuid('case_id').primaryKey(),
  version: integer('version').notNull(),
  contentEnc: text('content_enc').notNull(),
  updatedBy: uuid('updated_by').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** migrations/0071_safety_plan.sql: sealed; read by the reveal only. */
export const safeContacts = pgTable('safe_contacts', {
  caseId: uuid('case_id').primaryKey(),
  sealedEnc: text('sealed_enc').notNull(),
  version: integer('version').notNull().default(1),
  recordedBy: uuid('recorded_by').notNull(),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
});

/** safety_measures as the register sees it: 0041 + 0044 + migrations/0072_measures_register.sql. */
export const measures = pgTable('safety_measures', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull(),
  measureType: text('measure_type').$type<MeasureType>().notNull(),
  descriptionEnc: text('description_enc').notNull(),
  /** The owner's name when it was set (the older list shows it); the owner itself is one of the two ids. */
  responsibleEnc: text('responsible_enc').notNull(),
  deadline: date('deadline', { mode: 'string' }),
  status: text('status').$type<MeasureStatus>().notNull().default('FORESLAAET'),
  sourceType: text('source_type').$type<ActionSourceType>(),
  sourceId: uuid('source_id'),
  sourceAssessmentId: uuid('source_assessment_id'),
  createdBy: uuid('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
  ownerUserId: uuid('owner_user_id'),
  ownerActorId: uuid('owner_actor_id'),
  startsOn: date('starts_on', { mode: 'string' }),
  endsOn: date('ends_on', { mode: 'string' }),
  scenarioId: uuid('scenario_id'),
  recommendationId: uuid('recommendation_id'),
  origin: text('origin').$type<MeasureOrigin>().notNull(),
  screeningId: uuid('screening_id'),
  decidedByEnc: text('decided_by_enc'),
  decidedOn: date('decided_on', { mode: 'string' }),
  evaluationOutcome: text('evaluation_outcome').$type<EvaluationOutcome>(),
  evaluationNoteEnc: text('evaluation_note_enc'),
  endedOn: date('ended_on', { mode: 'string' }),
  updatedBy: uuid('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  /** Whose the measure was when the case was handed over, until the receiver takes it over or reassigns it (migrations/0170). */
  handoverFromUserId: uuid('handover_from_user_id'),
});
export type MeasureRow = typeof measures.$inferSelect;

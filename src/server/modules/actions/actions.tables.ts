import { date, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { ActionSourceType, MeasureType } from './actions.codes.js';
import type { TaskSourceType, TaskStatus } from './tasks.codes.js';

/** Tasks of a case (owner + deadline). Coordination extends this table with its own columns. */
export const tasks = pgTable('tasks', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull(),
  /** Encrypted (migrations/0044): the text comes from an assessment's narrative, the owner may name a person. */
  titleEnc: text('title_enc').notNull(),
  /** A free-text owner (tasks made from an assessment name one); null when the owner is a user or an actor. */
  ownerEnc: text('owner_enc'),
  ownerUserId: uuid('owner_user_id'),
  deadline: date('deadline', { mode: 'string' }),
  status: text('status').$type<TaskStatus>().notNull().default('AABEN'),
  sourceType: text('source_type').$type<TaskSourceType>(),
  sourceId: uuid('source_id'),
  sourceAssessmentId: uuid('source_assessment_id'),
  createdBy: uuid('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  // coordination (migrations/0080)
  version: integer('version').notNull().default(1),
  ownerActorId: uuid('owner_actor_id'),
  outcomeEnc: text('outcome_enc'),
  closedAt: timestamp('closed_at', { withTimezone: true }),
  closedBy: uuid('closed_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  /** A factor's code or another consideration's id (a "who gathers what" task). */
  sourceRef: text('source_ref'),
  /** Whose the task was when the case was handed over, until the receiver takes it over or reassigns it (migrations/0170). */
  handoverFromUserId: uuid('handover_from_user_id'),
});

/** Safety measures of a case (DOMAIN.md § 5 measureType). The safety module extends this table. */
export const safetyMeasures = pgTable('safety_measures', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull(),
  measureType: text('measure_type').$type<MeasureType>().notNull(),
  /** Encrypted (migrations/0044), like a task's text and owner. */
  descriptionEnc: text('description_enc').notNull(),
  responsibleEnc: text('responsible_enc').notNull(),
  deadline: date('deadline', { mode: 'string' }),
  status: text('status').$type<'FORESLAAET' | 'IVAERKSAT' | 'AFSLUTTET'>().notNull().default('FORESLAAET'),
  sourceType: text('source_type').$type<ActionSourceType>(),
  sourceId: uuid('source_id'),
  sourceAssessmentId: uuid('source_assessment_id'),
  createdBy: uuid('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

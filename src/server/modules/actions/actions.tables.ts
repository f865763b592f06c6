import { date, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { ActionSourceType, MeasureType } from './actions.codes.js';

/** Tasks of a case (owner + deadline). Coordination extends this table with its own columns. */
export const tasks = pgTable('tasks', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull(),
  /** Encrypted (migrations/0044): the text comes from an assessment's narrative, the owner may name a person. */
  titleEnc: text('title_enc').notNull(),
  ownerEnc: text('owner_enc').notNull(),
  ownerUserId: uuid('owner_user_id'),
  deadline: date('deadline', { mode: 'string' }),
  status: text('status').$type<'AABEN' | 'UDFOERT' | 'ANNULLERET'>().notNull().default('AABEN'),
  sourceType: text('source_type').$type<ActionSourceType>(),
  sourceId: uuid('source_id'),
  sourceAssessmentId: uuid('source_assessment_id'),
  createdBy: uuid('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
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
  status: text('status').$type<'PLANLAGT' | 'IVAERKSAT' | 'AFSLUTTET'>().notNull().default('PLANLAGT'),
  sourceType: text('source_type').$type<ActionSourceType>(),
  sourceId: uuid('source_id'),
  sourceAssessmentId: uuid('source_assessment_id'),
  createdBy: uuid('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

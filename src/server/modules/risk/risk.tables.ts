import { boolean, date, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { AssessmentStatus, RiskLevel, ScreeningOutcome } from './risk.codes.js';

export const riskScreenings = pgTable('risk_screenings', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** Exactly one of caseId / inquiryId (migrations/0042): a screening on an inquiry keeps caseId null. */
  caseId: uuid('case_id'),
  inquiryId: uuid('inquiry_id'),
  outcome: text('outcome').$type<ScreeningOutcome>().notNull(),
  /** Encrypted (migrations/0044): the rationale, and the answers object as JSON. */
  rationaleEnc: text('rationale_enc').notNull(),
  answersEnc: text('answers_enc').notNull(),
  screenedBy: uuid('screened_by').notNull(),
  screenedAt: timestamp('screened_at', { withTimezone: true }).notNull().defaultNow(),
});

export const riskAssessments = pgTable('risk_assessments', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull(),
  version: integer('version').notNull(),
  status: text('status').$type<AssessmentStatus>().notNull().default('UDKAST'),
  instrumentCode: text('instrument_code').notNull(),
  instrumentVersion: text('instrument_version').notNull(),
  /** The whole AssessmentContent document as JSON, encrypted (migrations/0044). */
  contentEnc: text('content_enc').notNull(),
  basedOnId: uuid('based_on_id'),
  createdBy: uuid('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  /** Optimistic concurrency for the draft (migrations/0050): raised by every save; who saved it last. */
  revision: integer('revision').notNull().default(1),
  updatedBy: uuid('updated_by'),
  assessorId: uuid('assessor_id'),
  completedAt: timestamp('completed_at', { withTimezone: true }),
  seriousViolenceLevel: text('serious_violence_level').$type<RiskLevel>(),
  imminent: boolean('imminent'),
});

export const riskDisclosures = pgTable('risk_disclosures', {
  id: uuid('id').primaryKey().defaultRandom(),
  assessmentId: uuid('assessment_id').notNull(),
  recipientType: text('recipient_type').$type<'BORGER' | 'FORAELDER_VAERGE' | 'MYNDIGHED' | 'ANDEN'>().notNull(),
  recipientEnc: text('recipient_enc').notNull(),
  disclosedOn: date('disclosed_on', { mode: 'string' }).notNull(),
  recordedBy: uuid('recorded_by').notNull(),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  /** The journal line written with it (migrations/0043); null for disclosures recorded before that. */
  journalEntryId: uuid('journal_entry_id'),
});

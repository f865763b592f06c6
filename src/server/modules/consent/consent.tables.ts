import { boolean, date, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** migrations/0031_consent.sql */
export const consents = pgTable('consents', {
  id: uuid('id').primaryKey().defaultRandom(),
  inquiryId: uuid('inquiry_id').notNull(),
  giver: text('giver').notNull(),
  scopes: text('scopes').array().notNull(),
  givenAt: date('given_at', { mode: 'string' }).notNull(),
  channel: text('channel').notNull(),
  noteEnc: text('note_enc'),
  recordedBy: uuid('recorded_by'),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
  withdrawnBy: uuid('withdrawn_by'),
  withdrawalReasonEnc: text('withdrawal_reason_enc'),
  /** migrations/0100_statistics.sql: false = the giver refused that the inquiry counts in the statistics */
  statisticsUse: boolean('statistics_use').notNull().default(true),
});
export type ConsentRow = typeof consents.$inferSelect;

export const legalBases = pgTable('legal_bases', {
  id: uuid('id').primaryKey().defaultRandom(),
  inquiryId: uuid('inquiry_id').notNull(),
  basis: text('basis').notNull(),
  scopes: text('scopes').array().notNull(),
  decidedByEnc: text('decided_by_enc'),
  decidedAt: date('decided_at', { mode: 'string' }).notNull(),
  rationaleEnc: text('rationale_enc').notNull(),
  /** migrations/0060: recorded by a consultant on the municipality's behalf. */
  municipalDecision: boolean('municipal_decision').notNull().default(false),
  decidedByMunicipalityCode: text('decided_by_municipality_code'),
  decidedByRole: text('decided_by_role'),
  legalReference: text('legal_reference'),
  recordedBy: uuid('recorded_by'),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
});
export type LegalBasisRow = typeof legalBases.$inferSelect;

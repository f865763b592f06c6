import { boolean, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** migrations/0033_journal.sql */
export const journalEntries = pgTable('journal_entries', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull(),
  entryType: text('entry_type').notNull(),
  occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
  titleEnc: text('title_enc').notNull(),
  bodyEnc: text('body_enc'),
  restricted: boolean('restricted').notNull().default(false),
  riskRecipient: text('risk_recipient'),
  riskAuthorityEnc: text('risk_authority_enc'),
  riskLevel: text('risk_level'),
  informedBy: uuid('informed_by'),
  informedByDescriptionEnc: text('informed_by_description_enc'),
  authorId: uuid('author_id'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
export type JournalRow = typeof journalEntries.$inferSelect;

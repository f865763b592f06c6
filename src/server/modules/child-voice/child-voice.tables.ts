import { boolean, date, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** migrations/0060_consent_involvement.sql: the child's voice and the family's place (DOMAIN.md § 4.4). */
export const caseChildVoice = pgTable('case_child_voice', {
  caseId: uuid('case_id').primaryKey(),
  talkedAloneAt: date('talked_alone_at', { mode: 'string' }),
  talkedAloneByEnc: text('talked_alone_by_enc'),
  childAgreesFamily: text('child_agrees_family'),
  familyContactPlanned: boolean('family_contact_planned').notNull().default(false),
  excludedBisidderPersonIds: uuid('excluded_bisidder_person_ids').array().notNull().default([]),
  noteEnc: text('note_enc'),
  version: integer('version').notNull().default(1),
  updatedBy: uuid('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
export type ChildVoiceRow = typeof caseChildVoice.$inferSelect;

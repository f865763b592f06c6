import { boolean, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** migrations/0030_intake_inquiries.sql. `*Enc` columns hold field-encrypted values (platform/crypto/fields.ts). */
export const inquiries = pgTable('inquiries', {
  id: uuid('id').primaryKey().defaultRandom(),
  receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
  channel: text('channel').notNull(),
  initiatorRole: text('initiator_role').notNull(),
  initiatorMunicipalityCode: text('initiator_municipality_code'),
  anonymous: boolean('anonymous').notNull(),
  concernTypes: text('concern_types').array().notNull(),
  reasons: text('reasons').array().notNull(),
  citizenAge: integer('citizen_age'),
  citizenAgeBand: text('citizen_age_band').notNull(),
  citizenMinor: boolean('citizen_minor'),
  citizenGender: text('citizen_gender').notNull(),
  citizenMunicipalityCode: text('citizen_municipality_code'),
  citizenNameEnc: text('citizen_name_enc'),
  citizenCprEnc: text('citizen_cpr_enc'),
  citizenCprIndex: text('citizen_cpr_index'),
  citizenAddressEnc: text('citizen_address_enc'),
  citizenPhoneEnc: text('citizen_phone_enc'),
  citizenEmailEnc: text('citizen_email_enc'),
  citizenBirthDateEnc: text('citizen_birth_date_enc'),
  advisedCitizenDirectly: boolean('advised_citizen_directly').notNull(),
  adviceEnc: text('advice_enc'),
  summaryEnc: text('summary_enc'),
  caseId: uuid('case_id'),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
export type InquiryRow = typeof inquiries.$inferSelect;

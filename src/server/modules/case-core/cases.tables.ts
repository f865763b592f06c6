import { boolean, date, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const CASE_STATUSES = ['AABEN', 'VURDERING', 'KOORDINERING', 'OPFOELGNING', 'AFSLUTTET', 'OVERDRAGET'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const cases = pgTable('cases', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseNumber: text('case_number').notNull().unique(),
  responsibleMunicipalityCode: text('responsible_municipality_code').notNull(),
  responsibleCaseworkerId: uuid('responsible_caseworker_id'),
  /** migrations/0060: the municipality's caseworker as an external contact (encrypted JSON), when no account. */
  responsibleContactEnc: text('responsible_contact_enc'),
  status: text('status').$type<CaseStatus>().notNull().default('AABEN'),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  /** Optimistic concurrency (migrations/0050): raised by every write; a stale one is 409 conflict.stale. */
  version: integer('version').notNull().default(1),
  // intake (migrations/0032_cases_intake.sql)
  inquiryId: uuid('inquiry_id'),
  concernTypes: text('concern_types').array().notNull().default([]),
  citizenMinor: boolean('citizen_minor'),
  citizenAgeBand: text('citizen_age_band'),
  acute: boolean('acute').notNull().default(false),
  /** Filled by the risk module from the latest assessment. */
  currentRiskLevel: text('current_risk_level'),
  childrenUnder18InHousehold: boolean('children_under18_in_household').notNull().default(false),
  dutyToNotifyApplies: boolean('duty_to_notify_applies').notNull().default(false),
  dutyFulfilledAt: date('duty_fulfilled_at', { mode: 'string' }),
  dutyNotifiedMunicipalityCode: text('duty_notified_municipality_code'),
  dutyFulfilledBy: uuid('duty_fulfilled_by'),
  otherLegalBasis: boolean('other_legal_basis').notNull().default(false),
  followUpDueAt: date('follow_up_due_at', { mode: 'string' }),
  closureOutcome: text('closure_outcome'),
  closedAt: timestamp('closed_at', { withTimezone: true }),
  closureReasonEnc: text('closure_reason_enc'),
  evaluationEnc: text('evaluation_enc'),
});

export const PARTICIPANT_ROLES = ['RESPONSIBLE_CASEWORKER', 'CASEWORKER', 'CONSULTANT', 'OTHER'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export const caseParticipants = pgTable(
  'case_participants',
  {
    caseId: uuid('case_id').notNull(),
    userId: uuid('user_id').notNull(),
    participantRole: text('participant_role').$type<ParticipantRole>().notNull(),
    addedBy: uuid('added_by'),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.userId] })],
);

export const caseExclusions = pgTable(
  'case_exclusions',
  {
    caseId: uuid('case_id').notNull(),
    userId: uuid('user_id').notNull(),
    // ops (0131): encrypted; the plaintext column is moved by the start-up task and stays empty
    reasonEnc: text('reason_enc'),
    excludedBy: uuid('excluded_by'),
    excludedAt: timestamp('excluded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.userId] })],
);

/** migrations/0032_cases_intake.sql: the persons in a case; identifying columns encrypted. */
export const casePersons = pgTable('case_persons', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull(),
  role: text('role').notNull(),
  nameEnc: text('name_enc').notNull(),
  cprEnc: text('cpr_enc'),
  cprIndex: text('cpr_index'),
  birthDateEnc: text('birth_date_enc'),
  addressEnc: text('address_enc'),
  phoneEnc: text('phone_enc'),
  gender: text('gender').notNull().default('UOPLYST'),
  municipalityCode: text('municipality_code'),
  /** ops (0131): the citizenships as a JSON array, encrypted. */
  citizenshipsEnc: text('citizenships_enc'),
  passportsEnc: text('passports_enc'),
  abroad: boolean('abroad').notNull().default(false),
  countryEnc: text('country_enc'),
  relationEnc: text('relation_enc'),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  /** Optimistic concurrency (migrations/0050): raised by every write; a stale one is 409 conflict.stale. */
  version: integer('version').notNull().default(1),
});
export type CasePersonRow = typeof casePersons.$inferSelect;

export const casePersonCprs = pgTable('case_person_cprs', {
  id: uuid('id').primaryKey().defaultRandom(),
  personId: uuid('person_id').notNull(),
  caseId: uuid('case_id').notNull(),
  cprEnc: text('cpr_enc').notNull(),
  cprIndex: text('cpr_index').notNull(),
  recordedBy: uuid('recorded_by'),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  replacedAt: timestamp('replaced_at', { withTimezone: true }),
});

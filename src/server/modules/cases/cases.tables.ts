import { pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const CASE_STATUSES = ['AABEN', 'VURDERING', 'KOORDINERING', 'OPFOELGNING', 'AFSLUTTET', 'OVERDRAGET'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const cases = pgTable('cases', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseNumber: text('case_number').notNull().unique(),
  responsibleMunicipalityCode: text('responsible_municipality_code').notNull(),
  responsibleCaseworkerId: uuid('responsible_caseworker_id'),
  status: text('status').$type<CaseStatus>().notNull().default('AABEN'),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
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
    reason: text('reason').notNull(),
    excludedBy: uuid('excluded_by'),
    excludedAt: timestamp('excluded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.userId] })],
);

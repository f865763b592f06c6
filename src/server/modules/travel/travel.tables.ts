import { date, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { TravelAttachmentKind, TravelAuthority, TravelContactChannel, TravelPhase, WatchReason } from './travel.codes.js';

/** migrations/0140_travel.sql: one row per trip; what identifies or reveals is in content_enc. */
export const travelTrips = pgTable('travel_trips', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull(),
  phase: text('phase').$type<TravelPhase>().notNull(),
  destinationCountry: text('destination_country'),
  outboundOn: date('outbound_on', { mode: 'string' }),
  expectedReturnOn: date('expected_return_on', { mode: 'string' }),
  returnedOn: date('returned_on', { mode: 'string' }),
  lastContactOn: date('last_contact_on', { mode: 'string' }),
  nextCheckInOn: date('next_check_in_on', { mode: 'string' }),
  contentEnc: text('content_enc').notNull(),
  version: integer('version').notNull().default(1),
  createdBy: uuid('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
export type TripRow = typeof travelTrips.$inferSelect;

/** migrations/0140_travel.sql: each alarm of the watch, once per trip, reason and due date. */
export const travelWatchAlerts = pgTable('travel_watch_alerts', {
  id: uuid('id').primaryKey().defaultRandom(),
  tripId: uuid('trip_id').notNull(),
  caseId: uuid('case_id').notNull(),
  reason: text('reason').$type<WatchReason>().notNull(),
  dueOn: date('due_on', { mode: 'string' }).notNull(),
  raisedAt: timestamp('raised_at', { withTimezone: true }).notNull().defaultNow(),
  resolvedAt: timestamp('resolved_at', { withTimezone: true }),
});
export type WatchAlertRow = typeof travelWatchAlerts.$inferSelect;

/** migrations/0140_travel.sql: the authority contact log. */
export const travelContacts = pgTable('travel_contacts', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull(),
  tripId: uuid('trip_id'),
  authority: text('authority').$type<TravelAuthority>().notNull(),
  contactedAt: timestamp('contacted_at', { withTimezone: true }).notNull(),
  channel: text('channel').$type<TravelContactChannel>().notNull(),
  whoEnc: text('who_enc'),
  summaryEnc: text('summary_enc').notNull(),
  createdBy: uuid('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
export type ContactRow = typeof travelContacts.$inferSelect;

/** migrations/0141_travel_attachments.sql: photo and passport copy, encrypted (content_enc holds the bytes). */
export const travelAttachments = pgTable('travel_attachments', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull(),
  tripId: uuid('trip_id'),
  kind: text('kind').$type<TravelAttachmentKind>().notNull(),
  mimeType: text('mime_type').$type<AttachmentMime>().notNull(),
  sizeBytes: integer('size_bytes').notNull(),
  fileNameEnc: text('file_name_enc'),
  contentEnc: text('content_enc').notNull(),
  createdBy: uuid('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
export type AttachmentMime = 'image/jpeg' | 'image/png' | 'application/pdf';

import { integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { ActorType } from './actors.codes.js';

/** migrations/0070_actors.sql: the directory a case picks its actors from (published work contacts). */
export const actorDirectory = pgTable('actor_directory', {
  id: text('id').primaryKey(),
  actorType: text('actor_type').$type<ActorType>().notNull(),
  nationalActorId: text('national_actor_id'),
  department: text('department'),
  name: text('name'),
  phone: text('phone'),
  email: text('email'),
  description: text('description'),
  sortOrder: integer('sort_order').notNull(),
});

/** migrations/0070_actors.sql: who takes part in a case; name, phone and email sealed with field crypto. */
export const caseActors = pgTable('case_actors', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull(),
  actorType: text('actor_type').$type<ActorType>().notNull(),
  directoryActorId: text('directory_actor_id'),
  department: text('department'),
  nameEnc: text('name_enc').notNull(),
  phoneEnc: text('phone_enc'),
  emailEnc: text('email_enc'),
  version: integer('version').notNull().default(1),
  createdBy: uuid('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
export type CaseActorRow = typeof caseActors.$inferSelect;

import { date, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { PlanContent } from './preparedness.schemas.js';

/** Migration 0110: one plan per municipality; `version` counts saves (a stale save is a 409). */
export const preparednessPlans = pgTable('preparedness_plans', {
  municipalityCode: text('municipality_code').primaryKey(),
  version: integer('version').notNull(),
  content: jsonb('content').$type<PlanContent>().notNull(),
  adoptedOn: date('adopted_on'),
  revisionDueOn: date('revision_due_on'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid('updated_by'),
});

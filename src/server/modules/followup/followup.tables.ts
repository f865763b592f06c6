import { boolean, date, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { RiskLevel } from '../../shared/codes.js';

/** migrations/0081: a recorded follow-up; what was checked is encrypted. */
export const caseFollowUps = pgTable('case_follow_ups', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull(),
  followedUpOn: date('followed_up_on', { mode: 'string' }).notNull(),
  checkedEnc: text('checked_enc').notNull(),
  riskLevel: text('risk_level').$type<RiskLevel>().notNull(),
  imminent: boolean('imminent').notNull().default(false),
  nextDueOn: date('next_due_on', { mode: 'string' }),
  recordedBy: uuid('recorded_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

import { boolean, pgTable, timestamp } from 'drizzle-orm/pg-core';

/** One row once demo data has been seeded (migration 0005). */
export const demoState = pgTable('demo_state', {
  singleton: boolean('singleton').primaryKey().default(true),
  seededAt: timestamp('seeded_at', { withTimezone: true }).notNull().defaultNow(),
});

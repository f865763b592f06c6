import { pgTable, text } from 'drizzle-orm/pg-core';

export const regions = pgTable('regions', { name: text('name').primaryKey() });

export const municipalities = pgTable('municipalities', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  region: text('region').notNull(),
});

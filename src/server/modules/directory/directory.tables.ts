import { boolean, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

export const regions = pgTable('regions', { name: text('name').primaryKey() });

export const municipalities = pgTable('municipalities', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  region: text('region').notNull(),
});

/** Migration 0003: the national team of security consultants; one can serve several regions. */
export const securityConsultants = pgTable('security_consultants', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  phone: text('phone').notNull(),
  speciality: text('speciality'),
  concernTypes: text('concern_types').array().notNull(),
  version: integer('version').notNull(),
});

export const consultantRegions = pgTable(
  'consultant_regions',
  {
    consultantId: text('consultant_id').notNull(),
    region: text('region').notNull(),
    sortOrder: integer('sort_order').notNull(),
  },
  (t) => [primaryKey({ columns: [t.consultantId, t.region] })],
);

export const nationalActors = pgTable('national_actors', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  phone: text('phone'),
  description: text('description').notNull(),
  eligibility: text('eligibility'),
  alwaysOpen: boolean('always_open').notNull(),
  sortOrder: integer('sort_order').notNull(),
  hours: text('hours'),
  version: integer('version').notNull(),
});

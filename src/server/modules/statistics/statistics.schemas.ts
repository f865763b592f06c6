import { z } from 'zod';
import { IsoDate } from '../../shared/fields.schemas.js';
import { BY_VALUES } from './statistics.dimensions.js';

export const LEVELS = ['national', 'region', 'municipality'] as const;
export const FORMATS = ['json', 'csv', 'xlsx'] as const;

const period = {
  from: IsoDate.optional(),
  to: IsoDate.optional(),
};

export const TableQuery = z.strictObject({
  ...period,
  by: z.enum(BY_VALUES, { error: `Skal være en af: ${BY_VALUES.join(', ')}` }),
  /** national: one row per category; region/municipality: also each area's row (DOMAIN.md § 8: region by default) */
  level: z.enum(LEVELS).optional(),
  format: z.enum(FORMATS).optional(),
});
export type TableQuery = z.infer<typeof TableQuery>;

export const SummaryQuery = z.strictObject({ ...period });
export type SummaryQuery = z.infer<typeof SummaryQuery>;

/** A published figure: the count, or null with the mark ("<5" under five, "–" hidden to protect another cell). */
export const CellView = z.object({ count: z.number().int().nullable(), suppressed: z.boolean(), mark: z.enum(['<5', '–']).nullable() });
export const RowView = CellView.extend({ key: z.string(), label: z.string() });
export const ScopeView = z.object({ level: z.enum(['national', 'municipality']), key: z.string(), name: z.string() });

export const TableView = z.object({
  from: z.string(),
  to: z.string(),
  by: z.string(),
  byLabel: z.string(),
  level: z.enum(LEVELS),
  multiValued: z.boolean(),
  scope: ScopeView,
  rows: z.array(RowView),
  /** null for a multi-valued dimension: an inquiry can count in several rows, so no row total is published */
  total: CellView.nullable(),
  areas: z.array(z.object({ key: z.string(), name: z.string(), level: z.enum(LEVELS), rows: z.array(RowView), total: CellView.nullable() })),
});
export type TableView = z.infer<typeof TableView>;
export type RowView = z.infer<typeof RowView>;
export type CellView = z.infer<typeof CellView>;

export const ShareView = CellView.extend({ key: z.string(), label: z.string(), of: z.number().int().nullable(), percent: z.number().nullable() });
export type ShareView = z.infer<typeof ShareView>;

export const SummaryView = z.object({
  from: z.string(),
  to: z.string(),
  scope: ScopeView,
  inquiries: CellView,
  cases: CellView,
  persons: CellView,
  municipalitiesUsed: z.object({ count: z.number().int(), of: z.number().int() }).nullable(),
  shares: z.array(ShareView),
  screeningOutcomes: z.array(ShareView),
  reasonsRanked: z.array(RowView),
  concernTypes: z.array(RowView),
  initiatorRoles: z.array(RowView),
  ageBands: z.array(ShareView),
  measures: z.array(RowView),
  closureOutcomes: z.array(ShareView),
  /** the closing evaluation (DOMAIN.md § 11.4): how closed cases ended, and what helped (several per case) */
  closingOutcomes: z.array(ShareView),
  helped: z.array(RowView),
  /** figures of DOMAIN.md § 8 whose data is not recorded yet, named so nobody reads their absence as zero */
  pending: z.array(z.object({ key: z.string(), label: z.string() })),
});
export type SummaryView = z.infer<typeof SummaryView>;

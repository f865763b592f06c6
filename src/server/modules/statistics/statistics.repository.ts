import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../../platform/db/client.js';
import type { Dimension } from './statistics.dimensions.js';

/** SQL only: aggregates over one period, by municipality (the finest level); nothing here knows a person. */
export interface Period {
  from: string;
  to: string;
}

/** The key of an inquiry's area: the citizen's municipality, else the caller's; 'UOPLYST' when neither is known. */
export const UNKNOWN_AREA = 'UOPLYST';
const area = sql`COALESCE(i.citizen_municipality_code, i.initiator_municipality_code, ${UNKNOWN_AREA})`;

/** Whole Danish calendar days, from the first to the last inclusive. */
const inPeriod = (p: Period) => sql`i.received_at >= (${p.from}::date::timestamp AT TIME ZONE 'Europe/Copenhagen')
  AND i.received_at < ((${p.to}::date + 1)::timestamp AT TIME ZONE 'Europe/Copenhagen')`;

/**
 * DOMAIN.md § 8: only inquiries whose anonymity or consent allows statistical use count. An anonymous inquiry
 * counts; an identified one counts when an active consent allows it or the municipality recorded a legal basis,
 * and never while an active consent refuses statistical use.
 */
export const statisticalUse = sql`(i.anonymous
    OR EXISTS (SELECT 1 FROM consents k WHERE k.inquiry_id = i.id AND k.withdrawn_at IS NULL AND k.statistics_use)
    OR EXISTS (SELECT 1 FROM legal_bases lb WHERE lb.inquiry_id = i.id))
  AND NOT EXISTS (SELECT 1 FROM consents k WHERE k.inquiry_id = i.id AND k.withdrawn_at IS NULL AND NOT k.statistics_use)`;

const where = (p: Period, extra?: SQL) => sql`WHERE ${inPeriod(p)} AND ${statisticalUse}${extra ? sql` AND ${extra}` : sql``}`;

export interface AreaCount {
  area: string;
  n: number;
}
export interface CategoryCount extends AreaCount {
  cat: string;
}

export const statisticsRepo = {
  municipalities: (db: Db) =>
    queryRows<{ code: string; name: string; region: string }>(db, sql`SELECT code, name, region FROM municipalities ORDER BY code`),

  /** Inquiries per municipality: the totals table every other table of the period agrees with. */
  areaTotals: async (db: Db, p: Period): Promise<AreaCount[]> =>
    (await queryRows<{ area: string; n: number | string }>(db, sql`
      SELECT ${area} AS area, count(*) AS n FROM inquiries i ${where(p)} GROUP BY 1`)).map((r) => ({ area: r.area, n: Number(r.n) })),

  /** Inquiries per municipality and category; a multi-valued dimension counts an inquiry once per value. */
  dimensionCounts: async (db: Db, p: Period, d: Dimension): Promise<CategoryCount[]> => {
    const q = d.multi
      ? sql`SELECT ${area} AS area, v.cat, count(*) AS n FROM inquiries i CROSS JOIN LATERAL unnest(${d.value}) AS v(cat) ${where(p)} GROUP BY 1, 2`
      : sql`SELECT ${area} AS area, ${d.value} AS cat, count(*) AS n FROM inquiries i ${where(p)} GROUP BY 1, 2`;
    return (await queryRows<{ area: string; cat: string; n: number | string }>(db, q)).map((r) => ({ area: r.area, cat: r.cat, n: Number(r.n) }));
  },

  /**
   * The summary's counts that are no table cell: cases, distinct persons (by the blind CPR index of the case's
   * citizen or of the inquiry, else one per case), municipalities used. `municipality` narrows to one area.
   * A case anonymised by retention has no CPR left: its inquiry carries the person's retention token instead,
   * and a live index of a person who also has retained rows counts as that token (retained_person_tokens,
   * migrations/0171), so a person is one person before and after retention.
   */
  summaryCounts: async (db: Db, p: Period, municipality?: string) => {
    const rows = await queryRows<{ cases: number | string; persons: number | string; municipalities: number | string }>(db, sql`
      SELECT count(DISTINCT i.case_id) AS cases,
             count(DISTINCT CASE WHEN i.case_id IS NOT NULL
                   THEN COALESCE(i.retained_person_token::text, tp.token::text, cp.cpr_index, ti.token::text, i.citizen_cpr_index, i.case_id::text) END) AS persons,
             count(DISTINCT ${area}) FILTER (WHERE ${area} <> ${UNKNOWN_AREA}) AS municipalities
        FROM inquiries i
        LEFT JOIN case_persons cp ON cp.case_id = i.case_id AND cp.role = 'BORGER'
        LEFT JOIN retained_person_tokens tp ON tp.cpr_index = cp.cpr_index
        LEFT JOIN retained_person_tokens ti ON ti.cpr_index = i.citizen_cpr_index
        ${where(p, municipality ? sql`${area} = ${municipality}` : undefined)}`);
    const r = rows[0]!;
    return { cases: Number(r.cases), persons: Number(r.persons), municipalities: Number(r.municipalities) };
  },

  /** For the benchmark: the plain GROUP BY region over the same inquiries, no suppression, no audit. */
  rawByRegion: (db: Db, p: Period) =>
    queryRows<{ region: string | null; n: number | string }>(db, sql`
      SELECT m.region, count(*) AS n FROM inquiries i LEFT JOIN municipalities m ON m.code = ${area} ${where(p)} GROUP BY 1`),
};

import { and, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.js';
import { cases } from './cases.tables.js';
import { caseScope } from './cases.scope.js';

/**
 * "My cases" for a work queue: open cases in the actor's scope that the actor takes part in (responsible
 * caseworker, caseworker, consultant). A consultant's region holds many cases; only those they work on make
 * work for them. Always ANDs in `caseScope`, so an excluded user or another municipality never counts.
 */
export function myOpenCases(actor: Actor): SQL {
  return and(
    caseScope(actor),
    sql`${cases.status} NOT IN ('AFSLUTTET','OVERDRAGET')`,
    sql`EXISTS (SELECT 1 FROM case_participants mp WHERE mp.case_id = ${cases.id} AND mp.user_id = ${actor.userId})`,
  )!;
}

/** YYYY-MM-DD plus n days (calendar days, no time zone games). */
export function addDays(isoDate: string, n: number): string {
  const d = new Date(`${isoDate}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** How far ahead an upcoming item shows: a week. */
export const UPCOMING_DAYS = 7;

/** Whether the latest signed assessment of the case found harm imminent (for sorting the queue). */
export const caseImminent = sql<boolean>`coalesce((SELECT ra.imminent FROM risk_assessments ra WHERE ra.case_id = ${cases.id} AND ra.status = 'AFSLUTTET' ORDER BY ra.version DESC LIMIT 1), false)`;

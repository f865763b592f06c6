import type { Actor } from '../../platform/access/actor.js';
import type { Db } from '../../platform/db/client.js';
import type { ErrorDetail } from '../../platform/http/errors.js';
import { todayIso } from '../../shared/codes.js';
import type { WorkItem } from '../../shared/work-item.js';
import type { CaseInScope } from '../case-core/cases.scope.js';
import { danishDate } from './measures.limits.js';
import { measuresRepo } from './measures.repository.js';
import { plusDays } from './measures.service.js';
import { MEASURE_TYPE_LABELS, RENEWAL_DAYS } from './safety.codes.js';

/**
 * Work-queue provider for `MEASURE_EXPIRING` (shared/work-item.ts): in-force measures that end within 30 days
 * (DOMAIN.md § 11.3, the renewal item) or have passed their end, on cases in the caller's scope that the caller
 * owns a measure on or takes part in. `overdue` once the end date has passed. Titles name the measure type and
 * the date, nothing about the citizen.
 */
export async function measureExpiringWork(db: Db, actor: Actor): Promise<WorkItem[]> {
  const today = todayIso();
  const rows = await measuresRepo.expiringFor(db, actor, plusDays(today, RENEWAL_DAYS));
  return rows.map(({ m, caseNumber, riskLevel, acute }) => ({
    kind: 'MEASURE_EXPIRING',
    caseId: m.caseId,
    caseNumber,
    title: m.endsOn! < today
      ? `${MEASURE_TYPE_LABELS[m.measureType]} sluttede ${danishDate(m.endsOn!)}: forlæng eller afslut med evaluering`
      : `${MEASURE_TYPE_LABELS[m.measureType]} slutter ${danishDate(m.endsOn!)}: tag stilling til forlængelse`,
    due: m.endsOn,
    overdue: m.endsOn! < today,
    riskLevel,
    imminent: acute,
    href: `/sager/${m.caseId}/foranstaltninger`,
  }));
}

/**
 * Closure blocker (DOMAIN.md § 11.4, "a measure in force blocks closure"): one detail per in-force measure,
 * naming it in Danish. [] when none is in force. § 11.4 lets the user close anyway with a recorded reason.
 */
export async function measureClosureBlockers(db: Db, c: CaseInScope): Promise<ErrorDetail[]> {
  const inForce = await measuresRepo.ofCase(db, c, 'IVAERKSAT');
  return inForce.map((m) => ({
    path: `measures.${m.id}`,
    message: `Foranstaltningen "${MEASURE_TYPE_LABELS[m.measureType]}" er iværksat${m.endsOn ? ` (til ${danishDate(m.endsOn)})` : ''}: afslut den med en evaluering, før sagen lukkes`,
  }));
}

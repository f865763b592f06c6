import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.js';
import type { Db } from '../../platform/db/client.js';
import type { ErrorDetail } from '../../platform/http/errors.js';
import { danishDate } from '../../shared/dates.js';
import type { WorkItem } from '../../shared/work-item.js';
import { cases } from '../case-core/cases.tables.js';
import type { CaseInScope } from '../case-core/cases.scope.js';
import { caseImminent, myOpenCases } from '../case-core/work.scope.js';
import { countryName } from './travel.countries.js';
import { travelRepo } from './travel.repository.js';
import { travelTrips, travelWatchAlerts, type TripRow } from './travel.tables.js';
import type { WatchReason } from './travel.codes.js';

type WatchFields = Pick<TripRow, 'phase' | 'returnedOn' | 'expectedReturnOn' | 'nextCheckInOn' | 'lastContactOn'>;

/** The trip is not over: the citizen has not come home (or the trip has not begun). An open watch blocks closure. */
export const watchOpen = (t: Pick<TripRow, 'phase' | 'returnedOn'>) => t.phase !== 'EFTER' && !t.returnedOn;

/**
 * DOMAIN.md § 11.7: the alarms due on `today` (YYYY-MM-DD). The expected return date has passed (it is before
 * today) without a recorded return or a contact on or after it; or an agreed check-in has passed without a
 * contact on or after it. Pure: the job, the PUT (which resolves what no longer holds) and the tests share it.
 */
export function dueAlarms(t: WatchFields, today: string): { reason: WatchReason; dueOn: string }[] {
  if (!watchOpen(t)) return [];
  const contactSince = (d: string) => !!t.lastContactOn && t.lastContactOn >= d;
  const out: { reason: WatchReason; dueOn: string }[] = [];
  if (t.expectedReturnOn && t.expectedReturnOn < today && !contactSince(t.expectedReturnOn)) out.push({ reason: 'HJEMKOMST', dueOn: t.expectedReturnOn });
  if (t.nextCheckInOn && t.nextCheckInOn < today && !contactSince(t.nextCheckInOn)) out.push({ reason: 'KONTAKTAFTALE', dueOn: t.nextCheckInOn });
  return out;
}

export const alarmTitle = (reason: WatchReason, dueOn: string, country: string | null) => {
  const where = country ? ` (${countryName(country)})` : '';
  return reason === 'HJEMKOMST'
    ? `Forventet hjemkomst ${danishDate(dueOn)} er overskredet${where}: ingen hjemkomst eller kontakt registreret`
    : `Aftalt kontakt ${danishDate(dueOn)} er ikke registreret${where}`;
};

/**
 * Work-queue provider for `TRAVEL_RETURN_OVERDUE` (shared/work-item.ts): every alarm the job runner raised and
 * nobody has resolved, on the open cases in the caller's scope that the caller takes part in (everyone
 * responsible). Always overdue: the date has passed.
 */
export async function travelReturnOverdueWork(db: Db, actor: Actor): Promise<WorkItem[]> {
  const rows = await db
    .select({ a: travelWatchAlerts, country: travelTrips.destinationCountry, caseNumber: cases.caseNumber, risk: cases.currentRiskLevel, imminent: caseImminent })
    .from(travelWatchAlerts)
    .innerJoin(travelTrips, eq(travelTrips.id, travelWatchAlerts.tripId))
    .innerJoin(cases, eq(cases.id, travelWatchAlerts.caseId))
    .where(and(myOpenCases(actor), isNull(travelWatchAlerts.resolvedAt)));
  return rows.map(({ a, country, caseNumber, risk, imminent }) => ({
    kind: 'TRAVEL_RETURN_OVERDUE', caseId: a.caseId, caseNumber,
    title: alarmTitle(a.reason, a.dueOn, country), due: a.dueOn, overdue: true, riskLevel: risk, imminent: !!imminent,
    href: `/sager/${a.caseId}/rejse`,
  }));
}

/** Closure blocker (DOMAIN.md § 11.4): one detail per trip that is not over. § 11.4 lets a recorded reason pass it. */
export async function travelClosureBlockers(db: Db, c: CaseInScope): Promise<ErrorDetail[]> {
  const trips = await travelRepo.trips(db, c);
  return trips.filter(watchOpen).map((t) => ({
    path: `travel.${t.id}`,
    message: `Rejsen${t.destinationCountry ? ` til ${countryName(t.destinationCountry)}` : ''} er ikke afsluttet: registrér borgerens hjemkomst, før sagen lukkes`,
  }));
}

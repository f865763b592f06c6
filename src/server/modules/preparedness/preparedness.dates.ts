import { todayIso } from '../../shared/codes.js';

/** Barnets lov § 15, stk. 3: revised at least every four years. 29 February falls back to 28 February. */
export function revisionDueOf(adoptedOn: string | null): string | null {
  if (!adoptedOn) return null;
  const [y, m, d] = adoptedOn.split('-').map(Number) as [number, number, number];
  const due = new Date(Date.UTC(y + 4, m - 1, d));
  if (due.getUTCMonth() !== m - 1) due.setUTCDate(0);
  return due.toISOString().slice(0, 10);
}

export const isOverdue = (revisionDueOn: string | null, today = todayIso()) => !!revisionDueOn && revisionDueOn < today;

/** The day `days` before an ISO date, as an ISO date. */
export function daysBefore(iso: string, days: number): string {
  const t = new Date(`${iso}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() - days);
  return t.toISOString().slice(0, 10);
}

/** Dates and times as the forms need them: local input values in, ISO 8601 with offset out (API.md). */
const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DDTHH:mm` in local time, the value format of <input type="datetime-local">. */
export const localDateTimeValue = (d = new Date()) =>
  `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;

/** `YYYY-MM-DD`: the day in Copenhagen (app/format.ts), whatever the browser's zone. */
export const localDateValue = (d = new Date()) => copenhagenDay(d);

/** A datetime-local value as ISO 8601 with the browser's offset, e.g. 2026-11-21T09:30:00+01:00; null if invalid. */
export function isoWithOffset(local: string): string | null {
  const d = new Date(local);
  if (!local || Number.isNaN(d.getTime())) return null;
  const off = -d.getTimezoneOffset();
  const sign = off >= 0 ? '+' : '-';
  return `${localDateTimeValue(d)}:00${sign}${pad(Math.floor(Math.abs(off) / 60))}:${pad(Math.abs(off) % 60)}`;
}

// Showing dates and times has one home (Danish, Europe/Copenhagen): app/format.ts.
export { formatDate, formatDateTime, formatShortDate } from '../../app/format';
import { copenhagenDay } from '../../app/format';

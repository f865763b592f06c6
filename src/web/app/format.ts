/**
 * How a person reads a date or a time in Skjold: Danish, in Europe/Copenhagen whatever the browser's zone
 * ("1. december 2026", "03.12.2026", "1. december 2026 kl. 14.05"). Never show an ISO string on a screen.
 * A date without a time (`YYYY-MM-DD`, a calendar day) is shown as that day, never shifted by a zone.
 */
const ZONE = 'Europe/Copenhagen';
const DAY_ONLY = /^\d{4}-\d{2}-\d{2}$/;

const long = { zoned: new Intl.DateTimeFormat('da-DK', { dateStyle: 'long', timeZone: ZONE }), day: new Intl.DateTimeFormat('da-DK', { dateStyle: 'long', timeZone: 'UTC' }) };
const short = {
  zoned: new Intl.DateTimeFormat('da-DK', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: ZONE }),
  day: new Intl.DateTimeFormat('da-DK', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }),
};
const time = new Intl.DateTimeFormat('da-DK', { hour: '2-digit', minute: '2-digit', timeZone: ZONE });
const seconds = new Intl.DateTimeFormat('da-DK', { hour: '2-digit', minute: '2-digit', second: '2-digit', timeZone: ZONE });

const parse = (iso: string) => (DAY_ONLY.test(iso) ? { d: new Date(`${iso}T00:00:00Z`), day: true } : { d: new Date(iso), day: false });
const valid = (d: Date) => !Number.isNaN(d.getTime());

/** "1. december 2026"; "—" for none. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const { d, day } = parse(iso);
  return valid(d) ? (day ? long.day : long.zoned).format(d) : '—';
}

/** "03.12.2026": in tables and wherever space is short. */
export function formatShortDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const { d, day } = parse(iso);
  return valid(d) ? (day ? short.day : short.zoned).format(d) : '—';
}

/** "1. december 2026 kl. 14.05" (a calendar day alone has no time to show). */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const { d, day } = parse(iso);
  if (!valid(d)) return '—';
  return day ? long.day.format(d) : `${long.zoned.format(d)} kl. ${time.format(d)}`;
}

/** "03.12.2026 kl. 14.05.09": the auditor's precision. */
export function formatTimestamp(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return valid(d) ? `${short.zoned.format(d)} kl. ${seconds.format(d)}` : '—';
}

/** Today's calendar day in Copenhagen, `YYYY-MM-DD` (for date inputs and "not in the future" checks). */
export const todayCopenhagen = () => new Date().toLocaleDateString('sv-SE', { timeZone: ZONE });

/**
 * A day as `YYYY-MM-DD` (the value of <input type="date">), as it is in Copenhagen: the server judges "not in the
 * past" by Copenhagen's day, so a browser on UTC just after midnight must not offer yesterday.
 */
export const copenhagenDay = (d = new Date()) => d.toLocaleDateString('sv-SE', { timeZone: ZONE });

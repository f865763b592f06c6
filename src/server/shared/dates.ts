/**
 * Danish dates for permanent records and screens: "1. december 2026" (long) and "01.12.2026" (short). Input is
 * a calendar date YYYY-MM-DD (a date column) or an instant (ISO string with offset / Date), read in
 * Europe/Copenhagen. Pure: the web app imports this file too.
 */
const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

const partsFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' });

function ymd(value: string | Date): [number, number, number] {
  if (typeof value === 'string') {
    const m = DATE_ONLY.exec(value);
    if (m) return [Number(m[1]), Number(m[2]), Number(m[3])];
  }
  const p = Object.fromEntries(partsFormat.formatToParts(new Date(value)).map((x) => [x.type, x.value]));
  return [Number(p.year), Number(p.month), Number(p.day)];
}

/** "1. december 2026". */
export function danishDate(value: string | Date): string {
  const [y, m, d] = ymd(value);
  return `${d}. ${MONTHS[m - 1]} ${y}`;
}

/** "01.12.2026". */
export function danishShortDate(value: string | Date): string {
  const [y, m, d] = ymd(value);
  return `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}`;
}

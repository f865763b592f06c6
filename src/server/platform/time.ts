/**
 * Calendar days as Danish users mean them: in Europe/Copenhagen, not UTC. A "from 2026-03-01" filter starts at
 * local midnight, "today" turns at local midnight, and ages count birthdays by the Danish calendar.
 */
export const TIME_ZONE = 'Europe/Copenhagen';

const partsFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
});

type LocalParts = { y: number; m: number; d: number; h: number; min: number; s: number };

// The last second asked about: "today" is asked on every case view and list row (overdue follow-ups), and
// formatToParts is the costly part (issue 15 profile). Parts are per whole second, so the cache is exact.
let last: { second: number; parts: LocalParts } | null = null;

function localParts(at: Date): LocalParts {
  const second = Math.floor(at.getTime() / 1000);
  if (last?.second === second) return last.parts;
  const p = Object.fromEntries(partsFormat.formatToParts(at).map((x) => [x.type, x.value]));
  const parts = { y: Number(p.year), m: Number(p.month), d: Number(p.day), h: Number(p.hour), min: Number(p.minute), s: Number(p.second) };
  last = { second, parts };
  return parts;
}

/** The Copenhagen calendar date (YYYY-MM-DD) of an instant; today by default. */
export function copenhagenDate(at: Date = new Date()): string {
  const { y, m, d } = localParts(at);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Offset of Copenhagen from UTC at an instant, in milliseconds (+1 h in winter, +2 h in summer). */
function offsetAt(at: Date): number {
  const { y, m, d, h, min, s } = localParts(at);
  return Date.UTC(y, m - 1, d, h, min, s) - Math.floor(at.getTime() / 1000) * 1000;
}

/** The instant a Copenhagen calendar day (YYYY-MM-DD) begins. Midnight is never skipped by DST in Denmark. */
export function copenhagenDayStart(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const utcMidnight = Date.UTC(y, m - 1, d);
  const guess = utcMidnight - offsetAt(new Date(utcMidnight));
  return new Date(utcMidnight - offsetAt(new Date(guess)));
}

/** The instant the following Copenhagen day begins: the exclusive end of a "to" filter (23 or 25 hours on DST days). */
export function copenhagenDayEnd(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
  return copenhagenDayStart(next);
}

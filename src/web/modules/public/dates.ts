/** "1. december 2026" for an ISO date (YYYY-MM-DD), read as a Copenhagen calendar day. */
export function formatDanishDate(iso: string | null | undefined): string {
  if (!iso) return '–';
  return new Date(`${iso.slice(0, 10)}T12:00:00Z`).toLocaleDateString('da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Copenhagen' });
}

/** "10. oktober 2023", the way a Danish document writes a date (Copenhagen calendar; ISO in, words out). */
export function danishDate(isoDate: string | null): string {
  if (!isoDate) return '–';
  return new Date(`${isoDate.slice(0, 10)}T12:00:00Z`).toLocaleDateString('da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Copenhagen' });
}

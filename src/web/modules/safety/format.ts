/** Danish dates for the safety pages: "1. december 2026". */
export const danishDate = (iso: string | null | undefined) =>
  iso ? new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso).toLocaleDateString('da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Copenhagen' }) : '–';
export { copenhagenDay as todayIso } from '../../app/format';

import { USE_TYPE_LABELS as SERVER_USE_TYPE_LABELS } from '../../../server/platform/audit/define';
/** Danish time for the auditor, whatever the browser's zone. */
const timeFormat = new Intl.DateTimeFormat('da-DK', { dateStyle: 'short', timeStyle: 'medium', timeZone: 'Europe/Copenhagen' });
export const formatTime = (iso: string) => timeFormat.format(new Date(iso));

// One source for the labels: the server's catalogue (it imports nothing, so the web bundle can take it).
export const USE_TYPE_LABELS: Record<string, string> = SERVER_USE_TYPE_LABELS;

// Role names have one source (server/shared/labels.ts via app/roles.ts).
export { ROLE_LABELS } from '../../app/roles';

/** Builds a query string from the filled-in fields only. */
export function toQuery(values: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) if (v !== undefined && v !== '') params.set(k, String(v));
  return params.toString();
}

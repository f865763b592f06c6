import { ApiError } from '../api';

/** Field errors keyed by the field's path in the request body, e.g. `citizen.ageBand`. */
export type FieldErrors = Record<string, string>;

/** The DOM id of a field, derived from its body path so server errors find their field without a table. */
export const fieldId = (path: string, prefix = 'f') => `${prefix}-${path.replace(/\./g, '-')}`;

/**
 * The server names each bad field as `body.citizen.cpr` or `body.concernTypes.0`; the form knows the field as
 * `citizen.cpr` / `concernTypes`. Paths the form has no field for fall back to the nearest known parent, and
 * are otherwise shown in the summary only (key `''`).
 */
export function errorsFromApi(err: unknown, knownFields: readonly string[]): { fields: FieldErrors; general: string | null } {
  if (!(err instanceof ApiError)) return { fields: {}, general: 'Der opstod en uventet fejl. Prøv igen.' };
  const fields: FieldErrors = {};
  for (const d of err.body.details ?? []) {
    const segments = String(d.path ?? '')
      .split('.')
      .filter((s) => s !== '' && !/^\d+$/.test(s));
    if (segments[0] === 'body') segments.shift();
    let path = segments.join('.');
    while (path && !knownFields.includes(path)) path = path.split('.').slice(0, -1).join('.');
    const key = path || '';
    if (!fields[key]) fields[key] = d.message;
  }
  const hasFieldErrors = Object.keys(fields).some((k) => k !== '');
  const general = hasFieldErrors && !fields[''] ? null : (fields[''] ?? err.body.message);
  delete fields[''];
  return { fields, general };
}

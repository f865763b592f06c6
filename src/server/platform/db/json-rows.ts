import { getTableColumns, type Table } from 'drizzle-orm';

/**
 * A row as `row_to_json` / `json_agg` gives it (column names, timestamps as text) in drizzle's shape (property
 * names, Dates): for reads that fold several tables into one statement (issue 15) and still hand the same row
 * objects to the views.
 */
export function fromJson<T extends Table>(table: T, json: Record<string, unknown>): T['$inferSelect'] {
  const out: Record<string, unknown> = {};
  for (const [prop, col] of Object.entries(getTableColumns(table))) {
    const v = json[col.name];
    out[prop] = v === undefined ? null : col.columnType === 'PgTimestamp' && v !== null ? new Date(v as string) : v;
  }
  return out as T['$inferSelect'];
}

import type { SummaryView, TableView } from '../../../server/modules/statistics/statistics.schemas';
import { BY_LABELS } from '../../../server/modules/statistics/statistics.codes';
export type { SummaryView, TableView, RowView, CellView } from '../../../server/modules/statistics/statistics.schemas';

/** The `by=` picker: the server's one list of dimensions and their Danish names. */
export const DIMENSION_OPTIONS: { value: string; label: string }[] = Object.entries(BY_LABELS).map(([value, label]) => ({ value, label }));
export const LEVEL_OPTIONS = [
  { value: 'national', label: 'Hele landet' },
  { value: 'region', label: 'Regioner' },
  { value: 'municipality', label: 'Kommuner' },
];
export type { SummaryView as Summary, TableView as Table };
export const tableUrl = (q: Record<string, string>, format?: string) =>
  `/api/statistics/inquiries?${new URLSearchParams({ ...q, ...(format ? { format } : {}) }).toString()}`;
export const summaryUrl = (q: { from: string; to: string }, pdf = false) =>
  `/api/statistics/summary${pdf ? '.pdf' : ''}?${new URLSearchParams(q).toString()}`;
export type _T = TableView | SummaryView;

import type { SummaryView, TableView } from '../../../server/modules/statistics/statistics.schemas';
export type { SummaryView, TableView, RowView, CellView } from '../../../server/modules/statistics/statistics.schemas';

export const DIMENSION_OPTIONS: { value: string; label: string }[] = [
  { value: 'region', label: 'Region' },
  { value: 'municipality', label: 'Kommune' },
  { value: 'reason', label: 'Årsag' },
  { value: 'concernType', label: 'Type af bekymring' },
  { value: 'initiatorRole', label: 'Hvem henvendte sig' },
  { value: 'ageBand', label: 'Alder' },
  { value: 'gender', label: 'Køn' },
  { value: 'channel', label: 'Kanal' },
  { value: 'advisedDirectly', label: 'Rådgivning direkte til borgeren' },
  { value: 'caseOpened', label: 'Sag oprettet' },
  { value: 'screeningOutcome', label: 'Screeningens udfald' },
  { value: 'measureType', label: 'Foranstaltning' },
  { value: 'measureTaken', label: 'Foranstaltning iværksat' },
  { value: 'crisisCentre', label: 'Ophold på krisecenter' },
  { value: 'adultCrisisCentre', label: 'Voksen på krisecenter' },
  { value: 'closure', label: 'Afslutning' },
];
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

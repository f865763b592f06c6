/**
 * The seed 000 report in words, from a summary: shared by the printable page and the PDF so both say the same.
 * Pure (no node or browser API): the web app imports it too.
 */
export interface CellLike {
  count: number | null;
  mark: '<5' | '–' | null;
}
export interface ShareLike extends CellLike {
  key: string;
  label: string;
  percent: number | null;
}
export interface SummaryLike {
  from: string;
  to: string;
  scope: { level: 'national' | 'municipality'; name: string };
  inquiries: CellLike;
  cases: CellLike;
  persons: CellLike;
  municipalitiesUsed: { count: number; of: number } | null;
  shares: ShareLike[];
  reasonsRanked: (CellLike & { label: string })[];
}

const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
/** "1. december 2026" */
export const danishDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d}. ${MONTHS[m - 1]} ${y}`;
};

/** A figure as published: the count, "under 5" or "skjult". */
export const figure = (c: CellLike) => (c.count !== null ? c.count.toLocaleString('da-DK') : c.mark === '<5' ? 'under 5' : 'et skjult antal');
export const cellText = (c: CellLike) => (c.count !== null ? c.count.toLocaleString('da-DK') : c.mark ?? '');
export const percentText = (s: { percent: number | null; mark: string | null; count: number | null }) =>
  s.percent !== null ? `${s.percent.toLocaleString('da-DK')} %` : s.count === null ? s.mark ?? '' : '–';

export function summarySentences(v: SummaryLike): string[] {
  const out: string[] = [];
  const where = v.scope.level === 'national' ? 'sikkerhedskonsulenterne' : `sikkerhedskonsulenterne i sager fra ${v.scope.name}`;
  out.push(`Fra ${danishDate(v.from)} til ${danishDate(v.to)} har ${where} registreret ${figure(v.inquiries)} henvendelser, heraf ${figure(v.cases)} sager om ${figure(v.persons)} personer.`);
  if (v.municipalitiesUsed) out.push(`${v.municipalitiesUsed.count} af landets ${v.municipalitiesUsed.of} kommuner har benyttet ordningen.`);
  const published = v.reasonsRanked.filter((r) => r.count !== null && r.count > 0);
  if (published[0]) out.push(`Den hyppigste årsag til henvendelsen er ${published[0].label.toLowerCase()}${published[1] ? `, mens ${published[1].label.toLowerCase()} optræder næsthyppigst` : ''}.`);
  const s = (key: string) => v.shares.find((x) => x.key === key);
  const advised = s('advisedDirectly');
  if (advised?.percent !== null && advised?.percent !== undefined) out.push(`I ${advised.percent.toLocaleString('da-DK')} % af henvendelserne fik borgeren rådgivning direkte af sikkerhedskonsulenten.`);
  const over30 = s('over30');
  if (over30?.percent !== null && over30?.percent !== undefined) out.push(`I ${over30.percent.toLocaleString('da-DK')} % af henvendelserne er borgeren over 30 år.`);
  out.push('Tal under 5 vises som "<5", og tal der kunne afsløre dem, som "–", så ingen kan genkendes.');
  return out;
}

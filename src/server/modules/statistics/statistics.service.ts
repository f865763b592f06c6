import type { Actor } from '../../platform/access/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Db } from '../../platform/db/client.js';
import { notFound } from '../../platform/http/errors.js';
import { todayIso } from '../../shared/codes.js';
import type { Svc } from '../../shared/svc.js';
import { dimensionOf, type Dimension } from './statistics.dimensions.js';
import { periodReversed, periodTooLong } from './statistics.errors.js';
import { statisticsRepo, UNKNOWN_AREA, type Period } from './statistics.repository.js';
import { cellOf, dimensionRelease, loadAreas, lone, rowOf, totalsTable, type Areas, type Cell, type DimensionRelease } from './statistics.release.js';
import type { CellView, RowView, ShareView, SummaryQuery, SummaryView, TableQuery, TableView } from './statistics.schemas.js';

const collator = new Intl.Collator('da');

/** What a statistics role sees: the analyst the whole country, a municipality's team its own municipality only. */
export interface StatsScope {
  level: 'national' | 'municipality';
  key: string;
  name: string;
  node: number;
}

function scopeOf(actor: Actor, areas: Areas): StatsScope {
  if (actor.role === 'municipal_team') {
    const node = actor.municipalityCode ? areas.index.get(actor.municipalityCode) : undefined;
    if (node === undefined) throw notFound();
    return { level: 'municipality', key: areas.nodes[node]!.key, name: areas.nodes[node]!.name, node };
  }
  return { level: 'national', key: 'DK', name: 'Hele landet', node: 0 };
}

export function periodOf(q: { from?: string; to?: string }): Period {
  const to = q.to ?? todayIso();
  const from = q.from ?? `${to.slice(0, 4)}-01-01`;
  if (from > to) throw periodReversed();
  if (Number(to.slice(0, 4)) - Number(from.slice(0, 4)) > 20) throw periodTooLong();
  return { from, to };
}

const row = (key: string, label: string, c: Cell): RowView => ({ key, label, ...c });
const view = (c: Cell): CellView => ({ count: c.count, suppressed: c.suppressed, mark: c.mark });
/** The pseudo-area for inquiries without a municipality is shown only when it has something to show. */
const shown = (areas: Areas, node: number, c: Cell) => areas.nodes[node]!.key !== UNKNOWN_AREA || c.count !== 0;

export async function buildTable(db: Db, actor: Actor, q: TableQuery): Promise<TableView> {
  const p = periodOf(q);
  const areas = await loadAreas(db);
  const scope = scopeOf(actor, areas);
  const { node: s } = scope;
  const scopeView = { level: scope.level, key: scope.key, name: scope.name };
  const nodes = areas.nodes;

  if (q.by === 'region' || q.by === 'municipality') {
    const totals = await totalsTable(db, areas, p);
    const level = q.by;
    let members = nodes.map((_, i) => i).filter((i) => nodes[i]!.level === level);
    if (level === 'municipality') members.sort((a, b) => collator.compare(nodes[a]!.name, nodes[b]!.name));
    if (scope.level === 'municipality') members = [s];
    const rows = members.map((i) => ({ i, c: cellOf(totals, i, 0) })).filter(({ i, c }) => shown(areas, i, c)).map(({ i, c }) => row(nodes[i]!.key, nodes[i]!.name, c));
    return {
      from: p.from, to: p.to, by: q.by, byLabel: level === 'region' ? 'Region' : 'Kommune', level, multiValued: false, scope: scopeView,
      rows, total: view(cellOf(totals, s, 0)), areas: [],
    };
  }

  const d = dimensionOf(q.by)!;
  const release = await dimensionRelease(db, areas, p, d);
  const level = scope.level === 'municipality' ? 'municipality' : q.level ?? 'region';
  const rowsAt = (node: number) => {
    const r = rowOf(release, node);
    return { rows: d.categories.map((c, k) => row(c.code, c.label, r.cells[k]!)), total: r.total && view(r.total) };
  };
  const top = rowsAt(s);
  const areaNodes = scope.level === 'municipality' || level === 'national' ? [] : nodes.map((_, i) => i).filter((i) => nodes[i]!.level === level);
  const areaRows = areaNodes
    .filter((i) => shown(areas, i, cellOf(release.totals, i, 0)))
    .map((i) => ({ key: nodes[i]!.key, name: nodes[i]!.name, level: nodes[i]!.level, ...rowsAt(i) }));
  return {
    from: p.from, to: p.to, by: d.key, byLabel: d.label, level, multiValued: d.multi, scope: scopeView,
    rows: top.rows, total: top.total, areas: areaRows,
  };
}

const criteria = <const E extends object>(q: { from?: string; to?: string }, p: Period, extra: E, scope: TableView['scope']) => ({
  from: p.from, to: p.to, ...extra, scope: scope.level === 'national' ? 'national' : `municipality:${scope.key}`,
  periodGiven: !!(q.from || q.to),
});

/** A table as the API returns it; the read is logged with its criteria only (aggregated data, no content). */
export async function getTable(svc: Svc, actor: Actor, q: TableQuery): Promise<TableView> {
  return svc.db.transaction(async (tx) => {
    const t = await buildTable(tx, actor, q);
    await recordAudit(tx, {
      type: q.format && q.format !== 'json' ? 'statistics.exported' : 'statistics.table_read',
      actor, subjectType: 'statistics', purpose: 'statistik',
      details: criteria(q, t, { by: q.by, level: t.level, format: q.format ?? 'json' }, t.scope),
    });
    return t;
  }, { isolationLevel: 'repeatable read' });
}

const share = (key: string, label: string, c: Cell, of: Cell): ShareView => ({
  key, label, ...view(c),
  of: of.count,
  percent: c.count !== null && of.count ? Math.round((c.count / of.count) * 1000) / 10 : null,
});

/** The closing evaluation is recorded by the coordination module; its outcome counts once that table exists. */
/** Figures of DOMAIN.md § 8 whose data is not recorded yet (none since the closing evaluation landed). */
export const PENDING_FIGURES: { key: string; label: string }[] = [];

export async function buildSummary(db: Db, actor: Actor, q: SummaryQuery): Promise<SummaryView> {
  const p = periodOf(q);
  const areas = await loadAreas(db);
  const scope = scopeOf(actor, areas);
  const s = scope.node;
  const totals = await totalsTable(db, areas, p);
  const rel = async (key: string): Promise<DimensionRelease> => dimensionRelease(db, areas, p, dimensionOf(key) as Dimension, totals);
  const [advised, opened, age, screening, reason, concern, initiator, taken, crisis, adultCrisis, measures, closure, ending, helped] = [
    await rel('advisedDirectly'), await rel('caseOpened'), await rel('ageBand'), await rel('screeningOutcome'),
    await rel('reason'), await rel('concernType'), await rel('initiatorRole'), await rel('measureTaken'),
    await rel('crisisCentre'), await rel('adultCrisisCentre'), await rel('measureType'), await rel('closure'),
    await rel('closingOutcome'), await rel('helped'),
  ];
  const counts = await statisticsRepo.summaryCounts(db, p, scope.level === 'municipality' ? scope.key : undefined);
  const inquiries = cellOf(totals, s, 0);
  const cellFor = (r: DimensionRelease, code: string) => rowOf(r, s).cells[r.dimension.categories.findIndex((c) => c.code === code)]!;
  const sharesOf = (r: DimensionRelease) => {
    const rr = rowOf(r, s);
    return r.dimension.categories.map((c, k) => share(c.code, c.label, rr.cells[k]!, rr.total ?? inquiries));
  };
  const rowsOf = (r: DimensionRelease) => r.dimension.categories.map((c, k) => row(c.code, c.label, rowOf(r, s).cells[k]!));
  const cases = cellFor(opened, 'JA');
  // Distinct persons are at most the cases: when the cases are hidden, so are they.
  const persons = cases.suppressed ? { ...cases } : lone(counts.persons);
  const ranked = rowsOf(reason).sort((a, b) => (b.count ?? -1) - (a.count ?? -1));
  const realMunicipalities = areas.nodes.filter((n) => n.level === 'municipality' && n.key !== UNKNOWN_AREA).length;
  return {
    from: p.from, to: p.to, scope: { level: scope.level, key: scope.key, name: scope.name },
    inquiries: view(inquiries), cases: view(cases), persons: view(persons),
    municipalitiesUsed: scope.level === 'national' ? { count: counts.municipalities, of: realMunicipalities } : null,
    shares: [
      share('advisedDirectly', 'Rådgivet direkte til borgeren', cellFor(advised, 'JA'), inquiries),
      share('over30', 'Borgeren er over 30 år', cellFor(age, 'OVER_30'), inquiries),
      share('caseOpened', 'Henvendelser der blev til en sag', cases, inquiries),
      share('measureTaken', 'Foranstaltning iværksat', cellFor(taken, 'JA'), inquiries),
      share('crisisCentre', 'Ophold på krisecenter', cellFor(crisis, 'JA'), inquiries),
      share('adultCrisisCentre', 'Voksen på krisecenter', cellFor(adultCrisis, 'JA'), inquiries),
    ],
    measures: rowsOf(measures),
    closureOutcomes: sharesOf(closure),
    // The closing evaluation: how closed cases ended (not open cases or inquiries without one) and what helped.
    closingOutcomes: sharesOf(ending).filter((x) => x.key !== 'IKKE_AFSLUTTET' && x.key !== 'INGEN_SAG'),
    helped: rowsOf(helped),
    screeningOutcomes: sharesOf(screening),
    reasonsRanked: ranked,
    concernTypes: rowsOf(concern),
    initiatorRoles: rowsOf(initiator),
    ageBands: sharesOf(age),
    pending: PENDING_FIGURES,
  };
}

export async function getSummary(svc: Svc, actor: Actor, q: SummaryQuery, format: 'json' | 'pdf' = 'json'): Promise<SummaryView> {
  return svc.db.transaction(async (tx) => {
    const v = await buildSummary(tx, actor, q);
    await recordAudit(tx, {
      type: format === 'pdf' ? 'statistics.exported' : 'statistics.summary_read',
      actor, subjectType: 'statistics', purpose: 'statistik',
      details: criteria(q, v, { table: 'summary', format }, v.scope),
    });
    return v;
  }, { isolationLevel: 'repeatable read' });
}

/** One published figure of a municipality's overview: the same cell as the statistics pages show. */
export interface OverviewRow {
  key: string;
  label: string;
  cells: CellView[];
}
export interface MunicipalOverview {
  periods: { key: string; label: string; from: string; to: string }[];
  rows: OverviewRow[];
}

/**
 * The anonymised case overview of a municipality's preparedness plan (seed 004, DOMAIN.md § 9): inquiries,
 * cases, persons and the plan's markings (a measure initiated, a stay at a crisis centre, an adult at a crisis
 * centre), and the concern types, for last year and this year so far. Every figure is a cell of the national
 * release of that period, suppressed with the whole hierarchy: a count under five is never shown (`<5`), and a
 * cell that would reveal another is hidden (`–`), exactly as on the statistics pages. Aggregates only; the
 * caller decides who may see the municipality's plan. Null for a code that is no municipality.
 */
export async function municipalOverview(db: Db, municipalityCode: string, today = todayIso()): Promise<MunicipalOverview | null> {
  const year = Number(today.slice(0, 4));
  const periods = [
    { key: 'lastYear', label: String(year - 1), from: `${year - 1}-01-01`, to: `${year - 1}-12-31` },
    { key: 'thisYear', label: `${year} til dato`, from: `${year}-01-01`, to: today },
  ];
  return db.transaction(async (tx) => {
    const areas = await loadAreas(tx);
    const node = areas.index.get(municipalityCode);
    if (node === undefined || areas.nodes[node]!.level !== 'municipality') return null;
    type Column = Record<'inquiries' | 'cases' | 'persons' | 'measureTaken' | 'crisisCentre' | 'adultCrisisCentre', Cell> & {
      concern: { code: string; label: string; cell: Cell }[];
    };
    const columns: Column[] = [];
    for (const p of periods) {
      const totals = await totalsTable(tx, areas, p);
      const rel = (key: string) => dimensionRelease(tx, areas, p, dimensionOf(key) as Dimension, totals);
      const yes = (r: DimensionRelease) => rowOf(r, node).cells[r.dimension.categories.findIndex((c) => c.code === 'JA')]!;
      const opened = await rel('caseOpened');
      const cases = yes(opened);
      const counts = await statisticsRepo.summaryCounts(tx, p, municipalityCode);
      const concern = await rel('concernType');
      columns.push({
        inquiries: cellOf(totals, node, 0),
        cases,
        persons: cases.suppressed ? { ...cases } : lone(counts.persons),
        measureTaken: yes(await rel('measureTaken')),
        crisisCentre: yes(await rel('crisisCentre')),
        adultCrisisCentre: yes(await rel('adultCrisisCentre')),
        concern: concern.dimension.categories.map((c, k) => ({ code: c.code, label: c.label, cell: rowOf(concern, node).cells[k]! })),
      });
    }
    const fixed = [
      ['inquiries', 'Henvendelser'], ['cases', 'Sager'], ['persons', 'Personer med en sag'],
      ['measureTaken', 'Foranstaltning iværksat'], ['crisisCentre', 'Ophold på krisecenter'], ['adultCrisisCentre', 'Voksen på krisecenter'],
    ] as const;
    const rows: OverviewRow[] = [
      ...fixed.map(([key, label]) => ({ key, label, cells: columns.map((c) => view(c[key])) })),
      ...columns[0]!.concern.map((x, k) => ({ key: `concern:${x.code}`, label: `Bekymring: ${x.label}`, cells: columns.map((c) => view(c.concern[k]!.cell)) })),
    ];
    return { periods, rows };
  }, { isolationLevel: 'repeatable read' });
}

import type { Db } from '../../platform/db/client.js';
import type { Dimension } from './statistics.dimensions.js';
import { statisticsRepo, UNKNOWN_AREA, type Period } from './statistics.repository.js';
import { suppressTable, type AreaNode, type Mark, type SuppressedTable } from './suppress.js';

/**
 * One release: the tables a period publishes, suppressed together. The totals table (inquiries per national /
 * region / municipality) is computed first; every single-valued dimension table is then suppressed with its
 * total column forced to the totals table's marks, so no combination of tables of the period reveals a cell.
 * Multi-valued dimensions publish no row total: each category is its own area hierarchy.
 */
export interface Cell {
  count: number | null;
  suppressed: boolean;
  mark: Mark | null;
}

export const cellOf = (t: SuppressedTable, node: number, col: number): Cell => {
  const mark = t.mark(node, col);
  return mark ? { count: null, suppressed: true, mark } : { count: t.count(node, col), suppressed: false, mark: null };
};

/** Primary rule only, for a lone published figure that is no cell of a table (distinct persons). */
export const lone = (n: number): Cell => (n >= 1 && n <= 4 ? { count: null, suppressed: true, mark: '<5' } : { count: n, suppressed: false, mark: null });

const collator = new Intl.Collator('da');

export interface Areas {
  nodes: AreaNode[];
  /** node index by municipality code or region name */
  index: Map<string, number>;
  leafOf: (areaKey: string) => number;
}

export async function loadAreas(db: Db): Promise<Areas> {
  const munis = await statisticsRepo.municipalities(db);
  const nodes: AreaNode[] = [{ key: 'DK', name: 'Hele landet', level: 'national', parent: null }];
  const index = new Map<string, number>();
  const regions = [...new Set(munis.map((m) => m.region))].sort(collator.compare);
  for (const r of [...regions, UNKNOWN_AREA]) {
    const ri = nodes.push({ key: r, name: r === UNKNOWN_AREA ? 'Uoplyst region' : r, level: 'region', parent: 0 }) - 1;
    index.set(r === UNKNOWN_AREA ? `region:${UNKNOWN_AREA}` : r, ri);
    const inRegion = r === UNKNOWN_AREA ? [{ code: UNKNOWN_AREA, name: 'Uoplyst kommune' }] : munis.filter((m) => m.region === r).sort((a, b) => collator.compare(a.name, b.name));
    for (const m of inRegion) index.set(m.code, nodes.push({ key: m.code, name: m.name, level: 'municipality', parent: ri }) - 1);
  }
  return { nodes, index, leafOf: (k) => index.get(k) ?? index.get(UNKNOWN_AREA)! };
}

export interface DimensionRelease {
  totals: SuppressedTable;
  dimension: Dimension;
  /** single-valued: one table, categories + total; multi-valued: one table per category */
  tables: SuppressedTable[];
}

export async function totalsTable(db: Db, areas: Areas, p: Period): Promise<SuppressedTable> {
  const counts = new Map<number, number>();
  for (const r of await statisticsRepo.areaTotals(db, p)) counts.set(areas.leafOf(r.area), (counts.get(areas.leafOf(r.area)) ?? 0) + r.n);
  return totalsFrom(areas, counts);
}

const totalsFrom = (areas: Areas, counts: Map<number, number>) =>
  suppressTable({ nodes: areas.nodes, categories: ['I alt'], withTotal: false, value: (leaf) => counts.get(leaf) ?? 0 });

/**
 * A dimension's release. A single-valued dimension's totals come from the same query as its cells (the sum of
 * the categories), so the two always agree; they equal the totals table of the period (same inquiries).
 */
export async function dimensionRelease(db: Db, areas: Areas, p: Period, d: Dimension, totals?: SuppressedTable): Promise<DimensionRelease> {
  const codes = d.categories.map((c) => c.code);
  const counts = new Map<string, number>();
  for (const r of await statisticsRepo.dimensionCounts(db, p, d)) {
    const c = codes.indexOf(r.cat);
    if (c < 0) continue; // a code outside the list (never written by the API) is not published
    const k = `${areas.leafOf(r.area)}:${c}`;
    counts.set(k, (counts.get(k) ?? 0) + r.n);
  }
  const value = (leaf: number, c: number) => counts.get(`${leaf}:${c}`) ?? 0;
  if (d.multi) {
    const t = totals ?? (await totalsTable(db, areas, p));
    const tables = codes.map((code, c) =>
      suppressTable({ nodes: areas.nodes, categories: [code], withTotal: false, value: (leaf) => value(leaf, c) }));
    return { totals: t, dimension: d, tables };
  }
  const sums = new Map<number, number>();
  for (const [k, n] of counts) {
    const leaf = Number(k.split(':')[0]);
    sums.set(leaf, (sums.get(leaf) ?? 0) + n);
  }
  const t = totalsFrom(areas, sums);
  const totalMarks = new Map(areas.nodes.map((_, n) => [n, t.mark(n, 0)] as const));
  return { totals: t, dimension: d, tables: [suppressTable({ nodes: areas.nodes, categories: codes, withTotal: true, value, totalMarks })] };
}

/** The cells of one area row of a dimension release: one per category, and the row total (null when multi-valued). */
export function rowOf(r: DimensionRelease, node: number): { cells: Cell[]; total: Cell | null } {
  const K = r.dimension.categories.length;
  if (r.dimension.multi) return { cells: r.tables.map((t) => cellOf(t, node, 0)), total: null };
  const t = r.tables[0]!;
  return { cells: r.dimension.categories.map((_, c) => cellOf(t, node, c)), total: cellOf(t, node, K) };
}

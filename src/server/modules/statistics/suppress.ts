import { gaussSuppress, type LinearCell } from './suppress.gauss.js';

/**
 * Statistical disclosure control for Skjold's tables (DOMAIN.md § 11.8).
 *
 * A table is hierarchical in its rows (national ⊃ regions ⊃ municipalities) and has K category columns, plus a
 * total column for single-valued dimensions (multi-valued ones publish no row total). All levels are one table,
 * so a suppressed municipality cannot be recovered from its region minus its neighbours.
 *
 * 1. Primary: a cell of 1–4 is suppressed and shown as "<5". Zeros are always published (never secondary
 *    either), so every hidden cell is known to be at least 1.
 * 2. Secondary: Gaussian elimination (suppress.gauss.ts) suppresses further cells until no suppressed cell is
 *    a linear combination of published cells. Preference to publish: cells forced by another table of the
 *    same release, then zeros, then larger counts, then higher levels.
 * 3. Interval guard: an attacker also knows bounds ("<5" means 1–4, "–" means ≥ 1). A published equation
 *    whose suppressed terms can only fit at their bounds pins all of them; such an equation gets one more
 *    suppressed cell and step 2 runs again. If every other cell of that equation is forced published, its "<5"
 *    cells are shown as "–" instead, which drops the 1–4 bound.
 *
 * Known limits: the guard looks at one equation at a time, so a pinning that needs several equations at once
 * is caught only by the LP attack test (statistics.attack.test.ts), not at run time; the protection is against
 * exact recovery, not a minimum interval width (τ-Argus protection levels); the pattern is not minimal.
 */
export type Mark = '<5' | '–';

export interface AreaNode {
  key: string;
  name: string;
  level: 'national' | 'region' | 'municipality';
  /** index of the parent node, null for the root */
  parent: number | null;
}

export interface TableInput {
  nodes: readonly AreaNode[];
  categories: readonly string[];
  /** single-valued dimension: the row total is published as the last column */
  withTotal: boolean;
  /** counts per leaf node index and category index */
  value: (leaf: number, category: number) => number;
  /** marks of the total column, decided by the totals table of the same release (forced) */
  totalMarks?: ReadonlyMap<number, Mark | null>;
}

export interface SuppressedTable {
  nodes: readonly AreaNode[];
  categories: readonly string[];
  withTotal: boolean;
  /** true count of a cell (never publish it when mark is set) */
  count: (node: number, col: number) => number;
  mark: (node: number, col: number) => Mark | null;
  /** how often the interval guard sent the table back to the elimination */
  rounds: number;
  /** published cells and the equations between them, for the attack test */
  cells: readonly { node: number; col: number; value: number; mark: Mark | null; terms: readonly number[] }[];
}

const PRIMARY_MAX = 4;

export function suppressTable(input: TableInput): SuppressedTable {
  const { nodes, categories, withTotal } = input;
  const K = categories.length;
  const cols = K + (withTotal ? 1 : 0);
  const children: number[][] = nodes.map(() => []);
  nodes.forEach((n, i) => (n.parent !== null ? children[n.parent]!.push(i) : undefined));
  const leaves: number[] = [];
  nodes.forEach((_, i) => (children[i]!.length === 0 ? leaves.push(i) : undefined));
  const leafIndex = new Map(leaves.map((l, i) => [l, i]));
  const leavesUnder: number[][] = nodes.map(() => []);
  for (const l of leaves) for (let n: number | null = l; n !== null; n = nodes[n]!.parent) leavesUnder[n]!.push(l);

  const inner = (leaf: number, c: number) => leafIndex.get(leaf)! * K + c;
  const id = (node: number, col: number) => node * cols + col;
  const cells: LinearCell[] = [];
  const values: number[] = [];
  for (let n = 0; n < nodes.length; n++) {
    for (let col = 0; col < cols; col++) {
      const terms: number[] = [];
      let v = 0;
      for (const l of leavesUnder[n]!) {
        for (let c = 0; c < K; c++) {
          if (col < K && c !== col) continue;
          terms.push(inner(l, c));
          v += input.value(l, c);
        }
      }
      cells.push({ terms });
      values.push(v);
    }
  }

  // Equations: a node = the sum of its children (each column); a row total = the sum of its categories.
  const equations: { plus: number[]; minus: number }[] = [];
  for (let n = 0; n < nodes.length; n++) {
    if (children[n]!.length) for (let col = 0; col < cols; col++) equations.push({ plus: children[n]!.map((k) => id(k, col)), minus: id(n, col) });
    if (withTotal) equations.push({ plus: categories.map((_, c) => id(n, c)), minus: id(n, K) });
  }

  const forcedPublish = new Set<number>();
  const forcedMarks = new Map<number, Mark>();
  if (withTotal && input.totalMarks) {
    for (let n = 0; n < nodes.length; n++) {
      const m = input.totalMarks.get(n) ?? null;
      if (m) forcedMarks.set(id(n, K), m);
      else forcedPublish.add(id(n, K));
    }
  }
  // Zeros are published, always: a hidden zero next to a published zero total would be pinned at 0, and the
  // attacker may then take every "–" to be at least 1.
  values.forEach((v, i) => (v === 0 && !forcedMarks.has(i) ? forcedPublish.add(i) : undefined));
  const primaries = new Set<number>();
  values.forEach((v, i) => (v >= 1 && v <= PRIMARY_MAX && !forcedPublish.has(i) ? primaries.add(i) : undefined));

  const LEVEL_RANK = { national: 0, region: 1, municipality: 2 } as const;
  const levelOf = nodes.map((n) => LEVEL_RANK[n.level]);
  const level = (i: number) => levelOf[Math.floor(i / cols)]!;
  const order = values
    .map((v, i) => i)
    .filter((i) => !primaries.has(i))
    .sort((a, b) => {
      const fa = forcedPublish.has(a) ? 0 : 1;
      const fb = forcedPublish.has(b) ? 0 : 1;
      if (fa !== fb) return fa - fb;
      const za = values[a] === 0 ? 0 : 1;
      const zb = values[b] === 0 ? 0 : 1;
      if (za !== zb) return za - zb;
      if (values[a] !== values[b]) return values[b]! - values[a]!;
      return level(a) - level(b) || a - b;
    });

  // The guard widens with the cell least wanted published: the last in the elimination's order.
  const rank = new Map(order.map((c, k) => [c, k]));
  const extra = new Set<number>(forcedMarks.keys());
  const blurred = new Set<number>(); // "<5" cells shown as "–" because no other cell could widen their equation
  let suppressed = new Set<number>();
  const markOf = (i: number): Mark | null => {
    if (forcedMarks.has(i)) return forcedMarks.get(i)!;
    if (!suppressed.has(i)) return null;
    return primaries.has(i) && !blurred.has(i) ? '<5' : '–';
  };

  const eqCells = equations.map((eq) => [...eq.plus.map((c) => ({ c, s: 1 })), { c: eq.minus, s: -1 }]);
  const eqsOf = new Map<number, number[]>();
  eqCells.forEach((all, e) =>
    all.forEach(({ c }) => {
      const list = eqsOf.get(c);
      if (list) list.push(e);
      else eqsOf.set(c, [e]);
    }));

  let rounds = 0;
  for (let round = 0; round < 500; round++) {
    suppressed = gaussSuppress(cells, new Set([...primaries, ...extra]), order, forcedPublish);
    const pinned = pinnedCells(eqCells, values, markOf);
    if (pinned.length === 0) break;
    // Widen each pinned cell's equations with one more suppressed cell, the lowest level's least wanted; when
    // every other cell there is forced published, drop the 1–4 bound of the "<5" cells.
    let changed = false;
    for (const p of pinned) {
      const around = (eqsOf.get(p) ?? []).flatMap((e) => eqCells[e]!.map(({ c }) => c));
      const candidate = around
        .filter((c) => !markOf(c) && !forcedPublish.has(c) && !extra.has(c))
        .sort((a, b) => level(b) - level(a) || rank.get(b)! - rank.get(a)!)[0];
      if (candidate !== undefined) {
        extra.add(candidate);
        changed = true;
        continue;
      }
      const primaryHere = around.filter((c) => markOf(c) === '<5' && !blurred.has(c));
      if (primaryHere.length) {
        primaryHere.forEach((c) => blurred.add(c));
        changed = true;
      }
    }
    rounds = round + 1;
    if (!changed) break;
  }

  return {
    nodes,
    categories,
    withTotal,
    count: (node, col) => values[id(node, col)]!,
    mark: (node, col) => markOf(id(node, col)),
    rounds,
    cells: values.map((value, i) => ({ node: Math.floor(i / cols), col: i % cols, value, mark: markOf(i), terms: cells[i]!.terms })),
  };
}

/**
 * Interval propagation over the published equations (integer bounds: what "<5" and "–" say, published cells
 * exact), to a fixpoint. Returns the suppressed cells whose interval has collapsed to one value.
 */
export function pinnedCells(
  equations: readonly (readonly { c: number; s: number }[])[],
  values: readonly number[],
  markOf: (c: number) => Mark | null,
): number[] {
  const lo = new Map<number, number>();
  const hi = new Map<number, number>();
  for (const eq of equations) {
    for (const { c } of eq) {
      if (lo.has(c)) continue;
      const m = markOf(c);
      if (!m) {
        lo.set(c, values[c]!);
        hi.set(c, values[c]!);
      } else if (m === '<5') {
        lo.set(c, 1);
        hi.set(c, PRIMARY_MAX);
      } else {
        lo.set(c, 1);
        hi.set(c, Infinity);
      }
    }
  }
  for (let sweep = 0, changed = true; changed && sweep < 100; sweep++) {
    changed = false;
    for (const eq of equations) {
      // Σ s·x = 0. For each term: s·x = −Σ others, whose range is [−max others, −min others].
      let sumLo = 0;
      let sumHi = 0;
      for (const { c, s } of eq) {
        sumLo += s > 0 ? lo.get(c)! : -hi.get(c)!;
        sumHi += s > 0 ? hi.get(c)! : -lo.get(c)!;
      }
      for (const { c, s } of eq) {
        if (!markOf(c)) continue;
        const own = [s > 0 ? lo.get(c)! : -hi.get(c)!, s > 0 ? hi.get(c)! : -lo.get(c)!];
        const othersLo = sumLo - own[0]!;
        const othersHi = sumHi - own[1]!;
        // s·x ∈ [−othersHi, −othersLo]
        let l = s > 0 ? -othersHi : othersLo;
        let u = s > 0 ? -othersLo : othersHi;
        if (Number.isNaN(l)) l = -Infinity;
        if (Number.isNaN(u)) u = Infinity;
        const nl = Math.max(lo.get(c)!, Math.ceil(l));
        const nu = Math.min(hi.get(c)!, Math.floor(u));
        if (nl > lo.get(c)! || nu < hi.get(c)!) {
          lo.set(c, nl);
          hi.set(c, nu);
          changed = true;
        }
      }
    }
  }
  return [...lo.keys()].filter((c) => markOf(c) && lo.get(c)! >= hi.get(c)!);
}

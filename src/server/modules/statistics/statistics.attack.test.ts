import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import highsLoader from 'highs';
import { suppressTable, type AreaNode, type Mark, type SuppressedTable } from './suppress.js';

/**
 * The attack: everything one release publishes (the totals table and a dimension table over the same areas) is a
 * set of linear equations over the inner cells, plus what the marks say ("<5": 1–4, "–": ≥ 1 as zeros are never
 * hidden, counts ≥ 0). For
 * each suppressed cell a linear program asks for the smallest and largest value consistent with all of it; the
 * cell is disclosed when the two meet.
 */
type Highs = Awaited<ReturnType<typeof highsLoader>>;
let highs: Highs;
before(async () => {
  highs = await highsLoader();
});

const v = (i: number) => `z${i}`;
const sum = (terms: readonly number[]) => (terms.length ? terms.map(v).join(' + ') : '0 z0');

function lpInterval(tables: SuppressedTable[], target: readonly number[], nInner: number): [number, number] {
  const rows: string[] = [];
  let k = 0;
  const seen = new Set<string>();
  for (const t of tables) {
    for (const cell of t.cells) {
      const key = `${cell.terms.join(',')}|${cell.mark ?? cell.value}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (cell.mark === null) rows.push(` c${k++}: ${sum(cell.terms)} = ${cell.value}`);
      else if (cell.mark === '<5') rows.push(` c${k++}: ${sum(cell.terms)} >= 1`, ` c${k++}: ${sum(cell.terms)} <= 4`);
      else rows.push(` c${k++}: ${sum(cell.terms)} >= 1`); // zeros are never hidden
    }
  }
  const bounds = Array.from({ length: nInner }, (_, i) => ` ${v(i)} >= 0`).join('\n');
  const solve = (sense: 'Minimize' | 'Maximize') => {
    const lp = `${sense}\n obj: ${sum(target)}\nSubject To\n${rows.join('\n')}\nBounds\n${bounds}\nEnd\n`;
    const r = highs.solve(lp, { output_flag: false } as never);
    // A hidden cell with nothing above it has no upper bound: unbounded is the safest answer there is.
    if (sense === 'Maximize' && r.Status === 'Unbounded') return Infinity;
    assert.equal(r.Status, 'Optimal', `LP ${sense}: ${r.Status}`);
    return r.ObjectiveValue;
  };
  return [solve('Minimize'), solve('Maximize')];
}

function hierarchy(regions: number[]): AreaNode[] {
  const nodes: AreaNode[] = [{ key: 'DK', name: 'Hele landet', level: 'national', parent: null }];
  regions.forEach((m, r) => {
    const ri = nodes.push({ key: `R${r}`, name: `Region ${r}`, level: 'region', parent: 0 }) - 1;
    for (let j = 0; j < m; j++) nodes.push({ key: `M${r}.${j}`, name: `Kommune ${r}.${j}`, level: 'municipality', parent: ri });
  });
  return nodes;
}

/** The release for one dimension: the totals table first, then the dimension table forced to its marks. */
function release(nodes: AreaNode[], data: number[][], withTotal: boolean) {
  const leaves = nodes.map((n, i) => (n.level === 'municipality' ? i : -1)).filter((i) => i >= 0);
  const row = (leaf: number) => data[leaves.indexOf(leaf)]!;
  const K = data[0]!.length;
  if (!withTotal) {
    // Multi-valued: one table per category, no row total.
    return Array.from({ length: K }, (_, c) =>
      suppressTable({ nodes, categories: [`C${c}`], withTotal: false, value: (leaf) => row(leaf)[c]! }));
  }
  const totals = suppressTable({ nodes, categories: ['I alt'], withTotal: false, value: (leaf) => row(leaf).reduce((a, b) => a + b, 0) });
  const totalMarks = new Map<number, Mark | null>(nodes.map((_, n) => [n, totals.mark(n, 0)]));
  const table = suppressTable({ nodes, categories: Array.from({ length: K }, (_, c) => `C${c}`), withTotal: true, value: (leaf, c) => row(leaf)[c]!, totalMarks });
  return [totals, table];
}

/** For a multi-valued release each category is its own system; the totals table shares inner cells with the dimension table. */
function attack(nodes: AreaNode[], data: number[][], withTotal: boolean): string[] {
  const tables = release(nodes, data, withTotal);
  const K = data[0]!.length;
  const problems: string[] = [];
  if (withTotal) {
    const [totals, table] = tables as [SuppressedTable, SuppressedTable];
    // The totals table's inner cells are leaf totals: rewrite its terms over the dimension's inner cells.
    const asDim: SuppressedTable = { ...totals, cells: totals.cells.map((c) => ({ ...c, terms: table.cells.find((d) => d.node === c.node && d.col === K)!.terms })) };
    for (const cell of table.cells) {
      if (!cell.mark) continue;
      const [lo, hi] = lpInterval([asDim, table], cell.terms, data.length * K);
      if (hi - lo < 1e-6) problems.push(`${nodes[cell.node]!.key}/${cell.col} = ${cell.value} (${cell.mark}) pinned at ${lo}`);
    }
  } else {
    for (const t of tables) {
      for (const cell of t.cells) {
        if (!cell.mark) continue;
        const [lo, hi] = lpInterval([t], cell.terms, data.length);
        if (hi - lo < 1e-6) problems.push(`${nodes[cell.node]!.key}/${t.categories[0]} = ${cell.value} (${cell.mark}) pinned at ${lo}`);
      }
    }
  }
  return problems;
}

// Small counts on purpose: most cells near the threshold, many zeros, some large.
const count = fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 0, max: 5 }) }, { weight: 2, arbitrary: fc.integer({ min: 0, max: 20 }) });
const shape = fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 3 });

describe('statistics suppression: attack with a linear program', () => {
  it('no suppressed cell of a region/municipality table with totals can be pinned to one value', () => {
    fc.assert(
      fc.property(shape, fc.integer({ min: 2, max: 4 }), fc.infiniteStream(count), (regions, K, stream) => {
        const nodes = hierarchy(regions);
        const leaves = regions.reduce((a, b) => a + b, 0);
        const it = stream[Symbol.iterator]();
        const data = Array.from({ length: leaves }, () => Array.from({ length: K }, () => it.next().value as number));
        const problems = attack(nodes, data, true);
        assert.deepEqual(problems, [], `data ${JSON.stringify(data)} regions ${JSON.stringify(regions)}`);
      }),
      { numRuns: 25, seed: 20261201 },
    );
  });

  it('no suppressed cell of a multi-valued table (no row total) can be pinned', () => {
    fc.assert(
      fc.property(shape, fc.infiniteStream(count), (regions, stream) => {
        const nodes = hierarchy(regions);
        const leaves = regions.reduce((a, b) => a + b, 0);
        const it = stream[Symbol.iterator]();
        const data = Array.from({ length: leaves }, () => Array.from({ length: 2 }, () => it.next().value as number));
        assert.deepEqual(attack(nodes, data, false), [], `data ${JSON.stringify(data)}`);
      }),
      { numRuns: 15, seed: 7 },
    );
  });

  it('the attack finds a disclosure when secondary suppression is left out (the test can fail)', () => {
    // One region, two municipalities: 3 and 9, region total 12 published. Only the primary hidden: 12 - 9 = 3.
    const nodes = hierarchy([2]);
    const totals = suppressTable({ nodes, categories: ['I alt'], withTotal: false, value: (leaf) => (leaf === 2 ? 3 : 9) });
    const naive: SuppressedTable = { ...totals, cells: totals.cells.map((c) => ({ ...c, mark: c.value >= 1 && c.value <= 4 ? ('<5' as const) : null })) };
    const cell = naive.cells.find((c) => c.mark)!;
    const [lo, hi] = lpInterval([naive], cell.terms, 2);
    assert.equal(lo, 3);
    assert.equal(hi, 3);
    // …and the real pattern hides the complement too.
    assert.equal(totals.mark(2, 0), '<5');
    assert.equal(totals.mark(3, 0), '–');
  });
});

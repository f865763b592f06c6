/**
 * Secondary cell suppression by Gaussian elimination (after Langsrud, "Secondary Cell Suppression by Gaussian
 * Elimination", the method of the R package SSBtools/GaussSuppression). A linear table is a set of *inner*
 * cells (the finest counts) and *published* cells, each the sum of some inner cells. A suppressed cell can be
 * recovered exactly from the published ones (by any linear reasoning) iff its vector lies in the span of the
 * published cells' vectors. The greedy below walks the candidates in order of preference to publish and
 * publishes a candidate unless that would put a protected cell into the span; then the candidate itself is
 * suppressed (secondary) and protected from then on.
 *
 * Arithmetic is exact: coefficients modulo a prime below 2^26, so products stay exact doubles. Residuals are
 * dense (one slot per inner cell), basis rows sparse.
 */
const P = 67108859;
const mod = (a: number) => ((a % P) + P) % P;
function inv(a: number): number {
  let r = 1;
  let b = mod(a);
  let e = P - 2;
  while (e > 0) {
    if (e & 1) r = (r * b) % P;
    b = (b * b) % P;
    e = Math.floor(e / 2);
  }
  return r;
}

interface Row {
  idx: Int32Array;
  coef: Float64Array;
}

/** A residual with its signature (largest non-zero index and number of non-zeros) for quick parallel tests. */
interface Residual {
  v: Float64Array;
  top: number;
  nnz: number;
}

function signature(v: Float64Array): { top: number; nnz: number } {
  let top = -1;
  let nnz = 0;
  for (let k = 0; k < v.length; k++) {
    if (v[k] !== 0) {
      top = k;
      nnz += 1;
    }
  }
  return { top, nnz };
}

function parallel(a: Residual, b: Residual): boolean {
  if (a.top !== b.top || a.nnz !== b.nnz || a.nnz === 0) return false;
  const ratio = (a.v[a.top]! * inv(b.v[b.top]!)) % P;
  for (let k = 0; k <= a.top; k++) {
    const x = a.v[k]!;
    const y = b.v[k]!;
    if ((x === 0) !== (y === 0)) return false;
    if (x !== 0 && x !== (ratio * y) % P) return false;
  }
  return true;
}

export interface LinearCell {
  /** Indices of the inner cells this cell sums (an inner cell is the sum of itself). */
  terms: readonly number[];
}

/**
 * @param cells every cell of the table
 * @param protect cells that start suppressed and must stay unrecoverable (primary, or forced)
 * @param order the other cells, most wanted published first; forced-published cells come first in it
 * @param forcedPublish cells that are published whatever happens (published elsewhere in the same release)
 * @returns the set of suppressed cells (protect ∪ the secondary ones)
 */
export function gaussSuppress(
  cells: readonly LinearCell[],
  protect: ReadonlySet<number>,
  order: readonly number[],
  forcedPublish: ReadonlySet<number> = new Set(),
): Set<number> {
  const suppressed = new Set(protect);
  if (protect.size === 0) return suppressed;
  let n = 0;
  for (const c of cells) for (const t of c.terms) if (t + 1 > n) n = t + 1;
  const rows: (Row | undefined)[] = new Array(n);

  const reduce = (terms: readonly number[]): Residual => {
    const v = new Float64Array(n);
    for (const t of terms) v[t] = (v[t]! + 1) % P;
    for (let k = n - 1; k >= 0; k--) {
      const f = v[k]!;
      const row = rows[k];
      if (f === 0 || !row) continue;
      for (let j = 0; j < row.idx.length; j++) {
        const i = row.idx[j]!;
        v[i] = mod(v[i]! - f * row.coef[j]!);
      }
    }
    return { v, ...signature(v) };
  };

  const guarded = new Map<number, Residual>();
  for (const i of protect) guarded.set(i, reduce(cells[i]!.terms));

  for (const c of order) {
    if (suppressed.has(c)) continue;
    const rc = reduce(cells[c]!.terms);
    if (rc.nnz === 0) continue; // already derivable from what is published: publishing adds nothing
    let discloses = false;
    if (!forcedPublish.has(c)) {
      for (const rs of guarded.values()) {
        if (parallel(rs, rc)) {
          discloses = true;
          break;
        }
      }
    }
    if (discloses) {
      suppressed.add(c);
      guarded.set(c, rc);
      continue;
    }
    // Publish: rc becomes a basis row with its largest index as pivot; protected residuals lose that index.
    const pivot = rc.top;
    const s = inv(rc.v[pivot]!);
    const idx: number[] = [];
    const coef: number[] = [];
    for (let k = 0; k <= pivot; k++) {
      if (rc.v[k] !== 0) {
        idx.push(k);
        coef.push((rc.v[k]! * s) % P);
      }
    }
    const row = { idx: Int32Array.from(idx), coef: Float64Array.from(coef) };
    rows[pivot] = row;
    for (const rs of guarded.values()) {
      const f = rs.v[pivot]!;
      if (f === 0) continue;
      for (let j = 0; j < row.idx.length; j++) {
        const i = row.idx[j]!;
        rs.v[i] = mod(rs.v[i]! - f * row.coef[j]!);
      }
      const sig = signature(rs.v);
      rs.top = sig.top;
      rs.nnz = sig.nnz;
    }
  }
  return suppressed;
}

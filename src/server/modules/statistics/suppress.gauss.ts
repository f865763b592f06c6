/**
 * Secondary cell suppression by Gaussian elimination (after Langsrud, "Secondary Cell Suppression by Gaussian
 * Elimination", the method of the R package SSBtools/GaussSuppression). A linear table is a set of *inner*
 * cells (the finest counts) and *published* cells, each the sum of some inner cells. A suppressed cell can be
 * recovered exactly from the published ones (by any linear reasoning) iff its vector lies in the span of the
 * published cells' vectors. The greedy below walks the candidates in order of preference to publish and
 * publishes a candidate unless that would put a protected cell into the span; then the candidate itself is
 * suppressed (secondary) and protected from then on.
 *
 * Arithmetic is exact: vectors have coefficients modulo a prime below 2^26 so products stay exact doubles.
 */
const P = 67108859;

type Vec = Map<number, number>;

const mod = (a: number) => ((a % P) + P) % P;
function inv(a: number): number {
  // Fermat: a^(P-2) mod P, with exact modular multiplication on doubles (a, b < 2^26).
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

function maxKey(v: Vec): number {
  let m = -1;
  for (const k of v.keys()) if (k > m) m = k;
  return m;
}

/** Echelon basis: each vector has its pivot as its largest key and coefficient 1 there. */
class Basis {
  private readonly rows = new Map<number, Vec>();

  /** The canonical residual of v modulo the span: no key of it is a pivot. */
  reduce(v: Vec): Vec {
    const r = new Map(v);
    for (;;) {
      let p = -1;
      for (const k of r.keys()) if (k > p && this.rows.has(k)) p = k;
      if (p < 0) return r;
      const f = r.get(p)!;
      for (const [k, c] of this.rows.get(p)!) {
        const n = mod((r.get(k) ?? 0) - f * c);
        if (n === 0) r.delete(k);
        else r.set(k, n);
      }
    }
  }

  /** Adds a reduced, non-zero residual; returns its normalised form and pivot. */
  add(residual: Vec): { pivot: number; row: Vec } {
    const pivot = maxKey(residual);
    const s = inv(residual.get(pivot)!);
    const row: Vec = new Map();
    for (const [k, c] of residual) row.set(k, (c * s) % P);
    this.rows.set(pivot, row);
    return { pivot, row };
  }
}

function parallel(a: Vec, b: Vec): boolean {
  if (a.size !== b.size || a.size === 0) return false;
  let ratio: number | null = null;
  for (const [k, ca] of a) {
    const cb = b.get(k);
    if (cb === undefined) return false;
    const q = (ca * inv(cb)) % P;
    if (ratio === null) ratio = q;
    else if (q !== ratio) return false;
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
  const basis = new Basis();
  const vecOf = (i: number): Vec => {
    const v: Vec = new Map();
    for (const t of cells[i]!.terms) v.set(t, mod((v.get(t) ?? 0) + 1));
    return v;
  };
  // Protected cells with their residuals modulo the published span.
  const guarded = new Map<number, Vec>();
  for (const i of protect) guarded.set(i, basis.reduce(vecOf(i)));

  for (const c of order) {
    if (suppressed.has(c)) continue;
    const rc = basis.reduce(vecOf(c));
    if (rc.size === 0) continue; // already derivable from what is published: publishing adds nothing
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
    const { pivot, row } = basis.add(rc);
    for (const [s, rs] of guarded) {
      const f = rs.get(pivot);
      if (f === undefined) continue;
      for (const [k, co] of row) {
        const n = mod((rs.get(k) ?? 0) - f * co);
        if (n === 0) rs.delete(k);
        else rs.set(k, n);
      }
      guarded.set(s, rs);
    }
  }
  return suppressed;
}

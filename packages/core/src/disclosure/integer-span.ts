import { gcd } from './rational.js';

// The exact linear span of integer vectors, built one vector at a time by fraction-free Gaussian
// elimination over bigint. Internal to protectTable (not exported from the barrel).
//
// Each stored row has a pivot (its first non-zero entry) and zeros at the pivots of the rows
// stored before it. Reducing a vector by the rows in the order they were stored leaves a
// *residual* with zeros at every pivot; the vector lies in the span exactly when the residual is 0.
// Residuals are divided by the gcd of their entries and signed so that the first non-zero entry is
// positive, so that entries stay small and parallel residuals are equal.

/** An integer vector. */
export type IntVector = readonly bigint[];

/** Index of the first non-zero entry, or -1 for the zero vector. */
export function pivotOf(v: IntVector): number {
  return v.findIndex((x) => x !== 0n);
}

/** `v` divided by the gcd of its entries, first non-zero entry positive (the zero vector as is). */
export function normalise(v: IntVector): bigint[] {
  const p = pivotOf(v);
  if (p < 0) return [...v];
  let g = 0n;
  for (const x of v) g = gcd(g, x);
  if ((v[p] as bigint) < 0n) g = -g;
  return v.map((x) => x / g);
}

/**
 * Eliminates `row`'s pivot entry from `v`: `row[p]·v − v[p]·row`, normalised (`v` unchanged when its
 * entry at the pivot is already 0). `row` must be non-zero with pivot `p`.
 */
export function eliminate(v: IntVector, row: IntVector, p: number): bigint[] {
  const vp = v[p] as bigint;
  if (vp === 0n) return [...v];
  const rp = row[p] as bigint;
  return normalise(v.map((x, i) => rp * x - vp * (row[i] as bigint)));
}

/** True when the vectors are equal entry by entry. */
export function sameVector(a: IntVector, b: IntVector): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The span of the vectors added so far (all of one dimension). */
export class IntegerSpan {
  private readonly rows: { readonly pivot: number; readonly v: IntVector }[] = [];

  /** Number of linearly independent vectors added. */
  get rank(): number {
    return this.rows.length;
  }

  /** `v` reduced by every stored row: zero exactly when `v` lies in the span; normalised. */
  residual(v: IntVector): bigint[] {
    let r = normalise(v);
    for (const row of this.rows) r = eliminate(r, row.v, row.pivot);
    return r;
  }

  /** True when `v` is a linear combination of the vectors added. */
  contains(v: IntVector): boolean {
    return pivotOf(this.residual(v)) < 0;
  }

  /**
   * Adds a residual returned by {@link residual} (so already reduced); returns its pivot, or -1 when
   * it is the zero vector and the span is unchanged.
   */
  addResidual(r: IntVector): number {
    const pivot = pivotOf(r);
    if (pivot >= 0) this.rows.push({ pivot, v: [...r] });
    return pivot;
  }

  /** Adds any vector; returns true when the span grew. */
  add(v: IntVector): boolean {
    return this.addResidual(this.residual(v)) >= 0;
  }
}

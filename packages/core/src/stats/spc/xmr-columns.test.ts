import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../errors/index.js';
import { pointsInShift } from './shift.js';
import { pointsInTrend } from './trend.js';
import { pointsInTwoOfThreeNearLimits } from './two-of-three-near-limits.js';
import { pointsOutsideLimits } from './outside-limits.js';
import { xmr, type XmrOptions } from './xmr.js';
import {
  XMR_FLAG_OUTSIDE_LIMITS,
  XMR_FLAG_SHIFT,
  XMR_FLAG_TREND,
  XMR_FLAG_TREND_INCREASING,
  XMR_FLAG_TWO_OF_THREE,
  xmrColumns,
  xmrPanel,
  type XmrColumnOptions,
  type XmrColumns,
} from './xmr-columns.js';
import { xmrLimits } from './xmr-limits.js';

/** The point objects xmr would build, from the columns: rule, side and the lines, per point. */
function asXmr(values: readonly number[], c: XmrColumns) {
  const points = [];
  for (let k = 0; k + 1 < c.start.length; k += 1) {
    for (let i = c.start[k]!; i < c.start[k + 1]!; i += 1) {
      const f = c.flags[i]!;
      const side = values[i]! > c.mean[k]! ? 'high' : 'low';
      const causes = [];
      if (f & XMR_FLAG_OUTSIDE_LIMITS) causes.push({ rule: 'outside-limits', side });
      if (f & XMR_FLAG_TREND) causes.push({ rule: 'trend', side: f & XMR_FLAG_TREND_INCREASING ? 'high' : 'low' });
      if (f & XMR_FLAG_TWO_OF_THREE) causes.push({ rule: 'two-of-three', side });
      if (f & XMR_FLAG_SHIFT) causes.push({ rule: 'shift', side });
      points.push({ segment: k, mean: c.mean[k], lower: c.lower[k], upper: c.upper[k], nearLower: c.nearLower[k], nearUpper: c.nearUpper[k], causes });
    }
  }
  return points;
}

const fromXmr = (values: readonly number[], options: XmrOptions) =>
  xmr(values, options).points.map((p) => ({ segment: p.segment, mean: p.mean, lower: p.lower, upper: p.upper, nearLower: p.nearLower, nearUpper: p.nearUpper, causes: p.causes }));

/** xmrColumns, or xmrPanel when there is one segment (both run the same core; this covers both entry points). */
function xmrPanelOrColumns(values: readonly number[], options: XmrColumnOptions): XmrColumns {
  if (options.rebaseAt?.length === 0) {
    const { rebaseAt: _, ...panelOptions } = options;
    return xmrPanel(new Float64Array(values), values.length, panelOptions);
  }
  return xmrColumns(values, options);
}

describe('xmrColumns', () => {
  const vignette = [1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1];

  it('gives the NHSRplotthedots vignette limits and flags only the 10', () => {
    const c = xmrColumns(vignette);
    expect(c.mean[0]).toBeCloseTo(1.944, 3);
    expect(c.lower[0]).toBeCloseTo(-3.06, 2);
    expect(c.upper[0]).toBeCloseTo(6.95, 2);
    expect([...c.flags].map((f, i) => (f ? i : -1)).filter((i) => i >= 0)).toEqual([4]);
    expect(c.flags[4]).toBe(XMR_FLAG_OUTSIDE_LIMITS);
  });

  it('agrees with each rule predicate on its own (one segment)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 2, maxLength: 60 }), fc.integer({ min: 2, max: 9 }), (values, run) => {
        const c = xmrColumns(values, { shiftRunLength: run });
        const lines = xmrLimits(values);
        const outside = pointsOutsideLimits(values, lines);
        const trend = pointsInTrend(values);
        const two = pointsInTwoOfThreeNearLimits(values, lines);
        const shift = pointsInShift(values, lines.mean, run);
        values.forEach((_, i) => {
          const f = c.flags[i]!;
          expect((f & XMR_FLAG_OUTSIDE_LIMITS) !== 0).toBe(outside[i]);
          expect((f & XMR_FLAG_TREND) === 0 ? null : f & XMR_FLAG_TREND_INCREASING ? 'increasing' : 'decreasing').toBe(trend[i]);
          expect((f & XMR_FLAG_TWO_OF_THREE) !== 0).toBe(two[i]);
          expect((f & XMR_FLAG_SHIFT) !== 0).toBe(shift[i]);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('equals xmr point by point on random series and options (rebases, baselines, screening, run lengths)', () => {
    const arb = seriesWithOptions(
      fc.oneof(
        fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 2, maxLength: 50 }),
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }), { minLength: 2, maxLength: 50 }),
        fc.tuple(fc.integer({ min: -3, max: 3 }), fc.integer({ min: 2, max: 30 })).map(([v, n]) => Array.from({ length: n }, () => v)),
      ),
      48,
    );
    fc.assert(
      fc.property(arb, ({ values, ...options }) => {
        const expected = fromXmr(values, { improvement: 'neither', ...options });
        expect(asXmr(values, xmrColumns(values, options))).toEqual(expected);
        expect(asXmr(values, xmrColumns(new Float64Array(values), options))).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });

  it('marks what the rule predicates mark, segment by segment, on series rich in runs (trends, peaks, ties, shifts)', () => {
    // xmr is built on the columnar core, so this is the independent check: each segment's lines from
    // xmrLimits over its baseline (bit for bit) and each rule's predicate over the segment. The series
    // are walks of sticky steps (rises, falls, flat stretches), scaled, so trends of 7, trends meeting
    // at a peak or a trough, equal neighbours and long shifts all occur.
    const walk = fc
      .tuple(
        fc.array(fc.tuple(fc.integer({ min: -1, max: 1 }), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 3 })), { minLength: 1, maxLength: 14 }),
        fc.constantFrom(1, 0.1, 1e-3, 7.25),
        fc.integer({ min: -50, max: 50 }),
      )
      .map(([legs, scale, offset]) => {
        const values = [offset * scale];
        for (const [direction, length, size] of legs) {
          for (let j = 0; j < length; j += 1) values.push((values.at(-1) as number) + direction * size * scale);
        }
        return values;
      })
      .filter((values) => values.length >= 2);
    const arb = seriesWithOptions(walk, 120);
    let trendPoints = 0;
    fc.assert(
      fc.property(arb, ({ values, rebaseAt, baselineLength, screenOutliers, shiftRunLength }) => {
        const c = xmrPanelOrColumns(values, { rebaseAt, baselineLength, screenOutliers, shiftRunLength });
        const bounds = [0, ...rebaseAt, values.length];
        for (let k = 0; k + 1 < bounds.length; k += 1) {
          const segment = values.slice(bounds[k], bounds[k + 1]);
          const baseline = Math.min(baselineLength ?? segment.length, segment.length);
          const lines = xmrLimits(segment.slice(0, baseline), { screenOutliers });
          expect(c.baselineLength[k]).toBe(baseline);
          expect([c.mean[k], c.averageMovingRange[k], c.lower[k], c.upper[k], c.nearLower[k], c.nearUpper[k]]).toEqual([
            lines.mean, lines.averageMovingRange, lines.lower, lines.upper, lines.nearLower, lines.nearUpper,
          ]);
          const outside = pointsOutsideLimits(segment, lines);
          const trend = pointsInTrend(segment);
          const two = pointsInTwoOfThreeNearLimits(segment, lines);
          const shift = pointsInShift(segment, lines.mean, shiftRunLength);
          const flags = [...c.flags.subarray(bounds[k], bounds[k + 1])];
          expect(flags.map((f) => (f & XMR_FLAG_OUTSIDE_LIMITS) !== 0)).toEqual(outside);
          expect(flags.map((f) => ((f & XMR_FLAG_TREND) === 0 ? null : f & XMR_FLAG_TREND_INCREASING ? 'increasing' : 'decreasing'))).toEqual(trend);
          expect(flags.map((f) => (f & XMR_FLAG_TWO_OF_THREE) !== 0)).toEqual(two);
          expect(flags.map((f) => (f & XMR_FLAG_SHIFT) !== 0)).toEqual(shift);
          trendPoints += trend.filter((d) => d !== null).length;
        }
      }),
      { numRuns: 400 },
    );
    // The walks do make trends (this check would be empty otherwise).
    expect(trendPoints).toBeGreaterThan(1000);
  });

  it('throws typed errors at entry', () => {
    expect(() => xmrColumns([1])).toThrow(InvalidInputError);
    expect(() => xmrColumns([1, Number.NaN, 3])).toThrow(/values\[1\]/);
    expect(() => xmrColumns(new Float64Array([1, Infinity]))).toThrow(InvalidInputError);
    expect(() => xmrColumns([1, 2, 3], { shiftRunLength: 1 })).toThrow(InvalidInputError);
    expect(() => xmrColumns([1, 2, 3], { rebaseAt: [2] })).toThrow(/segment 1/);
    expect(() => xmrColumns([1, 2, 3], { improvement: 'increase' } as never)).toThrow(InvalidInputError);
    expect(() => xmrColumns([-1e308, 1e308])).toThrow(InvalidInputError);
  });
});

describe('xmrPanel', () => {
  it('equals xmrColumns on each series of the panel', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 30 }).chain((n) => fc.tuple(fc.constant(n), fc.array(fc.array(fc.integer({ min: -9, max: 9 }), { minLength: n, maxLength: n }), { minLength: 1, maxLength: 5 }))),
        fc.integer({ min: 2, max: 8 }),
        ([n, rows], run) => {
          const panel = xmrPanel(new Float64Array(rows.flat()), n, { shiftRunLength: run });
          rows.forEach((row, k) => {
            const one = xmrColumns(row, { shiftRunLength: run });
            expect(panel.mean[k]).toBe(one.mean[0]);
            expect(panel.averageMovingRange[k]).toBe(one.averageMovingRange[0]);
            expect(panel.lower[k]).toBe(one.lower[0]);
            expect(panel.upper[k]).toBe(one.upper[0]);
            expect([...panel.flags.subarray(k * n, (k + 1) * n)]).toEqual([...one.flags]);
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('throws typed errors at entry', () => {
    expect(() => xmrPanel([1, 2, 3, 4] as never, 2)).toThrow(InvalidInputError);
    expect(() => xmrPanel(new Float64Array([1, 2, 3]), 2)).toThrow(InvalidInputError);
    expect(() => xmrPanel(new Float64Array([1, 2, 3, 4]), 1)).toThrow(InvalidInputError);
    expect(() => xmrPanel(new Float64Array([1, 2, 3, 4]), 2, { rebaseAt: [1] } as never)).toThrow(InvalidInputError);
  });
});

/** Series from `values` with random xmr options: rebase indices (cut points up to `maxCut`, each segment at least 2 points), baseline, screening, run length. */
function seriesWithOptions(values: fc.Arbitrary<number[]>, maxCut: number) {
  return fc
    .record({
      values,
      cuts: fc.array(fc.integer({ min: 2, max: maxCut }), { maxLength: 3 }),
      baselineLength: fc.option(fc.integer({ min: 2, max: 20 }), { nil: undefined }),
      screenOutliers: fc.boolean(),
      shiftRunLength: fc.integer({ min: 2, max: 10 }),
    })
    .map(({ values: series, cuts, ...rest }) => {
      const rebaseAt: number[] = [];
      for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
        if (cut - (rebaseAt.at(-1) ?? 0) >= 2 && series.length - cut >= 2) rebaseAt.push(cut);
      }
      return { values: series, rebaseAt, ...rest };
    });
}

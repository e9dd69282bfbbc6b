import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../errors/index.js';
import { NHSR_COMMIT, RNORM_SEED_123, VIGNETTE_DEVIATIONS } from './nhsr-fixtures.test-data.js';
import { xmr, XMR_MIN_RECOMMENDED_POINTS } from './xmr.js';
import { xmrLimits } from './xmr-limits.js';

const significant = (x: number, digits: number) => Number(x.toPrecision(digits));

describe(`xmr (NHS Making Data Count, matching NHSRplotthedots ${NHSR_COMMIT.slice(0, 7)})`, () => {
  it('reproduces the "Deviations from Excel defaults" vignette (screen_outliers = FALSE)', () => {
    const r = xmr(VIGNETTE_DEVIATIONS, { improvement: 'increase' });
    const [segment] = r.segments;
    expect(segment?.upper.toFixed(2)).toBe('6.95');
    expect(segment?.mean.toFixed(2)).toBe('1.94');
    expect(segment?.lower.toFixed(2)).toBe('-3.06');
    // "four grey common cause points followed by a single blue special cause improvement point", the rest common cause
    expect(r.points.map((p) => p.variation)).toEqual(
      VIGNETTE_DEVIATIONS.map((_, i) => (i === 4 ? 'special_cause_improvement' : 'common_cause')),
    );
    expect(r.points[4]?.specialCause).toEqual({ rule: 'outside-limits', side: 'high' });
    expect(r.warnings).toEqual([]);
  });

  it('reproduces the ptd_spc summary snapshots (tests/testthat/_snaps/ptd_spc.md): all 20 rnorm points common cause', () => {
    const whole = xmr(RNORM_SEED_123, { improvement: 'increase', screenOutliers: true });
    expect(significant(whole.segments[0]!.mean, 3)).toBe(0.142);
    expect(significant(whole.segments[0]!.lower, 3)).toBe(-3.01);
    expect(significant(whole.segments[0]!.upper, 3)).toBe(3.29);
    expect(whole.points.every((p) => p.variation === 'common_cause')).toBe(true);

    // The snapshot's facets 0 and 1 are the first and last ten points; a rebase at index 10 splits the
    // series the same way: mean 0.0746, limits −2.60 to 2.75; mean 0.209, limits −3.28 to 3.70.
    const split = xmr(RNORM_SEED_123, { improvement: 'increase', screenOutliers: true, rebaseAt: [10] });
    const [first, second] = split.segments;
    expect([significant(first!.mean, 3), significant(first!.lower, 3), significant(first!.upper, 3)]).toEqual([0.0746, -2.6, 2.75]);
    expect([significant(second!.mean, 3), significant(second!.lower, 3), significant(second!.upper, 3)]).toEqual([0.209, -3.28, 3.7]);
    expect(split.points.every((p) => p.variation === 'common_cause')).toBe(true);
    // NHSRplotthedots warns about these 10-point groups; so does xmr
    expect(split.warnings.map((w) => [w.code, w.segment, w.length])).toEqual([
      ['short-segment', 0, 10],
      ['short-segment', 1, 10],
    ]);
  });

  it('reports two near-limit points on opposite sides of the mean as common cause (ptd_spc_standard test)', () => {
    // test-ptd_spc_standard.R: "it only reports special cause for 2of3 points close to limits when
    // they are on the same side of the mean"
    const data: number[] = Array.from({ length: 16 }, (_, i) => (i % 2 === 0 ? 1 : -1));
    data[14] = 5.5;
    data[15] = -5.5;
    const r = xmr(data, { improvement: 'increase' });
    expect(r.points.slice(-2).map((p) => p.variation)).toEqual(['common_cause', 'common_cause']);
  });

  it('labels by precedence: outside limits, then trend, then two of three, then shift', () => {
    // A long flat baseline, then a rise of 7 steps that ends above the upper limit.
    const baseline = [10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11];
    const values = [...baseline, 10.2, 10.4, 10.6, 10.8, 11.6, 12.5, 20];
    const r = xmr(values, { improvement: 'decrease', baselineLength: baseline.length });
    const last = r.points.at(-1)!;
    expect(last.specialCause).toEqual({ rule: 'outside-limits', side: 'high' });
    expect(last.variation).toBe('special_cause_concern');
    // 10.2 .. 12.5 rise with 20: seven points in a trend; 12.5 is also near the limit, but trend comes first
    const rising = r.points.slice(baseline.length, -1);
    expect(rising).toHaveLength(6);
    expect(rising.every((p) => p.specialCause?.rule === 'trend' && p.specialCause.side === 'high')).toBe(true);
    expect(r.points[baseline.length - 1]?.specialCause).toBeNull();

    // Seven alternating points all near the upper limit: both two-of-three and shift apply, two-of-three wins.
    const nearTop = [7.5, 7.6, 7.5, 7.6, 7.5, 7.6, 7.5];
    const flat = [5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 5, 6];
    const q = xmr([...flat, ...nearTop], { improvement: 'increase', baselineLength: flat.length });
    expect(q.segments[0]?.nearUpper).toBeLessThan(7.5);
    expect(q.segments[0]?.upper).toBeGreaterThan(7.6);
    expect(q.points.slice(flat.length).map((p) => p.specialCause?.rule)).toEqual(nearTop.map(() => 'two-of-three'));
  });

  it('finds a shift and classifies it by the improvement direction', () => {
    const values = [5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 7, 6.5, 7, 6.5, 7, 6.5, 7];
    const baselineLength = 14;
    const up = xmr(values, { improvement: 'increase', baselineLength });
    const shifted = up.points.slice(baselineLength);
    expect(shifted.every((p) => p.specialCause?.rule === 'shift' || p.specialCause?.rule === 'two-of-three')).toBe(true);
    expect(shifted.some((p) => p.specialCause?.rule === 'shift')).toBe(true);
    expect(shifted.every((p) => p.variation === 'special_cause_improvement')).toBe(true);
    const down = xmr(values, { improvement: 'decrease', baselineLength });
    expect(down.points.slice(baselineLength).every((p) => p.variation === 'special_cause_concern')).toBe(true);
    const neither = xmr(values, { improvement: 'neither', baselineLength });
    expect(neither.points.slice(baselineLength).every((p) => p.variation === 'special_cause_neutral_high')).toBe(true);
  });

  it('fixes the limits from the first baselineLength points of each segment (fix_after_n_points)', () => {
    const r = xmr(RNORM_SEED_123, { improvement: 'neither', baselineLength: 12 });
    expect(r.segments[0]).toMatchObject({ baselineLength: 12, length: 20, ...xmrLimits(RNORM_SEED_123.slice(0, 12)) });
    expect(new Set(r.points.map((p) => p.upper)).size).toBe(1);
  });

  it('recomputes the limits per segment after a rebase and keeps the rules inside a segment', () => {
    const before = [1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2];
    const after = [11, 12, 11, 12, 11, 12, 11, 12, 11, 12, 11, 12, 11, 12];
    const r = xmr([...before, ...after], { improvement: 'increase', rebaseAt: [before.length] });
    expect(r.segments.map((s) => [s.start, s.end, s.mean])).toEqual([
      [0, 14, 1.5],
      [14, 28, 11.5],
    ]);
    expect(r.points.every((p) => p.variation === 'common_cause')).toBe(true);
    expect(r.points[14]?.movingRange).toBeNull();
    expect(r.points[15]?.movingRange).toBe(1);
    // without the rebase the jump is special cause
    expect(xmr([...before, ...after], { improvement: 'increase' }).points.some((p) => p.variation !== 'common_cause')).toBe(true);
  });

  it('takes the shift run length (6 instead of 7) and lists every rule that marks a point', () => {
    const flat = [6, 5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 5];
    const six = [5.7, 5.8, 5.7, 5.8, 5.7, 5.8];
    const values = [...flat, ...six, 5];
    expect(xmr(values, { improvement: 'increase', baselineLength: flat.length }).points.slice(flat.length, -1).every((p) => p.specialCause === null)).toBe(true);
    const r = xmr(values, { improvement: 'increase', baselineLength: flat.length, shiftRunLength: 6 });
    expect(r.points.slice(flat.length, -1).map((p) => p.specialCause)).toEqual(six.map(() => ({ rule: 'shift', side: 'high' })));
    expect(r.points.at(-1)?.causes).toEqual([]);
    expect(() => xmr(values, { improvement: 'increase', shiftRunLength: 1 })).toThrow(/xmr: runLength must be a whole number of at least 2/);

    // the precedence example above: 12.5 is in the trend and near the upper limit
    const baseline = [10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11];
    const q = xmr([...baseline, 10.2, 10.4, 10.6, 10.8, 11.6, 12.5, 20], { improvement: 'decrease', baselineLength: baseline.length });
    expect(q.points.at(-1)?.causes.map((c) => c.rule)).toEqual(['outside-limits', 'trend']);
    expect(q.points.at(-2)?.causes.map((c) => c.rule)).toContain('trend');
  });

  it(`warns when a series has fewer than ${XMR_MIN_RECOMMENDED_POINTS} points`, () => {
    expect(xmr(RNORM_SEED_123.slice(0, 12), { improvement: 'neither' }).warnings).toHaveLength(1);
    expect(xmr(RNORM_SEED_123.slice(0, 13), { improvement: 'neither' }).warnings).toHaveLength(0);
    expect(xmr(RNORM_SEED_123.slice(0, 12), { improvement: 'neither' }).warnings[0]?.message).toMatch(
      /segment 0 has 12 points \(fewer than 13\)/,
    );
  });

  const series = fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 2, maxLength: 40 });

  it('property: every point carries its segment\'s limits, and the limits contain the mean', () => {
    fc.assert(
      fc.property(series, (values) => {
        const r = xmr(values, { improvement: 'increase' });
        for (const p of r.points) {
          expect(p.lower).toBeLessThanOrEqual(p.mean);
          expect(p.mean).toBeLessThanOrEqual(p.upper);
        }
        expect(r.points).toHaveLength(values.length);
      }),
    );
  });

  it('property: shifting by c moves mean and limits by c and keeps every label', () => {
    fc.assert(
      fc.property(series, fc.integer({ min: -1000, max: 1000 }), (values, c) => {
        const base = xmr(values, { improvement: 'increase' });
        const moved = xmr(values.map((v) => v + c), { improvement: 'increase' });
        base.points.forEach((p, i) => {
          const q = moved.points[i]!;
          expect(q.mean).toBeCloseTo(p.mean + c, 8);
          expect(q.lower).toBeCloseTo(p.lower + c, 8);
          expect(q.upper).toBeCloseTo(p.upper + c, 8);
        });
        expect(moved.points.map((p) => p.variation)).toEqual(base.points.map((p) => p.variation));
      }),
    );
  });

  it('property: scaling by k > 0 scales mean and limits by k and keeps every label', () => {
    fc.assert(
      fc.property(series, fc.integer({ min: 1, max: 50 }), (values, k) => {
        const base = xmr(values, { improvement: 'decrease' });
        const scaled = xmr(values.map((v) => v * k), { improvement: 'decrease' });
        base.points.forEach((p, i) => {
          const q = scaled.points[i]!;
          expect(q.mean).toBeCloseTo(p.mean * k, 6);
          expect(q.lower).toBeCloseTo(p.lower * k, 6);
          expect(q.upper).toBeCloseTo(p.upper * k, 6);
        });
        expect(scaled.points.map((p) => p.variation)).toEqual(base.points.map((p) => p.variation));
      }),
    );
  });

  it('property: improvement "decrease" swaps improvement and concern', () => {
    fc.assert(
      fc.property(series, (values) => {
        const up = xmr(values, { improvement: 'increase' }).points.map((p) => p.variation);
        const down = xmr(values, { improvement: 'decrease' }).points.map((p) => p.variation);
        const swap = { special_cause_improvement: 'special_cause_concern', special_cause_concern: 'special_cause_improvement' } as const;
        expect(down).toEqual(up.map((v) => (v in swap ? swap[v as keyof typeof swap] : v)));
      }),
    );
  });

  describe('invalid input throws InvalidInputError saying what is wrong', () => {
    const cases: Array<[string, () => unknown, RegExp]> = [
      ['missing improvement', () => xmr([1, 2, 3], {} as never), /xmr: improvement must be 'increase', 'decrease' or 'neither'/],
      ['NaN value', () => xmr([1, Number.NaN, 3], { improvement: 'neither' }), /values\[1\] must be a finite number/],
      ['single point', () => xmr([1], { improvement: 'neither' }), /segment 0 \(from index 0\) with 1 point/],
      ['empty series', () => xmr([], { improvement: 'neither' }), /with 0 point/],
      ['rebase at 0', () => xmr([1, 2, 3, 4], { improvement: 'neither', rebaseAt: [0] }), /rebaseAt must hold whole-number indices from 1 to 3/],
      ['rebase past the end', () => xmr([1, 2, 3, 4], { improvement: 'neither', rebaseAt: [4] }), /from 1 to 3 \(got 4\)/],
      ['rebase not increasing', () => xmr([1, 2, 3, 4, 5, 6], { improvement: 'neither', rebaseAt: [4, 2] }), /strictly increasing/],
      ['one-point segment', () => xmr([1, 2, 3, 4], { improvement: 'neither', rebaseAt: [3] }), /segment 1 \(from index 3\) with 1 point/],
      ['baseline of 1', () => xmr([1, 2, 3], { improvement: 'neither', baselineLength: 1 }), /baselineLength must be a whole number of at least 2/],
      ['screenOutliers not boolean', () => xmr([1, 2, 3], { improvement: 'neither', screenOutliers: 'yes' as never }), /screenOutliers must be true or false/],
    ];
    it.each(cases)('%s', (_label, call, message) => {
      expect(call).toThrow(InvalidInputError);
      expect(call).toThrow(message);
    });
  });
});

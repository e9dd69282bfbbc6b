import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../errors/index.js';
import { NHSR_COMMIT, RNORM_SEED_123, VIGNETTE_DEVIATIONS } from './nhsr-fixtures.test-data.js';
import { xmrLimits } from './xmr-limits.js';

/** R's print of a double to `digits` significant digits. */
const significant = (x: number, digits: number) => Number(x.toPrecision(digits));

describe(`xmrLimits (NHSRplotthedots ${NHSR_COMMIT.slice(0, 7)})`, () => {
  it('reproduces the "Deviations from Excel defaults" vignette without screening: UPL 6.95, mean 1.94, LPL −3.06', () => {
    const r = xmrLimits(VIGNETTE_DEVIATIONS);
    expect(r.upper.toFixed(2)).toBe('6.95');
    expect(r.mean.toFixed(2)).toBe('1.94');
    expect(r.lower.toFixed(2)).toBe('-3.06');
  });

  it('reproduces the same vignette with outlier screening: UPL 4.6, mean 1.94, LPL −0.72', () => {
    const r = xmrLimits(VIGNETTE_DEVIATIONS, { screenOutliers: true });
    expect(r.upper.toFixed(2)).toBe('4.60');
    expect(r.lower.toFixed(2)).toBe('-0.72');
  });

  it('reproduces the ptd_spc_standard snapshots (tests/testthat/_snaps/ptd_spc_standard.md)', () => {
    // r1: rnorm(20), screening on (no moving range is screened out here)
    const r1 = xmrLimits(RNORM_SEED_123, { screenOutliers: true });
    expect(significant(r1.mean, 7)).toBe(0.1416238);
    expect(significant(r1.lower, 6)).toBe(-3.01138);
    expect(significant(r1.upper, 7)).toBe(3.294627);
    expect(xmrLimits(RNORM_SEED_123)).toEqual(r1);

    const withOutlier = RNORM_SEED_123.map((y, i) => (i === 14 ? 10 : y)); // data$y[15] <- 10
    // r2: screening on
    const r2 = xmrLimits(withOutlier, { screenOutliers: true });
    expect(significant(r2.mean, 7)).toBe(0.6694159);
    expect(significant(r2.lower, 7)).toBe(-2.383666);
    expect(significant(r2.upper, 7)).toBe(3.722497);
    // r3: screen_outliers = FALSE (the Making Data Count Excel behaviour)
    const r3 = xmrLimits(withOutlier);
    expect(significant(r3.mean, 7)).toBe(0.6694159);
    expect(significant(r3.lower, 7)).toBe(-4.596625);
    expect(significant(r3.upper, 7)).toBe(5.935457);
  });

  it('puts the near-limit lines at two thirds of the way to the limits', () => {
    const r = xmrLimits([3, 5, 4, 8, 6]);
    expect(r.nearUpper - r.mean).toBeCloseTo((2 / 3) * (r.upper - r.mean), 12);
    expect(r.mean - r.nearLower).toBeCloseTo((2 / 3) * (r.mean - r.lower), 12);
    expect(r.averageMovingRange).toBeCloseTo((2 + 1 + 4 + 2) / 4, 12);
  });

  it('gives zero-width limits for a constant series (screening has nothing to screen)', () => {
    expect(xmrLimits([4, 4, 4], { screenOutliers: true })).toMatchObject({ mean: 4, lower: 4, upper: 4, averageMovingRange: 0 });
  });

  const series = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 60 });
  const close = (a: number, b: number, scale: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * (1 + scale));

  it('property: shifting a series by c moves the mean and limits by c', () => {
    fc.assert(
      fc.property(series, fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.boolean(), (values, c, screenOutliers) => {
        const base = xmrLimits(values, { screenOutliers });
        const moved = xmrLimits(values.map((v) => v + c), { screenOutliers });
        const scale = Math.max(...values.map(Math.abs), Math.abs(c));
        close(moved.mean, base.mean + c, scale);
        close(moved.lower, base.lower + c, scale);
        close(moved.upper, base.upper + c, scale);
      }),
    );
  });

  it('property: scaling a series by k > 0 scales the mean, moving range and limits by k', () => {
    fc.assert(
      fc.property(series, fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (values, k) => {
        const base = xmrLimits(values);
        const scaled = xmrLimits(values.map((v) => v * k));
        const scale = k * Math.max(...values.map(Math.abs));
        close(scaled.mean, base.mean * k, scale);
        close(scaled.averageMovingRange, base.averageMovingRange * k, scale);
        close(scaled.lower, base.lower * k, scale);
        close(scaled.upper, base.upper * k, scale);
      }),
    );
  });

  it('property: lower <= nearLower <= mean <= nearUpper <= upper', () => {
    fc.assert(
      fc.property(series, fc.boolean(), (values, screenOutliers) => {
        const r = xmrLimits(values, { screenOutliers });
        expect(r.lower).toBeLessThanOrEqual(r.nearLower);
        expect(r.nearLower).toBeLessThanOrEqual(r.mean);
        expect(r.mean).toBeLessThanOrEqual(r.nearUpper);
        expect(r.nearUpper).toBeLessThanOrEqual(r.upper);
      }),
    );
  });

  it('rejects fewer than two values and non-finite values', () => {
    expect(() => xmrLimits([1])).toThrow(InvalidInputError);
    expect(() => xmrLimits([1])).toThrow(/xmrLimits: values must hold at least two values/);
    expect(() => xmrLimits([1, Number.NaN, 3])).toThrow(/values\[1\] must be a finite number \(got NaN\)/);
    expect(() => xmrLimits('1,2' as never)).toThrow(/values must be an array/);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/index.js';
import { exactPoissonInterval } from './exact-poisson-interval.js';

describe('exactPoissonInterval', () => {
  it('matches the PHEindicatormethods exact limits (testdata_Rate.xlsx rows 2-3 × population 100 / per 100)', () => {
    // PHEindicatormethods tests/testthat/testdata_Rate.xlsx at commit 093fd288d8f8949dbcfbed70049dbbf385b6141d:
    // 1 event per 100 → 95% 0.025317807984289897 to 5.571643390938898 (per 100, so the count limits are the same numbers)
    const one = exactPoissonInterval(1, 0.95);
    expect(one.lower).toBeCloseTo(0.025317807984289897, 12);
    expect(one.upper).toBeCloseTo(5.571643390938898, 12);
    const five = exactPoissonInterval(5, 0.998);
    expect(five.lower).toBeCloseTo(0.739371731917839, 12);
    expect(five.upper).toBeCloseTo(16.454745203680105, 12);
  });

  it('gives lower 0 and upper −ln(α/2) for a count of 0 (the chi-square with 2 df is exponential)', () => {
    const zero = exactPoissonInterval(0, 0.95);
    expect(zero.lower).toBe(0);
    expect(zero.upper).toBeCloseTo(-Math.log(0.025), 12);
  });

  it('property: the interval contains the count', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.constantFrom(0.9, 0.95, 0.998), (count, confidence) => {
        const { lower, upper } = exactPoissonInterval(count, confidence);
        expect(lower).toBeLessThanOrEqual(count);
        expect(upper).toBeGreaterThanOrEqual(count);
      }),
    );
  });

  it('rejects a negative or fractional count and a bad confidence', () => {
    expect(() => exactPoissonInterval(-1)).toThrow(InvalidInputError);
    expect(() => exactPoissonInterval(1.5)).toThrow(/exactPoissonInterval: count must be a whole number/);
    expect(() => exactPoissonInterval(3, 0.5)).toThrow(/confidence must be at least 0\.9/);
  });
});

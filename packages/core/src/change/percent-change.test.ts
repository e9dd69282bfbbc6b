import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/index.js';
import { datasetTable } from '../node/committed-dataset.test-support.js';
import { percentChange } from './percent-change.js';
import { roundHalfUp } from './round-half-up.js';

describe('percentChange', () => {
  it('reproduces the percentages the report prints (2020/21 -> 2021/22)', () => {
    expect(roundHalfUp(percentChange(13_218, 17_011), 0)).toBe(29); // contacts "up 29%"
    expect(roundHalfUp(percentChange(438, 542), 0)).toBe(24); // sexual offences "24% increase"
    expect(roundHalfUp(percentChange(2_629, 3_653), 0)).toBe(39); // CAMHS "39% increase"
    expect(roundHalfUp(percentChange(1_305, 1_404), 1)).toBe(7.6); // missing "(7.6%)"
    expect(roundHalfUp(percentChange(986, 1_105), 0)).toBe(12); // MARAC cases "up 12%"
  });

  it('finds that referrals 3,811 -> 4,169 is a 9% rise, not the 10% printed', () => {
    const change = percentChange(3_811, 4_169);
    expect(change).toBeCloseTo(9.3939, 4);
    expect(roundHalfUp(change, 0)).toBe(9);
  });

  it('gives decreases as negative percentages', () => {
    expect(roundHalfUp(percentChange(26, 11), 0)).toBe(-58); // custody
    expect(roundHalfUp(percentChange(53, 46), 1)).toBe(-13.2); // UASC
    expect(percentChange(100, 0)).toBe(-100);
    expect(percentChange(4, 4)).toBe(0);
  });

  it('is exact where the true change is a decimal tie', () => {
    expect(percentChange(200, 201)).toBe(0.5);
    expect(roundHalfUp(percentChange(200, 201), 0)).toBe(1);
    expect(roundHalfUp(percentChange(2_000, 2_153), 1)).toBe(7.7); // 7.65 exactly
  });

  it('throws InvalidInputError for a zero or negative base and for non-finite input', () => {
    expect(() => percentChange(0, 5)).toThrow(InvalidInputError);
    expect(() => percentChange(0, 5)).toThrow(/previous is 0/);
    expect(() => percentChange(-10, 5)).toThrow(/previous must be positive/);
    expect(() => percentChange(Number.NaN, 5)).toThrow(/previous must be a finite number/);
    expect(() => percentChange(5, Number.POSITIVE_INFINITY)).toThrow(/current must be a finite number/);
    expect(() => percentChange(Number.MIN_VALUE, Number.MAX_VALUE)).toThrow(/finite percentage/);
  });

  it('has opposite signs for a -> b and b -> a (or both 0)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 1, max: 10_000_000 }), (a, b) => {
        const forward = percentChange(a, b);
        const backward = percentChange(b, a);
        if (a === b) {
          expect(forward).toBe(0);
          expect(backward).toBe(0);
        } else {
          expect(Math.sign(forward)).toBe(-Math.sign(backward));
        }
      }),
    );
  });

  it('recovers current from previous and the change', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 0, max: 1_000_000 }), (a, b) => {
        expect(a + (a * percentChange(a, b)) / 100).toBeCloseTo(b, 6);
      }),
    );
  });

  it('reproduces every stated percentage of the dataset but the referrals one', () => {
    const indicators = datasetTable('context-indicators');
    const values = datasetTable('context-values');
    const stated = indicators.filter((row) => row.stated_change_percent !== null);
    expect(stated.length).toBeGreaterThan(0);
    const mismatches: string[] = [];
    for (const row of stated) {
      const printed = row.stated_change_percent as number;
      const digits = (String(printed).split('.')[1] ?? '').length;
      const previous = values.find((v) => v.indicator === row.indicator && v.period === '2020/21');
      const current = values.find((v) => v.indicator === row.indicator && v.period === '2021/22');
      if (previous === undefined || current === undefined) continue;
      if (roundHalfUp(percentChange(previous.value, current.value), digits) !== printed) mismatches.push(row.indicator);
    }
    expect(mismatches).toEqual(['referrals-statutory-social-care']);
  });
});

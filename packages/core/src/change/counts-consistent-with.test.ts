import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/index.js';
import { COUNTS_WHOLE_MAX, countRangeConsistentWith, countsConsistentWith } from './counts-consistent-with.js';
import { CONSISTENT_LIST_MAX } from './whole-number-range.js';
import { roundHalfUp } from './round-half-up.js';

describe('countsConsistentWith', () => {
  it('finds no whole number of children for "38%" of 25 rapid-review children', () => {
    expect(countsConsistentWith(38, 25)).toEqual([]);
    expect(countsConsistentWith(36, 25)).toEqual([9]);
    expect(countsConsistentWith(40, 25)).toEqual([10]);
  });

  it('finds the 6 of 25 behind "24%" and the range behind "35% of 514 children notified"', () => {
    expect(countsConsistentWith(24, 25)).toEqual([6]);
    expect(countsConsistentWith(35, 514)).toEqual([178, 179, 180, 181, 182]);
  });

  it('honours decimals: 7.6% of 1,305 is 99 missing episodes more', () => {
    expect(countsConsistentWith(7.6, 1_305, 1)).toEqual([99]);
    expect(countsConsistentWith(0, 3)).toEqual([0]);
    expect(countsConsistentWith(100, 3)).toEqual([3]);
    expect(countsConsistentWith(50, 3)).toEqual([]);
  });

  it('rounds ties half up: 1 of 8 is 12.5%, printed 13%', () => {
    expect(countsConsistentWith(13, 8)).toEqual([1]);
    expect(countsConsistentWith(12, 8)).toEqual([]);
  });

  it('throws InvalidInputError for bad input', () => {
    expect(() => countsConsistentWith(38, 0)).toThrow(InvalidInputError);
    expect(() => countsConsistentWith(38, 2.5)).toThrow(/whole must be an integer/);
    expect(() => countsConsistentWith(38, COUNTS_WHOLE_MAX + 1)).toThrow(/whole must be an integer/);
    expect(() => countsConsistentWith(101, 25)).toThrow(/percent must be from 0 to 100/);
    expect(() => countsConsistentWith(-1, 25)).toThrow(/percent must be from 0 to 100/);
    expect(() => countsConsistentWith(Number.NaN, 25)).toThrow(/percent must be a finite number/);
    expect(() => countsConsistentWith(7.6, 25)).toThrow(/more than 0 decimal/);
    expect(() => countsConsistentWith(7, 25, -1)).toThrow(/digits must be an integer/);
  });

  it('returns exactly the counts that round to the percent (brute force over [0, whole])', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3_000 }), fc.nat(), fc.integer({ min: 0, max: 2 }), (whole, pick, digits) => {
        // Half the time a percent some count prints as, half the time any percent with `digits` decimals.
        const percent =
          pick % 2 === 0
            ? roundHalfUp((100 * (pick % (whole + 1))) / whole, digits)
            : roundHalfUp((pick % (100 * 10 ** digits + 1)) / 10 ** digits, digits);
        const expected: number[] = [];
        for (let k = 0; k <= whole; k += 1) {
          if (roundHalfUp((100 * k) / whole, digits) === percent) expected.push(k);
        }
        expect(countsConsistentWith(percent, whole, digits)).toEqual(expected);
      }),
    );
  });

  it('always contains the count a percent was computed from', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 3 }), (whole, fraction, digits) => {
        const k = Math.round(fraction * whole);
        const percent = roundHalfUp((100 * k) / whole, digits);
        const counts = countsConsistentWith(percent, whole, digits);
        expect(counts).toContain(k);
        // A run of consecutive counts, each printing as percent, with neighbours outside that do not.
        counts.forEach((count, i) => {
          if (i > 0) expect(count).toBe((counts[i - 1] as number) + 1);
        });
        const first = counts[0] as number;
        const last = counts[counts.length - 1] as number;
        if (first > 0) expect(roundHalfUp((100 * (first - 1)) / whole, digits)).not.toBe(percent);
        if (last < whole) expect(roundHalfUp((100 * (last + 1)) / whole, digits)).not.toBe(percent);
      }),
    );
  });

  // The scan countsConsistentWith used before its ends were bisected (kept as the reference).
  function windowScan(percent: number, whole: number, digits: number): number[] {
    const halfUnit = 0.5 * 10 ** -digits;
    const low = Math.max(0, Math.floor(((percent - halfUnit) * whole) / 100) - 1);
    const high = Math.min(whole, Math.ceil(((percent + halfUnit) * whole) / 100) + 1);
    const counts: number[] = [];
    for (let k = low; k <= high; k += 1) if (roundHalfUp((100 * k) / whole, digits) === percent) counts.push(k);
    return counts;
  }

  it('countRangeConsistentWith gives the ends the scan finds, at exact halves too (wholes with many ties)', () => {
    const tieWholes = [2, 8, 40, 200, 400, 1_000, 2_000, 8_000, 20_000, 200_000];
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom(...tieWholes), fc.integer({ min: 1, max: 300_000 })),
        fc.nat(),
        fc.integer({ min: 0, max: 3 }),
        (whole, pick, digits) => {
          const percent =
            pick % 2 === 0
              ? roundHalfUp((100 * (pick % (whole + 1))) / whole, digits)
              : roundHalfUp((pick % (100 * 10 ** digits + 1)) / 10 ** digits, digits);
          const scanned = windowScan(percent, whole, digits);
          const range = countRangeConsistentWith(percent, whole, digits);
          expect(range).toEqual(scanned.length === 0 ? null : { first: scanned[0], last: scanned[scanned.length - 1] });
          expect(countsConsistentWith(percent, whole, digits)).toEqual(scanned);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('treats a share of exactly half a unit as rounding up: 1 of 8 and 1 of 200 at one decimal', () => {
    expect(countRangeConsistentWith(13, 8)).toEqual({ first: 1, last: 1 }); // 12.5% -> 13%
    expect(countRangeConsistentWith(0.5, 200, 1)).toEqual({ first: 1, last: 1 }); // 0.5%
    expect(countRangeConsistentWith(1, 200)).toEqual({ first: 1, last: 2 }); // 0.5% -> 1%, 1% -> 1%, 1.5% -> 2%
    expect(countRangeConsistentWith(0, 200)).toEqual({ first: 0, last: 0 });
    expect(countRangeConsistentWith(100, 200)).toEqual({ first: 199, last: 200 }); // 99.5% -> 100%
  });

  it('finds the ends for wholes far too large to scan, and refuses to list them', () => {
    // 38% of 10^10: 100k / 10^10 from 37.5 (k = 3.75e9) up to, not including, 38.5
    expect(countRangeConsistentWith(38, 1e10)).toEqual({ first: 3_750_000_000, last: 3_849_999_999 });
    expect(countRangeConsistentWith(38, 9e13)).toEqual({ first: 33_750_000_000_000, last: 34_649_999_999_999 });
    expect(() => countsConsistentWith(38, 1e10)).toThrow(InvalidInputError);
    expect(() => countsConsistentWith(38, 9e13)).toThrow(/whole gives 900000000000 whole numbers \(33750000000000 to 34649999999999\), more than the 1000000 a list may hold: call countRangeConsistentWith/);
    // the longest list still given
    const whole = 100 * CONSISTENT_LIST_MAX;
    expect(countsConsistentWith(50, whole)).toHaveLength(CONSISTENT_LIST_MAX);
    expect(() => countRangeConsistentWith(38, COUNTS_WHOLE_MAX + 1)).toThrow(/whole must be an integer from 1/);
  });
});

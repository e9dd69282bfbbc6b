import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundHalfUp } from '../change/round-half-up.js';
import { InvalidInputError } from '../errors/index.js';
import { denominatorRangeConsistentWith, denominatorsConsistentWith } from './denominators-consistent-with.js';

describe('denominatorsConsistentWith', () => {
  it('lists the denominators that make 27 print as 34%: 79 and 80', () => {
    // 27/78 = 34.62% (prints 35%), 27/79 = 34.18%, 27/80 = 33.75%, 27/81 = 33.33% (prints 33%)
    expect(denominatorsConsistentWith(27, 34)).toEqual([79, 80]);
  });

  it('treats a half exactly as half up', () => {
    // 1/8 = 12.5% → 13% (half up), so 8 gives 13 and not 12
    expect(denominatorsConsistentWith(1, 13)).toContain(8);
    expect(denominatorsConsistentWith(1, 12)).not.toContain(8);
    // 1/40 = 2.5% → 2.5 at one decimal
    expect(denominatorsConsistentWith(1, 2.5, 1)).toEqual([40]);
  });

  it('handles 100% and an impossible percentage', () => {
    expect(denominatorsConsistentWith(5, 100)).toEqual([5]);
    expect(denominatorsConsistentWith(199, 100)).toEqual([199, 200]); // 199/200 = 99.5% → 100%
    expect(denominatorsConsistentWith(1, 40)).toEqual([]); // 1/2 = 50%, 1/3 = 33%: nothing gives 40%
  });

  it('property: exactly the denominators n in [count, 2000] whose rounded percentage equals the printed one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 0, max: 1800 }), fc.integer({ min: 0, max: 2 }), (count, extra, digits) => {
        const n = count + extra;
        const percent = roundHalfUp((100 * count) / n, digits);
        fc.pre(percent > 0);
        const listed = denominatorsConsistentWith(count, percent, digits);
        expect(listed).toContain(n);
        const brute: number[] = [];
        const upTo = Math.max(...listed, n) + 5;
        for (let m = count; m <= upTo; m += 1) if (roundHalfUp((100 * count) / m, digits) === percent) brute.push(m);
        expect(listed).toEqual(brute);
      }),
    );
  });

  it('rejects input that has no finite answer or is malformed', () => {
    expect(() => denominatorsConsistentWith(0, 0)).toThrow(/count must be at least 1: 0 is 0% of every denominator/);
    expect(() => denominatorsConsistentWith(3, 0)).toThrow(/percent must be greater than 0 and at most 100/);
    expect(() => denominatorsConsistentWith(3, 101)).toThrow(/percent must be greater than 0 and at most 100/);
    expect(() => denominatorsConsistentWith(3, 33.3)).toThrow(/percent has more than 0 decimal place\(s\) \(got 33.3\)/);
    expect(() => denominatorsConsistentWith(3, 33, 1.5)).toThrow(/digits must be a whole number from 0 to 6/);
    expect(() => denominatorsConsistentWith(2.5, 33)).toThrow(/count must be a whole number/);
    expect(() => denominatorsConsistentWith(3, Number.NaN)).toThrow(InvalidInputError);
  });

  // The BigInt scan denominatorsConsistentWith used before its ends were computed (the reference).
  function bigIntScan(count: number, percent: number, digits: number): number[] {
    const scale = 10 ** digits;
    const scaledPercent = Math.round(percent * scale);
    const target = 200n * BigInt(scale) * BigInt(count);
    const low = 2n * BigInt(scaledPercent) - 1n;
    const high = 2n * BigInt(scaledPercent) + 1n;
    const found: number[] = [];
    const first = target / high;
    for (let n = first > BigInt(count) ? first : BigInt(count); n <= target / low + 1n; n += 1n) {
      if (n >= 1n && low * n <= target && target < high * n) found.push(Number(n));
    }
    return found;
  }

  it('denominatorRangeConsistentWith gives the ends of the scan, at exact halves too', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 0, max: 2 }), fc.boolean(), (count, pick, digits, reachable) => {
        // half the time a percent some denominator gives, half the time any printable percent
        const percent = reachable ? roundHalfUp((100 * count) / (count + pick - 1), digits) : roundHalfUp(1 + (pick % (99 * 10 ** digits)) / 10 ** digits, digits);
        fc.pre(percent >= 1 && percent <= 100); // smaller percents give runs too long to scan here
        const scanned = bigIntScan(count, percent, digits);
        expect(denominatorRangeConsistentWith(count, percent, digits)).toEqual(scanned.length === 0 ? null : { first: scanned[0], last: scanned[scanned.length - 1] });
        expect(denominatorsConsistentWith(count, percent, digits)).toEqual(scanned);
      }),
      { numRuns: 300 },
    );
    // exact halves: 1 of 8 is 12.5% (13%), 1 of 40 is 2.5% (2.5 at one decimal, 3 at none)
    expect(denominatorRangeConsistentWith(1, 13)).toEqual({ first: 8, last: 8 });
    expect(denominatorRangeConsistentWith(1, 3)).toEqual({ first: 29, last: 40 });
    expect(denominatorRangeConsistentWith(1, 2.5, 1)).toEqual({ first: 40, last: 40 });
  });

  it('gives the ends of runs too long to list, and refuses to list them', () => {
    // 1 at 0.000001%: 1/n × 100 from 0.0000005% (n = 2e8) up to, not including, 0.0000015%
    expect(denominatorRangeConsistentWith(1, 0.000001, 6)).toEqual({ first: 66_666_667, last: 200_000_000 });
    expect(denominatorRangeConsistentWith(1e6, 1)).toEqual({ first: 66_666_667, last: 200_000_000 });
    expect(() => denominatorsConsistentWith(1, 0.000001, 6)).toThrow(/percent gives 133333334 whole numbers \(66666667 to 200000000\), more than the 1000000 a list may hold/);
    expect(() => denominatorsConsistentWith(1e6, 1)).toThrow(InvalidInputError);
    expect(() => denominatorRangeConsistentWith(1e15, 1)).toThrow(/count is too large for 1%/);
  });
});

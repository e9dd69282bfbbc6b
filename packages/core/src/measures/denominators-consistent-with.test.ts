import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundHalfUp } from '../change/round-half-up.js';
import { InvalidInputError } from '../errors/index.js';
import { denominatorsConsistentWith } from './denominators-consistent-with.js';

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
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/index.js';
import { categoryShares } from './category-shares.js';

describe('categoryShares', () => {
  it('gives each category its share of the total with a Wilson interval (PHEindicatormethods testdata_Proportion)', () => {
    // 20 of 100 and 65 of 100 are rows 4 and 5 of testdata_Proportion.xlsx (PHEindicatormethods
    // commit 093fd288d8f8949dbcfbed70049dbbf385b6141d): 0.1333669333310325-0.28882916559315885 and
    // 0.55254443296887967-0.73635751756902468.
    const r = categoryShares({ first: 20, second: 65, third: 15 });
    expect(r.total).toBe(100);
    expect(r.shares.map((s) => s.category)).toEqual(['first', 'second', 'third']);
    const [first, second] = r.shares;
    expect(first?.share.lower).toBeCloseTo(0.1333669333310325, 12);
    expect(first?.share.upper).toBeCloseTo(0.28882916559315885, 12);
    expect(second?.share.value).toBe(0.65);
    expect(second?.share.lower).toBeCloseTo(0.55254443296887967, 12);
    expect(second?.share.upper).toBeCloseTo(0.73635751756902468, 12);
  });

  it('matches its TSDoc example and gives percentages with multiplier 100', () => {
    const r = categoryShares({ a: 10, b: 30 });
    expect(r.shares.map((s) => [s.share.value, s.share.lower.toFixed(4), s.share.upper.toFixed(4)])).toEqual([
      [0.25, '0.1419', '0.4019'],
      [0.75, '0.5981', '0.8581'],
    ]);
    expect(categoryShares({ a: 1, b: 3 }, { multiplier: 100 }).shares[0]?.share.value).toBe(25);
  });

  it('keeps a category with count 0 (a true zero) with a share of 0', () => {
    const r = categoryShares({ a: 0, b: 4 });
    expect(r.shares[0]?.share).toMatchObject({ value: 0, lower: 0 });
  });

  it('property: shares sum to 1 and every interval lies in [0, 1]', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 1, maxLength: 10 }), (counts) => {
        fc.pre(counts.some((c) => c > 0));
        const r = categoryShares(Object.fromEntries(counts.map((c, i) => [`c${i}`, c])));
        const sum = r.shares.reduce((s, x) => s + x.share.value, 0);
        expect(sum).toBeCloseTo(1, 12);
        for (const { share } of r.shares) {
          expect(share.lower).toBeGreaterThanOrEqual(0);
          expect(share.upper).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('rejects bad input, naming the category', () => {
    expect(() => categoryShares({})).toThrow(/categoryShares: counts must name at least one category/);
    expect(() => categoryShares({ a: 0, b: 0 })).toThrow(/must have a total of at least 1/);
    expect(() => categoryShares({ a: 2, 'sudden death': -1 })).toThrow(/counts\.sudden death must not be negative/);
    expect(() => categoryShares({ a: 2.5 })).toThrow(/counts\.a must be a whole number/);
    expect(() => categoryShares(null as never)).toThrow(InvalidInputError);
    expect(() => categoryShares({ a: 1 }, { confidence: 2 })).toThrow(InvalidInputError);
  });
});

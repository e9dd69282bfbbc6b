import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/index.js';
import { proportionWithCI } from './proportion-with-ci.js';

function expectRelClose(actual: number, expected: number, rel = 1e-6): void {
  expect(Math.abs(actual - expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(Math.abs(expected) * rel);
}

// PHEindicatormethods tests/testthat/testdata_Proportion.xlsx, sheet testdata_Prop rows 2-9
// (proportion of 1; the percentage rows 10-17 are the same numbers × 100), commit
// 093fd288d8f8949dbcfbed70049dbbf385b6141d of ukhsa-collaboration/PHEindicatormethods.
// Columns: numerator, denominator, value, lower95, upper95, lower99.8, upper99.8.
const PHE_PROPORTION: Array<[number, number, number, number, number, number, number]> = [
  [1, 100, 0.01, 1.7674320641406511e-3, 5.4486196178705294e-2, 8.73065697299977e-4, 0.10455445283705821],
  [5, 100, 0.05, 2.154367915436798e-2, 0.11175046923191911, 1.3865320725997183e-2, 0.16458852282596442],
  [20, 100, 0.2, 0.1333669333310325, 0.28882916559315885, 0.10519162066711432, 0.3471109417008601],
  [65, 100, 0.65, 0.55254443296887967, 0.73635751756902468, 0.49549465740704313, 0.77835406140896968],
  [9856, 12345, 0.79837991089509919, 0.79121017529090687, 0.80536400736149094, 0.7869924108419063, 0.80930614125896261],
  [7776456, 7564336677, 1.0280420256339154e-3, 1.0273201001641094e-3, 1.0287644578977231e-3, 1.0269040118442213e-3, 1.0291812992698397e-3],
  [222, 3215, 6.9051321928460335e-2, 6.0791690363636595e-2, 7.8339566813836331e-2, 5.647101964624248e-2, 8.4184141852701344e-2],
  [999, 3456, 0.2890625, 0.27418951080009873, 0.30440389662818057, 0.26583995768074953, 0.31344754492799848],
];

describe('proportionWithCI', () => {
  it.each(PHE_PROPORTION)('%d / %d matches PHEindicatormethods phe_proportion', (x, n, value, l95, u95, l998, u998) => {
    const r95 = proportionWithCI(x, n);
    expect(r95.method).toBe('wilson');
    expectRelClose(r95.value, value);
    expectRelClose(r95.lower, l95);
    expectRelClose(r95.upper, u95);
    const r998 = proportionWithCI(x, n, { confidence: 0.998 });
    expectRelClose(r998.lower, l998);
    expectRelClose(r998.upper, u998);
    const percent = proportionWithCI(x, n, { multiplier: 100 });
    expectRelClose(percent.value, value * 100);
    expectRelClose(percent.lower, l95 * 100);
    expectRelClose(percent.upper, u95 * 100);
  });

  it('property: a Wilson interval lies in [0, 1] and contains the proportion', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.nat(), fc.constantFrom(0.95, 0.998), (n, seed, confidence) => {
        const x = seed % (n + 1);
        const r = proportionWithCI(x, n, { confidence });
        expect(r.lower).toBeGreaterThanOrEqual(0);
        expect(r.upper).toBeLessThanOrEqual(1);
        expect(r.lower).toBeLessThanOrEqual(r.value);
        expect(r.value).toBeLessThanOrEqual(r.upper);
      }),
    );
  });

  it('property: the interval narrows as the sample grows at the same proportion', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 1, max: 50 }), fc.integer({ min: 2, max: 20 }), (x, extra, k) => {
        const n = x + extra;
        const small = proportionWithCI(x, n);
        const large = proportionWithCI(x * k, n * k);
        expect(large.upper - large.lower).toBeLessThan(small.upper - small.lower);
      }),
    );
  });

  describe('invalid input throws InvalidInputError saying what is wrong', () => {
    const cases: Array<[string, () => unknown, RegExp]> = [
      ['zero denominator', () => proportionWithCI(0, 0), /proportionWithCI: denominator must be at least 1 \(got 0\)/],
      ['numerator above denominator', () => proportionWithCI(5, 4), /numerator must not exceed denominator \(4\)/],
      ['negative numerator', () => proportionWithCI(-1, 4), /numerator must not be negative/],
      ['fractional denominator', () => proportionWithCI(1, 4.5), /denominator must be a whole number/],
      ['NaN numerator', () => proportionWithCI(Number.NaN, 4), /numerator must be a number \(got NaN\)/],
      ['multiplier 0', () => proportionWithCI(1, 4, { multiplier: 0 }), /multiplier must be greater than 0/],
      ['confidence 95', () => proportionWithCI(1, 4, { confidence: 95 }), /write 95% as 0\.95/],
    ];
    it.each(cases)('%s', (_label, call, message) => {
      expect(call).toThrow(InvalidInputError);
      expect(call).toThrow(message);
    });
  });
});

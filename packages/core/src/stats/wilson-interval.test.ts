import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/index.js';
import { wilsonInterval } from './wilson-interval.js';

// PHEindicatormethods tests/testthat/testdata_Byars_Wilson.xlsx (sheet testdata_B_W, rows 8-13),
// ukhsa-collaboration/PHEindicatormethods at commit 093fd288d8f8949dbcfbed70049dbbf385b6141d.
// Includes a fractional numerator (0.445 of 1), which the internal wilson_lower/upper accept.
const PHE_WILSON: Array<[number, number, number, number, number]> = [
  [65, 100, 0.95, 0.55254443296887967, 0.73635751756902468],
  [1045, 5000, 0.95, 0.19795549880013297, 0.22049130373189027],
  [0.445, 1, 0.95, 4.3817447720588223e-2, 0.93346212769791559],
  [65, 100, 0.998, 0.49549465740704313, 0.77835406140896968],
  [1045, 5000, 0.998, 0.19179381799015244, 0.22731562902525818],
  [0.445, 1, 0.998, 1.9347006132900975e-2, 0.97022599470195414],
];

describe('wilsonInterval', () => {
  it.each(PHE_WILSON)('%d of %d at %d matches PHEindicatormethods to 1e-9 relative', (x, n, confidence, lower, upper) => {
    const r = wilsonInterval(x, n, confidence);
    expect(Math.abs(r.lower - lower) / lower).toBeLessThan(1e-9);
    expect(Math.abs(r.upper - upper) / upper).toBeLessThan(1e-9);
  });

  it('gives exactly 0 as the lower limit for x = 0 and exactly 1 as the upper limit for x = n', () => {
    expect(wilsonInterval(0, 37).lower).toBe(0);
    expect(wilsonInterval(37, 37).upper).toBe(1);
  });

  it('property: the interval lies in [0, 1] and contains x/n', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom(0.9, 0.95, 0.998),
        (n, fraction, confidence) => {
          const x = Math.floor(fraction * n);
          const { lower, upper } = wilsonInterval(x, n, confidence);
          expect(lower).toBeGreaterThanOrEqual(0);
          expect(upper).toBeLessThanOrEqual(1);
          expect(lower).toBeLessThanOrEqual(x / n);
          expect(upper).toBeGreaterThanOrEqual(x / n);
        },
      ),
    );
  });

  it('rejects x < 0, n <= 0, x > n and non-finite input with InvalidInputError', () => {
    expect(() => wilsonInterval(-1, 10)).toThrow(/wilsonInterval: x must not be negative/);
    expect(() => wilsonInterval(1, 0)).toThrow(/n must be greater than 0/);
    expect(() => wilsonInterval(11, 10)).toThrow(/x must not exceed n \(10\)/);
    expect(() => wilsonInterval(Number.NaN, 10)).toThrow(InvalidInputError);
    expect(() => wilsonInterval(1, Number.POSITIVE_INFINITY)).toThrow(/n must be finite/);
  });
});

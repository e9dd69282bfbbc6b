import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/index.js';
import { byarsInterval } from './byars-interval.js';

// PHEindicatormethods tests/testthat/testdata_Byars_Wilson.xlsx (sheet testdata_B_W, rows 2-7 and 14),
// ukhsa-collaboration/PHEindicatormethods at commit 093fd288d8f8949dbcfbed70049dbbf385b6141d.
const PHE_BYARS: Array<[number, number, number, number]> = [
  [65, 0.95, 50.163187710459454, 82.849138545939837],
  [1045, 0.95, 982.59320180733255, 1110.3312129856499],
  [1, 0.95, 1.3072132901504351e-2, 5.5637555824752605],
  [65, 0.998, 42.880261471480203, 94.000290844318016],
  [1045, 0.998, 947.94070356103737, 1148.8061609880331],
  [10, 0.998, 2.916318374695686, 24.193724927880535],
];

describe('byarsInterval', () => {
  it.each(PHE_BYARS)('count %d at %d matches PHEindicatormethods to 1e-9 relative', (count, confidence, lower, upper) => {
    const r = byarsInterval(count, confidence);
    expect(Math.abs(r.lower - lower) / lower).toBeLessThan(1e-9);
    expect(Math.abs(r.upper - upper) / upper).toBeLessThan(1e-9);
  });

  it('refuses count 1 at 99.8%, where the lower limit would be negative (PHEindicatormethods gives NA, row 14)', () => {
    const call = () => byarsInterval(1, 0.998);
    expect(call).toThrow(InvalidInputError);
    expect(call).toThrow(/lower limit would be negative/);
  });

  it('refuses a count of 0 and a fractional count', () => {
    expect(() => byarsInterval(0)).toThrow(/must be at least 1 for Byar's method/);
    expect(() => byarsInterval(2.5)).toThrow(/whole number/);
  });

  it('property: the interval contains the count for counts >= 10', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 10_000_000 }), fc.constantFrom(0.9, 0.95, 0.998), (count, confidence) => {
        const r = byarsInterval(count, confidence);
        expect(r.lower).toBeGreaterThan(0);
        expect(r.lower).toBeLessThanOrEqual(count);
        expect(r.upper).toBeGreaterThanOrEqual(count);
      }),
    );
  });
});

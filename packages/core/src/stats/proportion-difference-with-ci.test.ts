import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/index.js';
import { proportionDifferenceWithCI } from './proportion-difference-with-ci.js';

// Newcombe RG. Interval estimation for the difference between independent proportions: comparison
// of eleven methods. Statistics in Medicine 1998;17:873-890, Table II, method 10 (score interval
// without continuity correction), 95% limits to 4 decimals. Examples (a)-(h).
const NEWCOMBE_TABLE_II: Array<[string, number, number, number, number, string, string, string]> = [
  ['(a)', 56, 70, 48, 80, '0.2000', '0.0524', '0.3339'],
  ['(b)', 9, 10, 3, 10, '0.6000', '0.1705', '0.8090'],
  ['(c)', 6, 7, 2, 7, '0.5714', '0.0582', '0.8062'],
  ['(d)', 5, 56, 0, 29, '0.0893', '-0.0381', '0.1926'],
  ['(e)', 0, 10, 0, 20, '0.0000', '-0.1611', '0.2775'],
  ['(f)', 0, 10, 0, 10, '0.0000', '-0.2775', '0.2775'],
  ['(g)', 10, 10, 0, 20, '1.0000', '0.6791', '1.0000'],
  ['(h)', 10, 10, 0, 10, '1.0000', '0.6075', '1.0000'],
];

const fixed4 = (x: number): string => {
  const text = x.toFixed(4);
  return text === '-0.0000' ? '0.0000' : text;
};

describe('proportionDifferenceWithCI', () => {
  it.each(NEWCOMBE_TABLE_II)('Newcombe 1998 Table II %s: %d/%d − %d/%d', (_id, x1, n1, x2, n2, d, lower, upper) => {
    const r = proportionDifferenceWithCI(x1, n1, x2, n2);
    expect(r.method).toBe('newcombe-hybrid-score');
    expect(fixed4(r.value)).toBe(d);
    expect(fixed4(r.lower)).toBe(lower);
    expect(fixed4(r.upper)).toBe(upper);
  });

  it('returns the two Wilson intervals it was built from', () => {
    const r = proportionDifferenceWithCI(56, 70, 48, 80);
    expect(r.first.value).toBeCloseTo(0.8, 12);
    expect(r.second.value).toBeCloseTo(0.6, 12);
    expect(r.first.method).toBe('wilson');
  });

  it('expresses the difference in percentage points with multiplier 100', () => {
    const r = proportionDifferenceWithCI(56, 70, 48, 80, { multiplier: 100 });
    expect(r.value).toBeCloseTo(20, 10);
    expect(r.lower.toFixed(2)).toBe('5.24');
    expect(r.upper.toFixed(2)).toBe('33.39');
  });

  const sample = fc
    .tuple(fc.integer({ min: 1, max: 2000 }), fc.nat(), fc.integer({ min: 1, max: 2000 }), fc.nat())
    .map(([n1, a, n2, b]) => [a % (n1 + 1), n1, b % (n2 + 1), n2] as const);

  it('property: lower <= difference <= upper, within [−1, 1]', () => {
    fc.assert(
      fc.property(sample, fc.constantFrom(0.95, 0.998), ([x1, n1, x2, n2], confidence) => {
        const r = proportionDifferenceWithCI(x1, n1, x2, n2, { confidence });
        expect(r.lower).toBeGreaterThanOrEqual(-1);
        expect(r.upper).toBeLessThanOrEqual(1);
        expect(r.lower).toBeLessThanOrEqual(r.value);
        expect(r.value).toBeLessThanOrEqual(r.upper);
      }),
    );
  });

  it('property: swapping the two samples mirrors the interval', () => {
    fc.assert(
      fc.property(sample, ([x1, n1, x2, n2]) => {
        const ab = proportionDifferenceWithCI(x1, n1, x2, n2);
        const ba = proportionDifferenceWithCI(x2, n2, x1, n1);
        expect(ba.value).toBeCloseTo(-ab.value, 12);
        expect(ba.lower).toBeCloseTo(-ab.upper, 12);
        expect(ba.upper).toBeCloseTo(-ab.lower, 12);
      }),
    );
  });

  it('names the offending argument', () => {
    expect(() => proportionDifferenceWithCI(5, 4, 1, 2)).toThrow(/proportionDifferenceWithCI: x1 must not exceed n1 \(4\)/);
    expect(() => proportionDifferenceWithCI(1, 4, 1, 0)).toThrow(/n2 must be at least 1/);
    expect(() => proportionDifferenceWithCI(1, 4, -1, 2)).toThrow(/x2 must not be negative/);
    expect(() => proportionDifferenceWithCI(1, 4.2, 1, 2)).toThrow(/n1 must be a whole number/);
    expect(() => proportionDifferenceWithCI(1, 4, 1, 2, { confidence: 0.5 })).toThrow(InvalidInputError);
  });
});

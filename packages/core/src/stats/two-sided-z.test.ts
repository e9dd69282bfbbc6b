import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { twoSidedZ } from './two-sided-z.js';

describe('twoSidedZ', () => {
  it('gives the tabulated two-sided critical values (Abramowitz & Stegun table 26.5: 1.959964 for 95%, 3.090232 for 99.8%)', () => {
    expect(twoSidedZ(0.95)).toBeCloseTo(1.959964, 6);
    expect(twoSidedZ(0.998)).toBeCloseTo(3.090232, 6);
    expect(twoSidedZ(0.99)).toBeCloseTo(2.575829, 6);
  });

  it('grows with the confidence level', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.9, max: 0.999, noNaN: true }), fc.double({ min: 0.9, max: 0.999, noNaN: true }), (a, b) => {
        fc.pre(a < b);
        expect(twoSidedZ(a)).toBeLessThanOrEqual(twoSidedZ(b));
      }),
    );
  });
});

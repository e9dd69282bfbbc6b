import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/index.js';
import { roundHalfUp } from './round-half-up.js';
import { share } from './share.js';

describe('share', () => {
  it('reproduces the shares the report prints', () => {
    expect(share(6, 25)).toBe(24); // "6 of 25 children considered within rapid reviews; 24%"
    expect(roundHalfUp(share(180, 514), 0)).toBe(35); // a count consistent with "35% of 514"
    expect(share(0, 7)).toBe(0);
    expect(share(7, 7)).toBe(100);
  });

  it('throws InvalidInputError for a zero or negative whole, a negative part or a part above the whole', () => {
    expect(() => share(1, 0)).toThrow(InvalidInputError);
    expect(() => share(1, 0)).toThrow(/whole is 0/);
    expect(() => share(1, -5)).toThrow(/whole must be positive/);
    expect(() => share(-1, 5)).toThrow(/part must not be negative/);
    expect(() => share(6, 5)).toThrow(/part must not exceed whole \(5\)/);
    expect(() => share(Number.NaN, 5)).toThrow(/part must be a finite number/);
    expect(() => share(1, Number.POSITIVE_INFINITY)).toThrow(/whole must be a finite number/);
  });

  it('lies in [0, 100], grows with the part, and complementary shares add to 100', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.nat(), fc.nat(), (whole, i, j) => {
        const a = i % (whole + 1);
        const b = j % (whole + 1);
        const sa = share(a, whole);
        expect(sa).toBeGreaterThanOrEqual(0);
        expect(sa).toBeLessThanOrEqual(100);
        if (a < b) expect(sa).toBeLessThan(share(b, whole));
        expect(sa + share(whole - a, whole)).toBeCloseTo(100, 10);
      }),
    );
  });
});

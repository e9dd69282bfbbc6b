import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gcd, Rational } from './rational.js';

describe('Rational', () => {
  it('keeps lowest terms with a positive denominator', () => {
    const r = Rational.of(6, -4);
    expect([r.numerator, r.denominator]).toEqual([-3n, 2n]);
    expect(Rational.of(0, -7).denominator).toBe(1n);
    expect(() => Rational.of(1, 0)).toThrow(RangeError);
  });

  it('is exact where floats are not: 1/10 + 2/10 is 3/10', () => {
    const sum = Rational.of(1, 10).add(Rational.of(2, 10));
    expect([sum.numerator, sum.denominator]).toEqual([3n, 10n]);
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sum.toNumber()).toBe(0.3);
  });

  it('gcd', () => {
    expect([gcd(12n, 18n), gcd(-4n, 6n), gcd(0n, 5n), gcd(0n, 0n)]).toEqual([6n, 2n, 5n, 0n]);
  });

  it('property: (a / b) * b - a = 0 and a + b - b = a', () => {
    const q = fc.tuple(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 1, max: 1000 })).map(([n, d]) => Rational.of(n, d));
    fc.assert(
      fc.property(q, q, (a, b) => {
        expect(a.add(b).sub(b)).toEqual(a);
        if (!b.isZero()) expect(a.div(b).mul(b).sub(a).isZero()).toBe(true);
      }),
    );
  });
});

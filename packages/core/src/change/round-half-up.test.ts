import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/index.js';
import { roundHalfUp } from './round-half-up.js';

describe('roundHalfUp', () => {
  it('rounds decimal ties up although the double is just below the tie', () => {
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
    expect(roundHalfUp(2.675, 2)).toBe(2.68);
    expect(roundHalfUp(7.65, 1)).toBe(7.7);
    expect(roundHalfUp(1.255, 2)).toBe(1.26);
    expect(roundHalfUp(8.345, 2)).toBe(8.35);
    expect(roundHalfUp(0.5, 0)).toBe(1);
    expect(roundHalfUp(1.5, 0)).toBe(2);
    expect(roundHalfUp(2.5, 0)).toBe(3); // not banker's rounding
  });

  it('rounds the report percentages as printed', () => {
    // contacts 13,218 -> 17,011: "up 29%"; missing 1,305 -> 1,404: "(7.6%)"
    expect(roundHalfUp((100 * (17_011 - 13_218)) / 13_218, 0)).toBe(29);
    expect(roundHalfUp((100 * (1_404 - 1_305)) / 1_305, 1)).toBe(7.6);
    expect(roundHalfUp((100 * (3_653 - 2_629)) / 2_629, 0)).toBe(39);
  });

  it('rounds negative numbers half away from zero and never returns -0', () => {
    expect(roundHalfUp(-2.5, 0)).toBe(-3);
    expect(roundHalfUp(-1.005, 2)).toBe(-1.01);
    expect(roundHalfUp(-2.4, 0)).toBe(-2);
    expect(Object.is(roundHalfUp(-0.4, 0), 0)).toBe(true);
    expect(Object.is(roundHalfUp(-0, 2), 0)).toBe(true);
    expect(roundHalfUp(-35.8490566, 0)).toBe(-36);
  });

  it('rounds to tens, hundreds and thousands with negative digits', () => {
    expect(roundHalfUp(270_350, -2)).toBe(270_400);
    expect(roundHalfUp(270_349, -2)).toBe(270_300);
    expect(roundHalfUp(450, -3)).toBe(0);
    expect(roundHalfUp(500, -3)).toBe(1000);
    expect(roundHalfUp(-1_500, -3)).toBe(-2000);
  });

  it('handles very small, very large and exponent-notation numbers', () => {
    expect(roundHalfUp(1e-7, 2)).toBe(0);
    expect(roundHalfUp(5e-7, 6)).toBe(1e-6);
    expect(roundHalfUp(4.9e-7, 6)).toBe(0);
    expect(roundHalfUp(1.25e-7, 8)).toBe(1.3e-7);
    expect(roundHalfUp(1e21, 2)).toBe(1e21);
    expect(roundHalfUp(123.456, 10)).toBe(123.456);
    expect(roundHalfUp(0.05, 1)).toBe(0.1);
    expect(roundHalfUp(0.049, 1)).toBe(0);
    expect(roundHalfUp(9.995, 2)).toBe(10);
    expect(roundHalfUp(99.95, 1)).toBe(100);
  });

  it('throws InvalidInputError for non-finite x and bad digits', () => {
    expect(() => roundHalfUp(Number.NaN, 0)).toThrow(InvalidInputError);
    expect(() => roundHalfUp(Number.POSITIVE_INFINITY, 0)).toThrow(/x must be a finite number/);
    expect(() => roundHalfUp(1, 1.5)).toThrow(/digits must be an integer/);
    expect(() => roundHalfUp(1, -21)).toThrow(InvalidInputError);
    expect(() => roundHalfUp(1, 101)).toThrow(InvalidInputError);
    expect(() => roundHalfUp('1' as unknown as number, 0)).toThrow(InvalidInputError);
    expect(roundHalfUp(Number.MAX_VALUE, -20)).toBe(Number.MAX_VALUE);
  });

  it('matches exact integer arithmetic on every decimal with one digit more than kept', () => {
    // x = n / 10^(d+1) written in decimal; the exact answer is round-half-away(n / 10) / 10^d.
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 6 }), (n, d) => {
        const x = Number(`${n}e-${d + 1}`);
        const tenths = Math.abs(n) % 10;
        const whole = Math.trunc(Math.abs(n) / 10) + (tenths >= 5 ? 1 : 0);
        const expected = whole === 0 ? 0 : Math.sign(n) * Number(`${whole}e-${d}`);
        expect(roundHalfUp(x, d)).toBe(expected);
      }),
    );
  });

  it('is idempotent and within half a unit of x', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }),
        fc.integer({ min: -5, max: 8 }),
        (x, d) => {
          const r = roundHalfUp(x, d);
          expect(roundHalfUp(r, d)).toBe(r);
          const halfUnit = 0.5 * 10 ** -d;
          // Allow for the binary representation of both x and r (a few ulps).
          const slack = 4 * Number.EPSILON * Math.max(Math.abs(x), Math.abs(r), halfUnit);
          expect(Math.abs(r - x)).toBeLessThanOrEqual(halfUnit + slack);
        },
      ),
    );
  });

  it('is odd: roundHalfUp(-x) === -roundHalfUp(x)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 6 }), (x, d) => {
        expect(roundHalfUp(-x, d) + roundHalfUp(x, d)).toBe(0);
      }),
    );
  });

  it('agrees with Math.round away from ties for whole numbers', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e9, noNaN: true }), (x) => {
        fc.pre(Math.abs((x % 1) - 0.5) > 1e-6);
        expect(roundHalfUp(x, 0)).toBe(Math.round(x));
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eliminate, IntegerSpan, normalise, pivotOf } from './integer-span.js';

const v = (...xs: number[]) => xs.map(BigInt);

describe('IntegerSpan', () => {
  it('normalise divides by the gcd and makes the first non-zero entry positive', () => {
    expect(normalise(v(0, -4, 6))).toEqual(v(0, 2, -3));
    expect(normalise(v(0, 0))).toEqual(v(0, 0));
    expect(pivotOf(v(0, 0, 3))).toBe(2);
    expect(eliminate(v(1, 1, 0), v(1, 0, 1), 0)).toEqual(v(0, 1, -1));
  });

  it('knows a row total minus the rest of its row is the remaining cell', () => {
    const span = new IntegerSpan();
    expect(span.add(v(1, 1, 1))).toBe(true); // the row total
    expect(span.add(v(0, 1, 0))).toBe(true); // one cell
    expect(span.contains(v(1, 0, 1))).toBe(true); // the other two together
    expect(span.contains(v(1, 0, 0))).toBe(false);
    expect(span.add(v(0, 0, 1))).toBe(true);
    expect(span.contains(v(1, 0, 0))).toBe(true);
    expect(span.add(v(2, 3, 4))).toBe(false);
    expect(span.rank).toBe(3);
  });

  it('property: contains every integer combination of the vectors added, and rank never exceeds the dimension', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 5, maxLength: 5 }), { minLength: 1, maxLength: 7 }),
        fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 7, maxLength: 7 }),
        (rows, weights) => {
          const span = new IntegerSpan();
          rows.forEach((row) => span.add(v(...row)));
          const combination = [0, 1, 2, 3, 4].map((j) => rows.reduce((sum, row, i) => sum + (weights[i] as number) * (row[j] as number), 0));
          expect(span.contains(v(...combination))).toBe(true);
          expect(span.rank).toBeLessThanOrEqual(5);
        },
      ),
    );
  });
});

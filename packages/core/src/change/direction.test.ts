import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/index.js';
import { direction } from './direction.js';

describe('direction', () => {
  it('by default calls only no change flat', () => {
    expect(direction(13_218, 17_011)).toBe('up');
    expect(direction(26, 11)).toBe('down');
    expect(direction(525, 536)).toBe('up'); // the report prints ↔ here
    expect(direction(7, 7)).toBe('flat');
  });

  it('calls a change flat within a percentage band of the previous value (inclusive)', () => {
    // CP plans 525 -> 536 is +2.095%: the report's ↔ fits a band of 2.5% but not of 2%.
    expect(direction(525, 536, { flatWithin: { percent: 2.5 } })).toBe('flat');
    expect(direction(525, 536, { flatWithin: { percent: 2 } })).toBe('up');
    expect(direction(200, 202, { flatWithin: { percent: 1 } })).toBe('flat');
    expect(direction(200, 198, { flatWithin: { percent: 1 } })).toBe('flat');
    expect(direction(200, 197, { flatWithin: { percent: 1 } })).toBe('down');
    expect(direction(0, 0, { flatWithin: { percent: 5 } })).toBe('flat');
    expect(direction(0, 1, { flatWithin: { percent: 5 } })).toBe('up');
  });

  it('calls a change flat within an absolute band (inclusive)', () => {
    expect(direction(525, 536, { flatWithin: { absolute: 11 } })).toBe('flat');
    expect(direction(525, 536, { flatWithin: { absolute: 10 } })).toBe('up');
    expect(direction(53, 46, { flatWithin: { absolute: 5 } })).toBe('down');
  });

  it('throws InvalidInputError for non-finite values and bad bands', () => {
    expect(() => direction(Number.NaN, 1)).toThrow(InvalidInputError);
    expect(() => direction(1, Number.NEGATIVE_INFINITY)).toThrow(/current must be a finite number/);
    expect(() => direction(1, 2, { flatWithin: { percent: -1 } })).toThrow(/flatWithin.percent must be a finite number of at least 0/);
    expect(() => direction(1, 2, { flatWithin: { absolute: Number.NaN } })).toThrow(/flatWithin.absolute/);
    expect(() => direction(1, 2, { flatWithin: {} as never })).toThrow(/must be \{ percent: number \} or \{ absolute: number \}/);
  });

  it('is antisymmetric under the default and absolute rules', () => {
    const flip = { up: 'down', down: 'up', flat: 'flat' } as const;
    fc.assert(
      fc.property(fc.integer(), fc.integer(), fc.nat({ max: 1000 }), (a, b, band) => {
        expect(direction(b, a)).toBe(flip[direction(a, b)]);
        expect(direction(b, a, { flatWithin: { absolute: band } })).toBe(flip[direction(a, b, { flatWithin: { absolute: band } })]);
      }),
    );
  });

  it('a band only turns up/down into flat, never reverses a direction', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 0, max: 1e6 }), fc.double({ min: 0, max: 100, noNaN: true }), (a, b, p) => {
        const banded = direction(a, b, { flatWithin: { percent: p } });
        expect([direction(a, b), 'flat']).toContain(banded);
      }),
    );
  });
});

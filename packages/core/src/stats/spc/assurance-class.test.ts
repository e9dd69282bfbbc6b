import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../errors/index.js';
import { assuranceClass } from './assurance-class.js';
import { NHSR_COMMIT } from './nhsr-fixtures.test-data.js';

// Expectations ported from NHSRplotthedots tests/testthat/test-ptd_calculate_assurance_type.R, commit
// 050b07d7eacc011767532732f69b8fd7d6a28fd3: facets a, b, c with (lpl, upl) = (1, 3), (5, 7), (1, 5)
// and target 4.
const facets = [
  { lower: 1, upper: 3 },
  { lower: 5, upper: 7 },
  { lower: 1, upper: 5 },
];

describe(`assuranceClass (NHSRplotthedots ptd_calculate_assurance_type, ${NHSR_COMMIT.slice(0, 7)})`, () => {
  it('increase: consistent_fail, consistent_pass, inconsistent', () => {
    expect(facets.map((l) => assuranceClass(l, 4, 'increase'))).toEqual(['consistently-failing', 'consistently-passing', 'hit-and-miss']);
  });

  it('decrease: consistent_pass, consistent_fail, inconsistent', () => {
    expect(facets.map((l) => assuranceClass(l, 4, 'decrease'))).toEqual(['consistently-passing', 'consistently-failing', 'hit-and-miss']);
  });

  it('neutral: NA for every facet', () => {
    expect(facets.map((l) => assuranceClass(l, 4, 'neutral'))).toEqual([null, null, null]);
  });

  it('a target exactly on a limit is hit and miss (strict comparisons)', () => {
    expect(assuranceClass({ lower: 1, upper: 4 }, 4, 'increase')).toBe('hit-and-miss');
    expect(assuranceClass({ lower: 4, upper: 6 }, 4, 'increase')).toBe('hit-and-miss');
  });

  it('property: swapping the direction swaps passing and failing', () => {
    const swap = { 'consistently-failing': 'consistently-passing', 'consistently-passing': 'consistently-failing', 'hit-and-miss': 'hit-and-miss' } as const;
    fc.assert(
      fc.property(fc.integer({ min: -100, max: 100 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: -300, max: 300 }), (lower, width, target) => {
        const limits = { lower, upper: lower + width };
        expect(assuranceClass(limits, target, 'decrease')).toBe(swap[assuranceClass(limits, target, 'increase')!]);
      }),
    );
  });

  it('rejects bad input', () => {
    expect(() => assuranceClass({ lower: 2, upper: 1 }, 0, 'increase')).toThrow(/assuranceClass: limits must have lower <= upper/);
    expect(() => assuranceClass({ lower: 0, upper: 1 }, Number.NaN, 'increase')).toThrow(/target must be a finite number/);
    expect(() => assuranceClass({ lower: 0, upper: 1 }, 0, 'higher' as never)).toThrow(InvalidInputError);
  });
});

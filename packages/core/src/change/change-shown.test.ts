import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/index.js';
import { changeShown, PERCENT_CHANGE_MIN_BASE } from './change-shown.js';

describe('changeShown', () => {
  it('shows the budget changes of the first dataset as the report would print them', () => {
    // Appendix 9.C: Training Income £10,613 -> £7,500, IT Software & Hardware £64 -> £1,500, Sussex Police unchanged.
    expect(changeShown(10_613, 7_500, 'GBP')).toEqual({ kind: 'percent', percent: (100 * (7_500 - 10_613)) / 10_613, difference: -3_113, text: '-29%' });
    expect(changeShown(64, 1_500, 'GBP')).toEqual({ kind: 'difference', difference: 1_436, smallBase: true, text: '+£1,436' });
    expect(changeShown(35_000, 35_000, 'GBP')).toEqual({ kind: 'none', difference: 0, text: 'no change' });
    // Pan Sussex Procedures £7,455 -> £7,500 is +0.6%: printed as "+1%".
    expect(changeShown(7_455, 7_500, 'GBP').text).toBe('+1%');
  });

  it('shows counts under 10 as a difference and larger ones as a percentage', () => {
    expect(changeShown(9, 15, 'count')).toMatchObject({ kind: 'difference', smallBase: true, text: '+6' });
    expect(changeShown(26, 11, 'count')).toMatchObject({ kind: 'percent', text: '-58%' });
    expect(changeShown(10, 11, 'count')).toMatchObject({ kind: 'percent', text: '+10%' });
  });

  it('shows a change that rounds to 0% as the difference, never "+0%"', () => {
    expect(changeShown(303, 302, 'count')).toEqual({ kind: 'difference', difference: -1, smallBase: false, text: '-1' });
    expect(changeShown(100_000, 100_400, 'GBP').text).toBe('+£400');
  });

  it('never shows a percentage on a base below the threshold, and never "0%" (property)', () => {
    const value = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(value, value, fc.constantFrom('count' as const, 'GBP' as const), (previous, current, unit) => {
        const shown = changeShown(previous, current, unit);
        if (shown.kind === 'percent') expect(previous).toBeGreaterThanOrEqual(PERCENT_CHANGE_MIN_BASE[unit]);
        expect(shown.text).not.toMatch(/^[+-]?0%$/);
        expect(shown.difference).toBe(current - previous);
      }),
    );
  });

  it('throws a typed error for values that are not finite and for an unknown unit', () => {
    expect(() => changeShown(Number.NaN, 1, 'count')).toThrow(InvalidInputError);
    expect(() => changeShown(1, Infinity, 'GBP')).toThrow(InvalidInputError);
    expect(() => changeShown(1, 2, 'percent' as never)).toThrow(InvalidInputError);
    expect(() => changeShown(-1e308, 1e308, 'count')).toThrow(InvalidInputError);
  });
});

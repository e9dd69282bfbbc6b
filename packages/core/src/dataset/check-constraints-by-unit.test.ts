import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkConstraintsByUnit } from './check-constraints-by-unit.js';
import { figureSchema } from './schemas/figure.js';

const rule = figureSchema['scpkit:constraintsByUnit'];
const codes = (value: number, unit: string) => checkConstraintsByUnit(String(value), value, unit, rule).map((v) => v.code);

describe('checkConstraintsByUnit (figures: value bounds by unit)', () => {
  it('keeps shares in percent within 0-100', () => {
    expect(codes(0, 'percent')).toEqual([]);
    expect(codes(100, 'percent')).toEqual([]);
    expect(codes(33.5, 'percent')).toEqual([]);
    expect(codes(104, 'percent')).toEqual(['above-maximum']);
    expect(codes(-1, 'percent')).toEqual(['below-minimum']);
    expect(checkConstraintsByUnit('104', 104, 'percent', rule)[0]?.message).toBe('104 is above the maximum 100 for unit "percent"');
  });

  it('lets a percent change be any finite number (+297%, -36%)', () => {
    expect(codes(297, 'percent-change')).toEqual([]);
    expect(codes(-36, 'percent-change')).toEqual([]);
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (v) => checkConstraintsByUnit(String(v), v, 'percent-change', rule).length === 0));
  });

  it('keeps published rates per 10,000 non-negative, whole or not (England 2021/22: 334.3 children in need, 70 looked after)', () => {
    expect(codes(334.3, 'per-10000')).toEqual([]);
    expect(codes(70, 'per-10000')).toEqual([]);
    expect(codes(0, 'per-10000')).toEqual([]);
    expect(codes(-0.1, 'per-10000')).toEqual(['below-minimum']);
    fc.assert(fc.property(fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }), (v) => checkConstraintsByUnit(String(v), v, 'per-10000', rule).length === 0));
    fc.assert(fc.property(fc.double({ max: -Number.MIN_VALUE, noNaN: true, noDefaultInfinity: true }), (v) => codes(v, 'per-10000').includes('below-minimum')));
  });

  it('requires counts to be non-negative whole numbers and money to be whole pounds', () => {
    expect(codes(12, 'count')).toEqual([]);
    expect(codes(-3, 'count')).toEqual(['below-minimum']);
    expect(codes(2.5, 'count')).toEqual(['not-an-integer']);
    expect(codes(-2.5, 'count')).toEqual(['not-an-integer', 'below-minimum']);
    expect(codes(-270300, 'GBP')).toEqual([]);
    expect(codes(10.5, 'GBP')).toEqual(['not-an-integer']);
  });

  it('adds nothing for a unit the rule does not list', () => {
    expect(codes(-5, 'score')).toEqual([]);
    expect(codes(-5, 'no-such-unit')).toEqual([]);
  });
});

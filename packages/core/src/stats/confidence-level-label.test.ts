import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/index.js';
import { confidenceLevelLabel } from './confidence-level-label.js';
import { proportionWithCI } from './proportion-with-ci.js';
import { rateWithCI } from './rate-with-ci.js';

describe('confidenceLevelLabel', () => {
  it('writes the levels in use as percentages, without floating-point noise', () => {
    expect(confidenceLevelLabel(0.95)).toBe('95%');
    expect(confidenceLevelLabel(0.998)).toBe('99.8%');
    expect(confidenceLevelLabel(0.9)).toBe('90%');
    expect(confidenceLevelLabel(0.99)).toBe('99%');
  });

  it('follows the level an estimate was computed at', () => {
    expect(confidenceLevelLabel(rateWithCI(12, 5000, { confidence: 0.998 }).confidence)).toBe('99.8%');
    expect(confidenceLevelLabel(proportionWithCI(3, 40, { confidence: 0.9 }).confidence)).toBe('90%');
  });

  it('refuses a level written as a percentage, with the typed error', () => {
    expect(() => confidenceLevelLabel(95)).toThrow(InvalidInputError);
    expect(() => confidenceLevelLabel(Number.NaN)).toThrow(InvalidInputError);
  });

  it('property: the label read back as a number is the level to 12 significant digits', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.9, max: 0.999999, noNaN: true }), (c) => {
        const label = confidenceLevelLabel(c);
        expect(label.endsWith('%')).toBe(true);
        expect(Math.abs(Number(label.slice(0, -1)) / 100 - c)).toBeLessThan(1e-11);
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/index.js';
import { proportionDifferenceWithCI } from '../stats/proportion-difference-with-ci.js';
import { proportionWithCI } from '../stats/proportion-with-ci.js';
import { modifiableFactorsChange, modifiableFactorsShare } from './modifiable-factors.js';

describe('modifiableFactorsShare', () => {
  it('is the Wilson proportion of reviewed deaths with modifiable factors', () => {
    const r = modifiableFactorsShare(27, 80);
    expect(r).toEqual(proportionWithCI(27, 80));
    expect([r.value, r.lower.toFixed(4), r.upper.toFixed(4)]).toEqual([0.3375, '0.2435', '0.4464']);
    expect(modifiableFactorsShare(27, 80, { multiplier: 100 }).value).toBeCloseTo(33.75, 12);
  });

  it('rejects impossible counts with the argument names', () => {
    expect(() => modifiableFactorsShare(30, 20)).toThrow(/modifiableFactorsShare: withFactors must not exceed reviewed \(20\)/);
    expect(() => modifiableFactorsShare(0, 0)).toThrow(/reviewed must be at least 1/);
    expect(() => modifiableFactorsShare(1, 2, { confidence: 0 })).toThrow(InvalidInputError);
  });
});

describe('modifiableFactorsChange', () => {
  it('is current − previous with Newcombe\'s interval (Newcombe 1998 Table II (a): 56/70 vs 48/80 → 0.0524 to 0.3339)', () => {
    const r = modifiableFactorsChange({ withFactors: 56, reviewed: 70 }, { withFactors: 48, reviewed: 80 });
    expect([r.value.toFixed(4), r.lower.toFixed(4), r.upper.toFixed(4)]).toEqual(['0.2000', '0.0524', '0.3339']);
    expect(r).toEqual(proportionDifferenceWithCI(56, 70, 48, 80));
  });

  it('matches its TSDoc example', () => {
    const r = modifiableFactorsChange({ withFactors: 27, reviewed: 80 }, { withFactors: 36, reviewed: 80 });
    expect([r.value.toFixed(4), r.lower.toFixed(4), r.upper.toFixed(4)]).toEqual(['-0.1125', '-0.2563', '0.0383']);
  });

  it('names the year and field in errors', () => {
    expect(() => modifiableFactorsChange({ withFactors: 5, reviewed: 4 }, { withFactors: 1, reviewed: 2 })).toThrow(
      /modifiableFactorsChange: current\.withFactors must not exceed current\.reviewed \(4\)/,
    );
    expect(() => modifiableFactorsChange({ withFactors: 1, reviewed: 4 }, { withFactors: 1, reviewed: 0 })).toThrow(
      /previous\.reviewed must be at least 1/,
    );
    expect(() => modifiableFactorsChange({ withFactors: 1, reviewed: 4 }, undefined as never)).toThrow(
      /previous must be an object \{ withFactors, reviewed \}/,
    );
  });
});

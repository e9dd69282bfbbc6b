import { describe, expect, it } from 'vitest';
import { share } from '../change/share.js';
import { InvalidInputError } from '../errors/index.js';
import { categoryShares } from '../measures/category-shares.js';
import { roundPrinted } from '../claims/round-printed.js';
import { compareWithBenchmark } from './compare-with-benchmark.js';
import { exactPoissonInterval } from './exact-poisson-interval.js';
import { proportionDifferenceWithCI } from './proportion-difference-with-ci.js';
import { proportionWithCI } from './proportion-with-ci.js';
import { rateWithCI } from './rate-with-ci.js';
import { xmrLimits } from './spc/xmr-limits.js';
import { MAX_CONFIDENCE, assertArray, checkOptions } from './validate-input.js';
import { wilsonInterval } from './wilson-interval.js';

describe('confidence levels are bounded where the quantile is finite and accurate', () => {
  it('refuses 0.9999999999999999 (the quantile of 1 is infinite) with a typed error naming confidence', () => {
    const nearlyOne = 0.9999999999999999;
    for (const call of [
      () => proportionWithCI(3, 10, { confidence: nearlyOne }),
      () => rateWithCI(3, 10, { confidence: nearlyOne }),
      () => wilsonInterval(3, 10, nearlyOne),
      () => proportionDifferenceWithCI(3, 10, 4, 10, { confidence: nearlyOne }),
      () => categoryShares({ a: 3, b: 7 }, { confidence: nearlyOne }),
      () => exactPoissonInterval(5, nearlyOne),
    ]) {
      expect(call).toThrow(InvalidInputError);
      expect(call).toThrow(/confidence must be at most 1 − 1e-9 \(0\.999999999\)/);
    }
  });

  it('accepts the largest level, 1 − 1e-9, with finite limits around the estimate', () => {
    expect(MAX_CONFIDENCE).toBe(1 - 1e-9);
    const p = proportionWithCI(3, 10, { confidence: MAX_CONFIDENCE });
    expect(p.lower).toBeCloseTo(0.0212673, 6);
    expect(p.upper).toBeCloseTo(0.8942106, 6);
    const r = rateWithCI(3, 10, { confidence: MAX_CONFIDENCE, per: 1 });
    expect(Number.isFinite(r.upper)).toBe(true);
    expect(r.lower).toBeLessThan(0.3);
    expect(r.upper).toBeGreaterThan(0.3);
    expect(() => proportionWithCI(3, 10, { confidence: 1 - 1e-10 })).toThrow(InvalidInputError);
  });
});

describe('extreme but numeric input gives a typed error or a finite answer', () => {
  it('a denominator beyond 2^53 − 1 is refused (proportionWithCI(3, 1e308) gave an upper limit below the estimate)', () => {
    expect(() => proportionWithCI(3, 1e308)).toThrow(/denominator must be at most 9007199254740991/);
    const big = proportionWithCI(3, Number.MAX_SAFE_INTEGER);
    expect(big.upper).toBeGreaterThan(big.value);
    expect(big.lower).toBeLessThan(big.value);
  });

  it('xmrLimits refuses a sparse series and values whose moving ranges overflow', () => {
    // eslint-disable-next-line no-sparse-arrays
    expect(() => xmrLimits([1, , 3, 4] as number[])).toThrow('xmrLimits: values[1] must be a finite number (got undefined)');
    expect(() => xmrLimits([1e308, -1e308, 1e308])).toThrow(/values are so far apart that the averageMovingRange overflows/);
    expect(xmrLimits([1e307, -1e307]).upper).toBeCloseTo(5.32e307, -300);
  });

  it('share of a huge part computes without overflow; a rate blames the tiny population', () => {
    expect(share(1.7e308, 1.7e308)).toBe(100);
    expect(share(6, 25)).toBe(24);
    expect(() => rateWithCI(0, 5e-324)).toThrow(/rateWithCI: population is so extreme that the result overflows/);
    expect(() => rateWithCI(0, 1e-300, { per: 1e300 })).toThrow(/rateWithCI: population is so extreme/);
    expect(() => rateWithCI(5, 10, { per: 1.7e308 })).toThrow(/rateWithCI: per is so extreme/);
  });

  it('compareWithBenchmark refuses an estimate function that gives NaN', () => {
    expect(() => compareWithBenchmark(() => ({ value: Number.NaN, lower: 0, upper: 1 }), 1, { polarity: 'no-judgement' })).toThrow(
      'compareWithBenchmark: estimate(0.95).value must be a number (got NaN)',
    );
  });
});

describe('options: null, unknown keys and unknown values are typed errors', () => {
  it('names the options a function takes when given one it does not (an unknown method was ignored)', () => {
    expect(() => rateWithCI(3, 10, { method: 'wilson' } as never)).toThrow('rateWithCI: options.method is not an option of rateWithCI: the options are per, confidence (got "wilson")');
    expect(() => proportionWithCI(3, 10, null as never)).toThrow('proportionWithCI: options must be an options object (confidence, multiplier) (got null)');
    expect(() => xmrLimits([1, 2], { screenOutliers: 'yes' as never })).toThrow("xmrLimits: options.screenOutliers must be true or false (got \"yes\")");
    expect(() => roundPrinted(1.5, 0, 'bankers' as never)).toThrow("roundPrinted: mode must be one of 'half-up', 'half-even', 'truncate' (got \"bankers\")");
  });

  it('checkOptions gives {} for undefined and the object itself when every key is allowed', () => {
    expect(checkOptions('f', undefined, ['a'])).toEqual({});
    const options = { a: 1 };
    expect(checkOptions('f', options, ['a'])).toBe(options);
    expect(() => checkOptions('f', [] as never, ['a'])).toThrow('f: options must be an options object (a) (got [])');
  });

  it('assertArray refuses a hole in a sparse array, naming its index', () => {
    expect(() => assertArray('f', 'values', new Array(3))).toThrow('f: values[0] is a hole in a sparse array: every item must be given (got undefined)');
    expect(() => assertArray('f', 'values', 'abc')).toThrow('f: values must be an array (got "abc")');
    expect(() => assertArray('f', 'values', [1, undefined])).not.toThrow();
  });
});

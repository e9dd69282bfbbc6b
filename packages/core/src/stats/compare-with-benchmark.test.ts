import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/index.js';
import { compareWithBenchmark, type EstimateAtBothLevels } from './compare-with-benchmark.js';
import { rateWithCI } from './rate-with-ci.js';

// An estimate with hand-set limits: 95% [8, 12], 99.8% [6, 14].
const estimate: EstimateAtBothLevels = { value: 10, ci95: { lower: 8, upper: 12 }, ci998: { lower: 6, upper: 14 } };

describe('compareWithBenchmark (Fingertips rule: is the benchmark inside the area\'s 95% / 99.8% CI?)', () => {
  it.each([
    // benchmark, level, direction, significance
    [10, 'similar', 'similar', 'not-significant'],
    [8, 'similar', 'similar', 'not-significant'], // on the 95% limit: inside
    [12, 'similar', 'similar', 'not-significant'],
    [7, 'higher', 'higher', '95%'],
    [6, 'higher', 'higher', '95%'], // on the 99.8% limit: inside it
    [5.9, 'higher (99.8%)', 'higher', '99.8%'],
    [13, 'lower', 'lower', '95%'],
    [14.1, 'lower (99.8%)', 'lower', '99.8%'],
  ] as const)('benchmark %d → %s', (benchmark, level, direction, significance) => {
    const r = compareWithBenchmark(estimate, benchmark, { polarity: 'higher-is-better' });
    expect(r.level).toBe(level);
    expect(r.direction).toBe(direction);
    expect(r.significance).toBe(significance);
  });

  it('maps the direction to better / worse / not-judged by polarity', () => {
    expect(compareWithBenchmark(estimate, 5, { polarity: 'higher-is-better' }).judgement).toBe('better');
    expect(compareWithBenchmark(estimate, 5, { polarity: 'lower-is-better' }).judgement).toBe('worse');
    expect(compareWithBenchmark(estimate, 5, { polarity: 'no-judgement' }).judgement).toBe('not-judged');
    expect(compareWithBenchmark(estimate, 13, { polarity: 'higher-is-better' }).judgement).toBe('worse');
    expect(compareWithBenchmark(estimate, 13, { polarity: 'lower-is-better' }).judgement).toBe('better');
    expect(compareWithBenchmark(estimate, 10, { polarity: 'lower-is-better' }).judgement).toBe('similar');
    expect(compareWithBenchmark(estimate, 10, { polarity: 'no-judgement' }).judgement).toBe('similar');
  });

  it('computes both intervals through a callback: 17 deaths in 106,575 children', () => {
    // 95% CI 9.2869 to 25.5408, 99.8% CI 6.5595 to 31.9392 (Byar's, see rateWithCI tests)
    const rate = (confidence: number) => rateWithCI(17, 106_575, { confidence });
    const cases: Array<[number, string, string]> = [
      [20, 'similar', 'similar'],
      [30, 'lower', 'better'],
      [35, 'lower (99.8%)', 'better'],
      [8, 'higher', 'worse'],
      [5, 'higher (99.8%)', 'worse'],
    ];
    for (const [benchmark, level, judgement] of cases) {
      const r = compareWithBenchmark(rate, benchmark, { polarity: 'lower-is-better' });
      expect([benchmark, r.level, r.judgement]).toEqual([benchmark, level, judgement]);
    }
    const r = compareWithBenchmark(rate, 30, { polarity: 'lower-is-better' });
    expect(r.estimate.ci998.upper.toFixed(4)).toBe('31.9392');
  });

  it('property: as the benchmark rises the level never moves back towards "higher"', () => {
    const order = ['higher (99.8%)', 'higher', 'similar', 'lower', 'lower (99.8%)'];
    fc.assert(
      fc.property(fc.double({ min: -100, max: 100, noNaN: true }), fc.double({ min: -100, max: 100, noNaN: true }), (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const first = compareWithBenchmark(estimate, low, { polarity: 'no-judgement' });
        const second = compareWithBenchmark(estimate, high, { polarity: 'no-judgement' });
        expect(order.indexOf(second.level)).toBeGreaterThanOrEqual(order.indexOf(first.level));
      }),
    );
  });

  it('property: the two polarities always judge a difference in opposite ways', () => {
    fc.assert(
      fc.property(fc.double({ min: -100, max: 100, noNaN: true }), (benchmark) => {
        const up = compareWithBenchmark(estimate, benchmark, { polarity: 'higher-is-better' }).judgement;
        const down = compareWithBenchmark(estimate, benchmark, { polarity: 'lower-is-better' }).judgement;
        if (up === 'similar') expect(down).toBe('similar');
        else expect(down).toBe(up === 'better' ? 'worse' : 'better');
      }),
    );
  });

  describe('invalid input throws InvalidInputError saying what is wrong', () => {
    const cases: Array<[string, () => unknown, RegExp]> = [
      ['unknown polarity', () => compareWithBenchmark(estimate, 1, { polarity: 'up' as never }), /polarity must be 'higher-is-better'/],
      ['NaN benchmark', () => compareWithBenchmark(estimate, Number.NaN, { polarity: 'no-judgement' }), /benchmark must be a number/],
      [
        '95% interval not containing the value',
        () => compareWithBenchmark({ ...estimate, value: 13 }, 1, { polarity: 'no-judgement' }),
        /estimate\.ci95 must contain the value 13/,
      ],
      [
        '99.8% interval narrower than the 95%',
        () => compareWithBenchmark({ ...estimate, ci998: { lower: 9, upper: 14 } }, 1, { polarity: 'no-judgement' }),
        /estimate\.ci998 must contain the 95% interval/,
      ],
      [
        'infinite limit',
        () => compareWithBenchmark({ ...estimate, ci998: { lower: 6, upper: Infinity } }, 1, { polarity: 'no-judgement' }),
        /estimate\.ci998\.upper must be finite/,
      ],
      [
        'callback giving different values at the two levels',
        () => compareWithBenchmark((c) => ({ value: c, lower: c - 1, upper: c + 1 }), 1, { polarity: 'no-judgement' }),
        /gave different values at 0\.95 and 0\.998/,
      ],
      ['missing intervals', () => compareWithBenchmark({ value: 1 } as never, 1, { polarity: 'no-judgement' }), /must have value, ci95 and ci998/],
    ];
    it.each(cases)('%s', (_label, call, message) => {
      expect(call).toThrow(InvalidInputError);
      expect(call).toThrow(message);
    });
  });
});

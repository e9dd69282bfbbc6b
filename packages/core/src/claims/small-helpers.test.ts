import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundHalfUp } from '../change/round-half-up.js';
import { directionOfWords } from './comparison-words.js';
import { hedgeBounds, hedgeInterval, hedgeOf, inInterval, intersectIntervals } from './hedge.js';
import { findPrintedNumber, printedNumbers } from './printed-number.js';
import { roundPrinted } from './round-printed.js';

describe('printedNumbers', () => {
  it('reads digits, thousands commas, decimals, signs and number words as printed', () => {
    expect(printedNumbers('27 (34%)').map((n) => n.value)).toEqual([27, 34]);
    expect(printedNumbers('£270,300')).toEqual([{ text: '270,300', value: 270300, digits: 0 }]);
    expect(printedNumbers('a reach of 158, 087')).toEqual([{ text: '158, 087', value: 158087, digits: 0 }]);
    expect(printedNumbers('a slight increase (7.6%)')).toEqual([{ text: '7.6', value: 7.6, digits: 1 }]);
    expect(printedNumbers('a reduction of -36%')).toEqual([{ text: '-36', value: -36, digits: 0 }]);
    expect(printedNumbers('Three multi-agency audits, eight reviews').map((n) => n.value)).toEqual([3, 8]);
    expect(printedNumbers('Between 2019/20 and 20/21').map((n) => n.value)).toEqual([2019, 20, 20, 21]);
  });

  it('finds the stated number whatever its printed sign', () => {
    expect(findPrintedNumber('44% reduction', -44)?.digits).toBe(0);
    expect(findPrintedNumber('12.2% compared to 13.2%', 13.2)?.text).toBe('13.2');
    expect(findPrintedNumber('up 29%', 30)).toBeNull();
  });
});

describe('hedges', () => {
  it('reads the hedge words', () => {
    expect(hedgeOf('nearly 200')).toBe('nearly');
    expect(hedgeOf('Over 200')).toBe('over');
    expect(hedgeOf('just over 200 staff')).toBe('just-over');
    expect(hedgeOf('Just over 50%')).toBe('just-over');
    expect(hedgeOf('approximately 95')).toBe('approximately');
    expect(hedgeOf('around 40%')).toBe('approximately');
    expect(hedgeOf('averaging 527 plans')).toBe('average');
    expect(hedgeOf('17,011')).toBeNull();
  });

  it('"nearly 200" and "over 200" have no value in common; "just over 200" and "over 200" do', () => {
    const nearly = hedgeBounds(200, 'nearly', 0.1);
    const over = hedgeBounds(200, 'over', 0.1);
    expect(nearly).toEqual({ low: 180, lowOpen: false, high: 200, highOpen: true });
    expect(hedgeInterval(200, 'nearly', 0.1)).toEqual(nearly);
    expect(intersectIntervals([nearly, over])).toBeNull();
    expect(intersectIntervals([hedgeBounds(200, 'just-over', 0.1), over])).toEqual({ low: 200, lowOpen: true, high: 220, highOpen: false });
    expect(intersectIntervals([hedgeBounds(200, null, 0.1), over])).toBeNull();
    expect(intersectIntervals([hedgeBounds(200, null, 0.1), hedgeBounds(200, 'at-least', 0.1)])).not.toBeNull();
  });

  it('hedgeInterval gives a missing bound as null, never ±Infinity, and refuses what it cannot bound', () => {
    expect(hedgeInterval(200, 'over', 0.1)).toEqual({ low: 200, lowOpen: true, high: null, highOpen: true });
    expect(hedgeInterval(5, 'under', 0.1)).toEqual({ low: null, lowOpen: true, high: 5, highOpen: true });
    expect(hedgeBounds(200, 'over', 0.1).high).toBe(Infinity);
    expect(() => hedgeInterval(Number.NaN, 'over', 0.1)).toThrow(/hedgeInterval: value must be a finite number/);
    expect(() => hedgeInterval(200, 'lots' as never, 0.1)).toThrow(/hedge must be one of 'over'/);
    expect(() => hedgeInterval(200, 'nearly', 1)).toThrow(/margin must be a number from 0 up to \(not including\) 1/);
    expect(() => hedgeInterval(1.5e308, 'approximately', 0.5)).toThrow(/value is so extreme that the result overflows/);
  });

  it('property: a value lies in the intersection exactly when it lies in every interval', () => {
    const hedge = fc.constantFrom(null, 'over', 'just-over', 'nearly', 'approximately', 'under', 'at-least', 'average' as const);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 500 }), hedge), { minLength: 1, maxLength: 4 }), fc.integer({ min: -10, max: 600 }), (figures, x) => {
        const intervals = figures.map(([v, h]) => hedgeBounds(v, h, 0.1));
        const common = intersectIntervals(intervals);
        const inAll = intervals.every((i) => inInterval(x, i));
        expect(common !== null && inInterval(x, common)).toBe(inAll);
      }),
    );
  });
});

describe('roundPrinted', () => {
  it('rounds half-up, half-even or truncates, reading binary noise as the decimal it stands for', () => {
    expect(roundPrinted(2.5, 0, 'half-up')).toBe(3);
    expect(roundPrinted(2.5, 0, 'half-even')).toBe(2);
    expect(roundPrinted(3.5, 0, 'half-even')).toBe(4);
    expect(roundPrinted(-2.5, 0, 'half-even')).toBe(-2);
    expect(roundPrinted(2.51, 0, 'half-even')).toBe(3);
    expect(roundPrinted(28.97, 0, 'truncate')).toBe(28);
    expect(roundPrinted(-28.97, 0, 'truncate')).toBe(-28);
    expect(roundPrinted(0.29 * 100, 0, 'truncate')).toBe(29);
    expect(roundPrinted(7.65, 1, 'half-even')).toBe(7.6);
    expect(roundPrinted(7.75, 1, 'half-even')).toBe(7.8);
    // Large magnitudes: toFixed(12) of 89177.7 is 89177.699999999997, the shortest decimal is not.
    expect(roundPrinted(891777 / 10, 3, 'truncate')).toBe(89177.7);
    expect(roundPrinted(1.5e-7, 7, 'half-even')).toBe(2e-7);
    expect(roundPrinted(2.5e-7, 7, 'half-even')).toBe(2e-7);
  });

  it('property: every mode is within one unit of the value and agrees with half-up away from ties', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 0, max: 3 }), (a, b, digits) => {
        const x = a / b;
        const unit = 10 ** -digits;
        for (const mode of ['half-up', 'half-even', 'truncate'] as const) {
          expect(Math.abs(roundPrinted(x, digits, mode) - x)).toBeLessThanOrEqual(unit * (1 + 1e-9));
        }
        const halfUp = roundHalfUp(x, digits);
        const even = roundPrinted(x, digits, 'half-even');
        if (even !== halfUp) expect(Math.abs(Math.abs(x - halfUp) - unit / 2)).toBeLessThan(unit * 1e-6);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('directionOfWords', () => {
  it.each([
    ['slightly higher', 'up'],
    ['a slight increase', 'up'],
    ['had risen', 'up'],
    ['a rise', 'up'],
    ['very small reduction', 'down'],
    ['slightly lower', 'down'],
    ['a decrease from the last year', 'down'],
    ['significant decrease', 'down'],
    ['unchanged', 'flat'],
  ] as const)('"%s" is %s', (text, expected) => {
    expect(directionOfWords(text)).toBe(expected);
  });

  it('no word or words of two directions give null', () => {
    expect(directionOfWords('compared to')).toBeNull();
    expect(directionOfWords('higher then lower')).toBeNull();
  });
});

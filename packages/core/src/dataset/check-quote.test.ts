import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkQuoteInSource, checkQuoteLength, MIN_QUOTE_LETTERS_AND_DIGITS } from './check-quote.js';

const SOURCE = 'We held 12 training sessions,\nattended by over 200 practitioners.\tEnd';

describe('checkQuoteInSource', () => {
  it('accepts verbatim substrings, line breaks and tabs included', () => {
    expect(checkQuoteInSource('12 training sessions,\nattended', SOURCE, 'source.txt')).toBeNull();
    expect(checkQuoteInSource('practitioners.\tEnd', SOURCE, 'source.txt')).toBeNull();
  });

  it('rejects a quote whose whitespace, digits or apostrophes differ, saying where it stops matching', () => {
    expect(checkQuoteInSource('attended by over 250 practitioners', SOURCE, 'source.txt')).toBe(
      'quote does not occur verbatim in source.txt: its first 18 characters occur, then it differs at "50 practitioners"',
    );
    expect(checkQuoteInSource('12 training sessions, attended', SOURCE, 'source.txt')).not.toBeNull();
    expect(checkQuoteInSource('Xylophone', SOURCE, 'source.txt')).toBe('quote does not occur verbatim in source.txt: no part of it occurs');
  });

  it('finds every substring of any source, and reports the longest matching prefix otherwise', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', '\n'), maxLength: 60 }), fc.nat(), fc.nat(), (source, i, j) => {
        const [from, to] = [i % (source.length + 1), j % (source.length + 1)].sort((a, b) => a - b) as [number, number];
        return checkQuoteInSource(source.slice(from, to), source, 's') === null;
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 40 }), fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), minLength: 1, maxLength: 10 }), (source, quote) => {
        const message = checkQuoteInSource(quote, source, 's');
        if (source.includes(quote)) return message === null;
        let longest = 0;
        while (longest < quote.length && source.includes(quote.slice(0, longest + 1))) longest += 1;
        return longest === 0 ? message?.endsWith('no part of it occurs') === true : message?.includes(`its first ${longest} characters occur`) === true;
      }),
    );
  });
});

describe('checkQuoteLength', () => {
  it('refuses a quote with fewer than 5 letters or digits, however often it occurs', () => {
    expect(MIN_QUOTE_LETTERS_AND_DIGITS).toBe(5);
    expect(checkQuoteLength(' ', 'source.txt')).toBe('" " is too short to identify its place in source.txt: a quote needs at least 5 letters or digits (this one has 0)');
    expect(checkQuoteLength('e', 'source.txt')).toBe('"e" is too short to identify its place in source.txt: a quote needs at least 5 letters or digits (this one has 1)');
    expect(checkQuoteLength('12%', 'source.txt')).not.toBeNull();
    expect(checkQuoteLength('- - - , . ; ! ? - - -', 'source.txt')).not.toBeNull();
  });

  it('accepts a word or a number with its unit, letters of any script', () => {
    // Quotes of the East Sussex 2021/22 dataset: a chart label that occurs four times, a budget line.
    expect(checkQuoteLength('Suicide', 'source.txt')).toBeNull();
    expect(checkQuoteLength('Trainer\n\t£54,386', 'source.txt')).toBeNull();
    expect(checkQuoteLength('£15,000', 'source.txt')).toBeNull();
    expect(checkQuoteLength('Ysgol', 'source.txt')).toBeNull();
    expect(checkQuoteLength('Île-de', 'source.txt')).toBeNull();
  });

  it('decides by the count of letters and digits alone', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '7', ' ', ',', '\n', '%'), maxLength: 30 }), (quote) => {
        const count = [...quote].filter((c) => /[a7]/.test(c)).length;
        return (checkQuoteLength(quote, 's') === null) === count >= MIN_QUOTE_LETTERS_AND_DIGITS;
      }),
    );
  });
});

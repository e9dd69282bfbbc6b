import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitLinesKeepEnds } from './split-lines.js';

describe('splitLinesKeepEnds', () => {
  it("matches Python's str.splitlines(True)", () => {
    // Expected values are Python 3's output for the same strings.
    expect(splitLinesKeepEnds('')).toEqual([]);
    expect(splitLinesKeepEnds('a')).toEqual(['a']);
    expect(splitLinesKeepEnds('a\n')).toEqual(['a\n']);
    expect(splitLinesKeepEnds('a\nb')).toEqual(['a\n', 'b']);
    expect(splitLinesKeepEnds('\n\n')).toEqual(['\n', '\n']);
    expect(splitLinesKeepEnds('a\r\nb\rc\u2028d\x0be\x1cf\x85')).toEqual(['a\r\n', 'b\r', 'c\u2028', 'd\x0b', 'e\x1c', 'f\x85']);
  });

  it('loses nothing and ends every line but the last with a line break (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\r', '\u2028', '\x0c', 'é') }), (text) => {
        const lines = splitLinesKeepEnds(text);
        expect(lines.join('')).toBe(text);
        for (const line of lines.slice(0, -1)) expect(line).toMatch(/(\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029])$/);
        for (const line of lines) expect(line).not.toBe('');
      }),
    );
  });
});

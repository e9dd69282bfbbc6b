import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/index.js';
import { arrowFor, arrowGlyphs, directionOfArrow } from './arrow.js';
import type { Direction } from './direction.js';

describe('arrowFor / directionOfArrow', () => {
  it('maps directions to the glyphs the report prints', () => {
    expect(arrowFor('up')).toBe('\u2191');
    expect(arrowFor('down')).toBe('\u2193');
    expect(arrowFor('flat')).toBe('\u2194');
  });

  it('reads the glyphs back, ignoring surrounding whitespace', () => {
    for (const d of ['up', 'down', 'flat'] as Direction[]) expect(directionOfArrow(arrowFor(d))).toBe(d);
    expect(directionOfArrow('\t↔ ')).toBe('flat');
    expect(Object.keys(arrowGlyphs)).toEqual(['up', 'down', 'flat']);
  });

  it('throws InvalidInputError for anything else', () => {
    expect(() => arrowFor('sideways' as Direction)).toThrow(InvalidInputError);
    expect(() => arrowFor('sideways' as Direction)).toThrow(/direction must be 'up', 'down' or 'flat'/);
    expect(() => directionOfArrow('→')).toThrow(/glyph must be one of ↑ ↓ ↔/);
    expect(() => directionOfArrow(3 as unknown as string)).toThrow(InvalidInputError);
  });
});

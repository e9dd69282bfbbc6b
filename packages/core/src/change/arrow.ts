import { InvalidInputError } from '../errors/index.js';
import type { Direction } from './direction.js';

/**
 * The arrow glyph printed for each direction: ↑ (U+2191), ↓ (U+2193), ↔ (U+2194).
 *
 * @example
 * arrowGlyphs.flat; // => '↔'
 */
export const arrowGlyphs = { up: '↑', down: '↓', flat: '↔' } as const satisfies Record<Direction, string>;

/**
 * One of the printed arrow glyphs.
 *
 * @example
 * const glyph: ArrowGlyph = arrowFor('up');
 * glyph; // => '↑'
 */
export type ArrowGlyph = (typeof arrowGlyphs)[Direction];

/**
 * The arrow glyph of a direction: `arrowFor('up') === '↑'`, `'down'` → `'↓'`, `'flat'` → `'↔'`.
 * @example
 * arrowFor('up'); // => '↑'
 * @throws {InvalidInputError} when `direction` is not `'up'`, `'down'` or `'flat'`.
 */
export function arrowFor(direction: Direction): ArrowGlyph {
  if (direction !== 'up' && direction !== 'down' && direction !== 'flat') {
    throw new InvalidInputError('arrowFor', 'direction', direction, "must be 'up', 'down' or 'flat'");
  }
  return arrowGlyphs[direction];
}

/**
 * The direction a printed arrow glyph stands for (surrounding whitespace ignored):
 * `directionOfArrow('↔') === 'flat'`.
 * @example
 * directionOfArrow('↓'); // => 'down'
 * @throws {InvalidInputError} when `glyph` is not one of ↑ ↓ ↔.
 */
export function directionOfArrow(glyph: string): Direction {
  const trimmed = typeof glyph === 'string' ? glyph.trim() : glyph;
  for (const [name, arrow] of Object.entries(arrowGlyphs) as [Direction, ArrowGlyph][]) {
    if (trimmed === arrow) return name;
  }
  throw new InvalidInputError('directionOfArrow', 'glyph', glyph, 'must be one of ↑ ↓ ↔');
}

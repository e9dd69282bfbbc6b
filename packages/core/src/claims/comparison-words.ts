import type { Direction } from '../change/direction.js';
import { assertString } from '../stats/validate-input.js';

const WORDS: Readonly<Record<Direction, readonly string[]>> = {
  up: ['increase', 'increased', 'increases', 'increasing', 'rise', 'rises', 'risen', 'rising', 'rose', 'higher', 'up', 'more', 'grew', 'growth', 'greater'],
  down: ['decrease', 'decreased', 'decreases', 'decreasing', 'reduction', 'reduced', 'fall', 'fell', 'fallen', 'falling', 'lower', 'down', 'drop', 'dropped', 'fewer', 'less', 'decline', 'declined'],
  flat: ['unchanged', 'same', 'stable', 'steady'],
};

/**
 * The direction a comparison word claims, from the words of `text` (case-insensitive):
 * up: increase(d/s/ing), rise/rises/risen/rising/rose, higher, up, more, grew, growth, greater;
 * down: decrease(d/s/ing), reduction, reduced, fall/fell/fallen/falling, lower, down, drop(ped),
 * fewer, less, decline(d); flat: unchanged, same, stable, steady. Degree words ("slightly",
 * "significant", "very small") are ignored. `null` when `text` has no direction word or words of
 * two directions.
 *
 * @example
 * directionOfWords('a slight increase'); // => 'up'
 * directionOfWords('slightly lower'); // => 'down'
 * directionOfWords('rose then fell'); // => null
 */
export function directionOfWords(text: string): Direction | null {
  assertString('directionOfWords', 'text', text);
  const words = new Set(text.toLowerCase().match(/[a-z]+/g) ?? []);
  const found = (Object.keys(WORDS) as Direction[]).filter((d) => WORDS[d].some((w) => words.has(w)));
  return found.length === 1 ? (found[0] ?? null) : null;
}

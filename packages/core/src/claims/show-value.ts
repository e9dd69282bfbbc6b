import { formatFigure, type FigureFormatUnit } from '../change/format-figure.js';

/** Decimals in the shortest printed form of `x`, at most `max`. */
export function decimalsOf(x: number, max = 6): number {
  const text = String(Math.abs(x));
  if (text.includes('e')) return max;
  const point = text.indexOf('.');
  return point < 0 ? 0 : Math.min(max, text.length - point - 1);
}

/**
 * Prints a value for an explanation in the report's style (`formatFigure`): pounds "£270,300",
 * percentages "36%", changes with a sign "+28.70%", everything else as a count "17,011".
 * `digits` defaults to the value's own decimals (at most 6).
 */
export function showValue(value: number, unit: string, digits: number = decimalsOf(value)): string {
  const formatUnit: FigureFormatUnit = unit === 'GBP' ? 'GBP' : unit === 'percent' || unit === 'percent-change' ? 'percent' : 'count';
  return formatFigure(value, { unit: formatUnit, digits, sign: unit === 'percent-change' ? 'always' : 'negative' });
}

/** The text with its first character in upper case, to start a sentence with a printed value. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Joins words as "a", "a or b", "a, b or c" (with `conjunction` in place of "or"). */
export function listWords(words: readonly string[], conjunction = 'or'): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words[words.length - 1]}`;
}

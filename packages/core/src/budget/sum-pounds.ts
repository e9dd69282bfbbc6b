import { roundHalfUp } from '../change/round-half-up.js';
import { formatFigure } from '../change/format-figure.js';
import { InvalidInputError } from '../errors/index.js';

/**
 * Whether `amount` is a sum of money in pounds the budget functions accept: finite, with at most two
 * decimals (whole pence). Internal.
 */
export function isPounds(amount: unknown): amount is number {
  return typeof amount === 'number' && Number.isFinite(amount) && roundHalfUp(amount, 2) === amount;
}

/** The amounts of the lines that print one, in order; a line with no amount is left out, never read as 0. Internal. */
export function knownAmounts(lines: readonly { readonly amount: number | null }[]): number[] {
  return lines.flatMap((line) => (line.amount === null ? [] : [line.amount]));
}

/**
 * Exact sum of amounts in pounds: added as whole pence (integers), so £0.10 + £0.20 is £0.30 and
 * whole-pound sums are exact. Internal.
 * @throws {InvalidInputError} when the sum in pence is beyond `Number.MAX_SAFE_INTEGER`.
 */
export function sumPounds(amounts: readonly number[], fn: string, what: string): number {
  let pence = 0;
  for (const amount of amounts) pence += Math.round(amount * 100);
  if (!Number.isSafeInteger(pence)) {
    throw new InvalidInputError(fn, what, amounts, 'adds up to more pence than can be counted exactly');
  }
  return pence / 100;
}

/** Difference a − b of two amounts in pounds, exact to the penny. Internal. */
export function subtractPounds(a: number, b: number): number {
  return (Math.round(a * 100) - Math.round(b * 100)) / 100;
}

/** An amount as printed in a message: "£270,300", "-£31,698", "£10.50". Internal. */
export function pounds(amount: number): string {
  return formatFigure(amount, { unit: 'GBP', digits: Number.isInteger(amount) ? 0 : 2 });
}

import type { Figure } from '../dataset/index.js';
import { InvalidInputError } from '../errors/index.js';
import { assertFiniteNumber, assertFiniteResult, assertOneOf, assertString } from '../stats/validate-input.js';

/**
 * A printed hedge on a number ("over 200", "nearly 200"): the `qualifier` values of `figures.csv`.
 *
 * @example
 * const hedge: Hedge | null = hedgeOf('nearly 200 attendees');
 * hedge; // => 'nearly'
 */
export type Hedge = NonNullable<Figure['qualifier']>;

const HEDGES: readonly Hedge[] = ['over', 'just-over', 'under', 'approximately', 'nearly', 'average', 'at-least'];

const HEDGE_WORDS: readonly (readonly [RegExp, Hedge])[] = [
  [/\bjust over\b/i, 'just-over'],
  [/\bat least\b/i, 'at-least'],
  [/\b(?:over|more than|above)\b/i, 'over'],
  [/\b(?:nearly|almost)\b/i, 'nearly'],
  [/\b(?:approximately|approx\.|around|about|roughly)\b/i, 'approximately'],
  [/\b(?:under|less than|fewer than|below)\b/i, 'under'],
  [/\b(?:average|averaging)\b/i, 'average'],
];

/**
 * The hedge printed in a claim's text, from its words: "just over" → `just-over`, "at least" →
 * `at-least`, "over" / "more than" / "above" → `over`, "nearly" / "almost" → `nearly`,
 * "approximately" / "around" / "about" / "roughly" → `approximately`, "under" / "less than" /
 * "fewer than" / "below" → `under`, "average" / "averaging" → `average`; `null` when none.
 *
 * @example
 * hedgeOf('just over 200 referrals'); // => 'just-over'
 * hedgeOf('17,011 contacts'); // => null
 */
export function hedgeOf(text: string): Hedge | null {
  assertString('hedgeOf', 'text', text);
  for (const [pattern, hedge] of HEDGE_WORDS) if (pattern.test(text)) return hedge;
  return null;
}

/** Whether a hedge widens the printed number to an interval: every hedge but `average`, which states the value itself. */
export function isBoundingHedge(hedge: Hedge | null): hedge is Exclude<Hedge, 'average'> {
  return hedge !== null && hedge !== 'average';
}

/** A hedge as printed words: `just-over` → "just over", `at-least` → "at least", `nearly` → "nearly". */
export function hedgeWords(hedge: Hedge): string {
  return hedge.replace('-', ' ');
}

/**
 * A set of real numbers between two bounds, as {@link hedgeInterval} returns it; an open end
 * excludes its bound, and a `null` bound is no bound at all ("over 200" has no upper end), so every
 * number in it is finite.
 *
 * @example
 * const interval: HedgeInterval = hedgeInterval(200, 'approximately', 0.1);
 * interval; // => { low: 180, lowOpen: false, high: 220, highOpen: false }
 */
export interface HedgeInterval {
  readonly low: number | null;
  readonly lowOpen: boolean;
  readonly high: number | null;
  readonly highOpen: boolean;
}

/** A {@link HedgeInterval} with ±Infinity for a missing bound, as the claim checks compute with it. Internal. */
export interface HedgeBounds {
  readonly low: number;
  readonly lowOpen: boolean;
  readonly high: number;
  readonly highOpen: boolean;
}

/**
 * The values a hedged printed number allows, with `margin` the relative width of the vague hedges
 * (default in `auditClaims`: 0.1, i.e. 10%):
 * none or `average` → exactly v; `over` → (v, ∞); `just-over` → (v, v·(1+margin)];
 * `nearly` → [v·(1−margin), v); `approximately` → [v·(1−margin), v·(1+margin)];
 * `under` → (−∞, v); `at-least` → [v, ∞). (For negative v the margin bounds swap ends.)
 *
 * @example
 * hedgeInterval(200, 'nearly', 0.1); // => { low: 180, lowOpen: false, high: 200, highOpen: true }
 * hedgeInterval(200, 'over', 0.1); // => { low: 200, lowOpen: true, high: null, highOpen: true }
 */
export function hedgeInterval(value: number, hedge: Hedge | null, margin: number): HedgeInterval {
  assertFiniteNumber('hedgeInterval', 'value', value);
  if (hedge !== null) assertOneOf('hedgeInterval', 'hedge', hedge, HEDGES);
  assertFiniteNumber('hedgeInterval', 'margin', margin);
  if (margin < 0 || margin >= 1) throw new InvalidInputError('hedgeInterval', 'margin', margin, 'must be a number from 0 up to (not including) 1');
  if (hedge === 'just-over' || hedge === 'nearly' || hedge === 'approximately') {
    const spread = Math.abs(value) * margin;
    assertFiniteResult('hedgeInterval', 'value', value, value + spread, value - spread);
  }
  const bounds = hedgeBounds(value, hedge, margin);
  return {
    low: bounds.low === -Infinity ? null : bounds.low,
    lowOpen: bounds.lowOpen,
    high: bounds.high === Infinity ? null : bounds.high,
    highOpen: bounds.highOpen,
  };
}

/** {@link hedgeInterval} for checked arguments, with ±Infinity for a missing bound. Internal. */
export function hedgeBounds(value: number, hedge: Hedge | null, margin: number): HedgeBounds {
  const spread = Math.abs(value) * margin;
  switch (hedge) {
    case null:
    case 'average':
      return { low: value, lowOpen: false, high: value, highOpen: false };
    case 'over':
      return { low: value, lowOpen: true, high: Infinity, highOpen: true };
    case 'just-over':
      return { low: value, lowOpen: true, high: value + spread, highOpen: false };
    case 'nearly':
      return { low: value - spread, lowOpen: false, high: value, highOpen: true };
    case 'approximately':
      return { low: value - spread, lowOpen: false, high: value + spread, highOpen: false };
    case 'under':
      return { low: -Infinity, lowOpen: true, high: value, highOpen: true };
    case 'at-least':
      return { low: value, lowOpen: false, high: Infinity, highOpen: true };
  }
}

/** The intersection of intervals, or `null` when they have no value in common. */
export function intersectIntervals(intervals: readonly HedgeBounds[]): HedgeBounds | null {
  let low = -Infinity;
  let lowOpen = true;
  let high = Infinity;
  let highOpen = true;
  for (const i of intervals) {
    if (i.low > low) {
      low = i.low;
      lowOpen = i.lowOpen;
    } else if (i.low === low) {
      lowOpen = lowOpen || i.lowOpen;
    }
    if (i.high < high) {
      high = i.high;
      highOpen = i.highOpen;
    } else if (i.high === high) {
      highOpen = highOpen || i.highOpen;
    }
  }
  if (low > high) return null;
  if (low === high && (lowOpen || highOpen)) return null;
  return { low, lowOpen, high, highOpen };
}

/** Whether `x` lies in `interval`. */
export function inInterval(x: number, interval: HedgeBounds): boolean {
  const aboveLow = interval.lowOpen ? x > interval.low : x >= interval.low;
  const belowHigh = interval.highOpen ? x < interval.high : x <= interval.high;
  return aboveLow && belowHigh;
}

import type { ClaimStatus } from './claim-audit-result.js';
import type { ResolvedClaimAuditOptions } from './claim-audit-options.js';
import { hedgeBounds, hedgeWords, inInterval, isBoundingHedge, type Hedge } from './hedge.js';
import { roundPrinted } from './round-printed.js';

/** Whether two numbers are equal up to binary floating point (relative 1e-9). */
export function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Whether `rounded` is at most `tolerance` from `stated` (with 1e-12 of slack for binary floating point). */
function withinTolerance(rounded: number, stated: number, tolerance: number): boolean {
  return Math.abs(rounded - stated) <= tolerance + 1e-12;
}

/**
 * Whether `computed`, rounded by `options.rounding` to `digits` decimals ({@link roundPrinted}),
 * prints as `stated`: equal up to binary floating point, or within `options.tolerance`. The rule
 * {@link compareWithStated} calls `consistent-after-rounding`.
 */
export function roundsToStated(computed: number, stated: number, digits: number, options: ResolvedClaimAuditOptions): boolean {
  const rounded = roundPrinted(computed, digits, options.rounding);
  return sameNumber(rounded, stated) || withinTolerance(rounded, stated, options.tolerance);
}

/** The verdict of comparing a computed value with a printed one. */
export interface StatedComparison {
  readonly status: Exclude<ClaimStatus, 'unverifiable'>;
  /** The computed value rounded as the report rounds (`null` for a hedged stated value). */
  readonly rounded: number | null;
  /** How the verdict was reached, as a clause: "which rounds half-up to 29%". */
  readonly reason: string;
}

/**
 * Compares a computed value with the stated one:
 * - hedged stated value ("over 200"): `consistent` when the computed value lies in the hedge's
 *   interval (`hedgeInterval`), else `inconsistent`;
 * - `consistent` when equal up to binary floating point;
 * - `consistent-after-rounding` when the computed value, rounded by `options.rounding` to the
 *   printed `digits`, is the stated value, or differs from it by at most `options.tolerance`;
 * - else `inconsistent`.
 * `show` prints a number (in the claim's unit) for the reason clause.
 */
export function compareWithStated(
  stated: number,
  computed: number,
  digits: number,
  hedge: Hedge | null,
  options: ResolvedClaimAuditOptions,
  show: (x: number, digits?: number) => string,
): StatedComparison {
  if (isBoundingHedge(hedge)) {
    const interval = hedgeBounds(stated, hedge, options.hedgeMargin);
    const inside = inInterval(computed, interval);
    return { status: inside ? 'consistent' : 'inconsistent', rounded: null, reason: `which is${inside ? '' : ' not'} ${hedgeWords(hedge)} ${show(stated)}` };
  }
  if (sameNumber(stated, computed)) return { status: 'consistent', rounded: computed, reason: 'exactly as printed' };
  const rounded = roundPrinted(computed, digits, options.rounding);
  const roundsTo = `which rounds ${options.rounding} to ${show(rounded, digits)}`;
  if (sameNumber(rounded, stated)) return { status: 'consistent-after-rounding', rounded, reason: `${roundsTo}, as printed` };
  if (options.tolerance > 0 && withinTolerance(rounded, stated, options.tolerance)) {
    return { status: 'consistent-after-rounding', rounded, reason: `${roundsTo}, within the tolerance of ${options.tolerance} of the printed ${show(stated, digits)}` };
  }
  return { status: 'inconsistent', rounded, reason: `${roundsTo}, not the printed ${show(stated, digits)}` };
}

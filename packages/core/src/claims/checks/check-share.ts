import { countsConsistentWith } from '../../change/counts-consistent-with.js';
import { share } from '../../change/share.js';
import type { ClaimCheckOutcome } from '../claim-audit-result.js';
import { compareWithStated, roundsToStated, sameNumber } from '../compare-with-stated.js';
import { hedgeInterval, hedgeWords, inInterval, isBoundingHedge } from '../hedge.js';
import type { ResolvedValue } from '../resolve-reference.js';
import { capitalise, listWords, showValue } from '../show-value.js';
import { isKnown, missingSentence, show, single, statedNumber, unverifiable, type CheckContext, type ClaimCheck, type KnownValue } from './check-context.js';
import { denominatorsConsistentWith } from '../../measures/denominators-consistent-with.js';
import { denominatorsGiving } from './denominators-giving.js';
import { countRange } from './count-range.js';

/**
 * `share`: a printed percentage of a whole.
 * - part and whole printed: 100 × part / whole (`share`) against the stated percentage;
 * - only the whole printed: the whole-number counts k of the whole whose share prints as the stated
 *   percentage (`countsConsistentWith`): `consistent` if one is exact, `consistent-after-rounding`
 *   if one rounds to it (for a hedged percentage, "just over 50%": `consistent` if a count fits the
 *   hedge), `inconsistent` if none does (38% of 25 children is no whole number);
 * - only the part printed: `unverifiable` (no denominator), naming the whole-number denominators
 *   that would give it (`denominatorsConsistentWith`), or `inconsistent` when none would;
 * - neither: `unverifiable`.
 */
export const checkShare: ClaimCheck = (context) => {
  const part = single(context, 'part');
  const whole = single(context, 'whole');
  const present = [part, whole].filter((v): v is ResolvedValue => v !== undefined);
  if (present.some((v) => !isKnown(v))) return unverifiable(`${missingSentence(present)}, so the share cannot be recomputed.`);
  if (part !== undefined && whole !== undefined) return partOfWhole(context, part as KnownValue, whole as KnownValue);
  if (whole !== undefined) return countsOfWhole(context, whole as KnownValue);
  if (part !== undefined) return denominatorsOfPart(context, part as KnownValue);
  return unverifiable('The report prints neither the count nor the total this percentage is of.');
};

const percent = (x: number, digits = 0) => showValue(x, 'percent', digits);

function partOfWhole(context: CheckContext, part: KnownValue, whole: KnownValue): ClaimCheckOutcome {
  const { claim, options } = context;
  const { stated, digits } = statedNumber(claim);
  if (whole.value <= 0) return unverifiable(`The whole is ${show(whole)}, of which no share can be taken.`);
  if (part.value < 0 || part.value > whole.value) {
    return { status: 'inconsistent', computed: null, computedValue: null, explanation: `${show(part)} is not a part of ${show(whole)}, so it cannot be ${percent(stated, digits)} of it.` };
  }
  const value = share(part.value, whole.value);
  const verdict = compareWithStated(stated, value, digits, claim.hedge, options, percent);
  const computed = percent(value, digits + 2);
  return { status: verdict.status, computed, computedValue: value, explanation: `${capitalise(show(part))} of ${show(whole)} is ${computed}, ${verdict.reason}.` };
}

function countsOfWhole(context: CheckContext, whole: KnownValue): ClaimCheckOutcome {
  const { claim, options } = context;
  const { stated, digits } = statedNumber(claim);
  const n = whole.value;
  if (!Number.isInteger(n) || n <= 0) return unverifiable(`The whole, ${show(whole)}, is not a positive whole number, so no count of it can be derived.`);
  const of = `${show(whole)} (${whole.label})`;
  if (claim.hedge === null && (stated < 0 || stated > 100)) {
    return { status: 'inconsistent', computed: null, computedValue: null, explanation: `${percent(stated, digits)} is not a share of ${of}: shares lie between 0% and 100%.` };
  }

  const prints = (k: number): boolean => {
    const value = share(k, n);
    if (isBoundingHedge(claim.hedge)) return inInterval(value, hedgeInterval(stated, claim.hedge, options.hedgeMargin));
    return roundsToStated(value, stated, digits, options);
  };
  const defaultRule = claim.hedge === null && options.rounding === 'half-up' && options.tolerance === 0;
  const counts = defaultRule ? countsConsistentWith(stated, n, digits) : countRange(n, (k) => prints(k), stated);
  const exact = counts.filter((k) => sameNumber(share(k, n), stated));
  const rule = isBoundingHedge(claim.hedge) ? `are ${hedgeWords(claim.hedge)} ${percent(stated, digits)}` : `round ${options.rounding} to ${percent(stated, digits)}`;

  if (counts.length === 0) {
    const below = Math.floor((stated * n) / 100);
    const neighbours = [below, below + 1].filter((k) => k >= 0 && k <= n);
    const shown = neighbours.map((k) => `${k} of ${showValue(n, 'count')} is ${percent(share(k, n), digits + 2)}`);
    const nearest = nearestTo(neighbours, n, stated);
    return {
      status: 'inconsistent',
      computed: neighbours.map((k) => percent(share(k, n), digits + 2)).join(' or '),
      computedValue: nearest === null ? null : share(nearest, n),
      explanation: `No whole number of ${of} gives ${claim.row.stated.trim()}: ${shown.join(' and ')}.`,
    };
  }
  const best = nearestTo(exact.length > 0 ? exact : counts, n, stated) ?? counts[0] ?? 0;
  return {
    status: exact.length > 0 || isBoundingHedge(claim.hedge) ? 'consistent' : 'consistent-after-rounding',
    computed: `${percent(share(best, n), digits + 2)} (${best} of ${showValue(n, 'count')})`,
    computedValue: share(best, n),
    explanation: `Of ${of}, ${describeCounts(counts)} ${rule}${exact.length > 0 ? ` (${exact[0]} exactly)` : ''}; the count itself is not printed.`,
  };
}

function denominatorsOfPart(context: CheckContext, part: KnownValue): ClaimCheckOutcome {
  const { claim, options } = context;
  const { stated, digits } = statedNumber(claim);
  const k = part.value;
  if (!Number.isInteger(k) || k < 0) return unverifiable(`The report prints no denominator for ${show(part)}, which is not a whole-number count.`);
  if (isBoundingHedge(claim.hedge)) return unverifiable(`The report prints no denominator for ${show(part)}.`);
  if (stated > 100) {
    return { status: 'inconsistent', computed: null, computedValue: null, explanation: `${percent(stated, digits)} is not a share: shares lie between 0% and 100%.` };
  }
  // The report's own rule (half-up, no tolerance) is measures' denominatorsConsistentWith; other rules scan.
  const defaultRule = options.rounding === 'half-up' && options.tolerance === 0 && k >= 1 && stated > 0 && digits <= 6;
  const result = defaultRule ? denominatorsConsistentWith(k, stated, digits) : denominatorsGiving(k, stated, digits, options);
  if (result === 'unbounded') return unverifiable(`The report prints no denominator, and ${show(part)} is ${percent(stated, digits)} of arbitrarily large totals.`);
  if (result.length === 0) {
    return { status: 'inconsistent', computed: null, computedValue: null, explanation: `No whole-number total makes ${show(part)} ${percent(stated, digits)} (rounding ${options.rounding}).` };
  }
  return unverifiable(`The report prints no denominator; ${show(part)} is ${percent(stated, digits)} of ${describeCounts(result)} (derived, not printed).`);
}

/** "178 to 182", "78, 79 or 80", "9". */
function describeCounts(counts: readonly number[]): string {
  const first = counts[0] ?? 0;
  const last = counts[counts.length - 1] ?? 0;
  if (counts.length > 3 && last - first === counts.length - 1) return `${showValue(first, 'count')} to ${showValue(last, 'count')}`;
  return listWords(counts.map((k) => showValue(k, 'count')));
}

function nearestTo(counts: readonly number[], n: number, stated: number): number | null {
  let best: number | null = null;
  for (const k of counts) if (best === null || Math.abs(share(k, n) - stated) < Math.abs(share(best, n) - stated)) best = k;
  return best;
}

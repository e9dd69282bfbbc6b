import { COUNTS_WHOLE_MAX, countRangeConsistentWith } from '../../change/counts-consistent-with.js';
import { share } from '../../change/share.js';
import { rangeSize, runWhere, type RunPlace, type WholeNumberRange } from '../../change/whole-number-range.js';
import type { ClaimCheckOutcome } from '../claim-audit-result.js';
import { compareWithStated, roundsToStated, sameNumber } from '../compare-with-stated.js';
import { hedgeBounds, hedgeWords, inInterval, isBoundingHedge } from '../hedge.js';
import type { ResolvedValue } from '../resolve-reference.js';
import { roundPrinted } from '../round-printed.js';
import { capitalise, listWords, showValue } from '../show-value.js';
import { isKnown, missingSentence, show, single, statedNumber, unverifiable, type CheckContext, type ClaimCheck, type KnownValue } from './check-context.js';
import { denominatorRangeConsistentWith } from '../../measures/denominators-consistent-with.js';
import { denominatorsGiving } from './denominators-giving.js';

/**
 * `share`: a printed percentage of a whole.
 * - part and whole printed: 100 × part / whole (`share`) against the stated percentage;
 * - only the whole printed: the whole-number counts k of the whole whose share prints as the stated
 *   percentage (`countRangeConsistentWith`, or a bisection under other rounding rules and hedges;
 *   one run, never listed): `consistent` if one is exact, `consistent-after-rounding`
 *   if one rounds to it (for a hedged percentage, "just over 50%": `consistent` if a count fits the
 *   hedge), `inconsistent` if none does (38% of 25 children is no whole number);
 * - only the part printed: `unverifiable` (no denominator), naming the whole-number denominators
 *   that would give it (`denominatorRangeConsistentWith`), or `inconsistent` when none would;
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
  if (n > COUNTS_WHOLE_MAX) return unverifiable(`The whole, ${show(whole)}, is too large (above ${showValue(COUNTS_WHOLE_MAX, 'count')}) for its counts to be exact whole numbers.`);
  const of = `${show(whole)} (${whole.label})`;
  if (claim.hedge === null && (stated < 0 || stated > 100)) {
    return { status: 'inconsistent', computed: null, computedValue: null, explanation: `${percent(stated, digits)} is not a share of ${of}: shares lie between 0% and 100%.` };
  }

  // Where count k's share lies relative to the shares that print as the stated figure.
  const place = (k: number): RunPlace => {
    const value = share(k, n);
    if (isBoundingHedge(claim.hedge)) {
      const interval = hedgeBounds(stated, claim.hedge, options.hedgeMargin);
      if (inInterval(value, interval)) return 0;
      return value < interval.low || (interval.lowOpen && value === interval.low) ? -1 : 1;
    }
    if (roundsToStated(value, stated, digits, options)) return 0;
    return roundPrinted(value, digits, options.rounding) < stated ? -1 : 1;
  };
  const defaultRule = claim.hedge === null && options.rounding === 'half-up' && options.tolerance === 0;
  // The share 100k/n grows with k and every printing rule accepts one interval of shares, so the
  // counts that print as the stated figure are one run of [0, n].
  const counts = defaultRule ? countRangeConsistentWith(stated, n, digits) : runWhere(0, n, place);
  // The counts whose share is the stated figure itself (up to binary floating point): a run too.
  const exact = counts === null ? null : withinRun(counts, (k) => {
    const value = share(k, n);
    return sameNumber(value, stated) ? 0 : value < stated ? -1 : 1;
  });
  const rule = isBoundingHedge(claim.hedge) ? `are ${hedgeWords(claim.hedge)} ${percent(stated, digits)}` : `round ${options.rounding} to ${percent(stated, digits)}`;

  if (counts === null) {
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
  const best = nearestInRun(exact ?? counts, n, stated);
  return {
    status: exact !== null || isBoundingHedge(claim.hedge) ? 'consistent' : 'consistent-after-rounding',
    computed: `${percent(share(best, n), digits + 2)} (${best} of ${showValue(n, 'count')})`,
    computedValue: share(best, n),
    explanation: `Of ${of}, ${describeCounts(counts)} ${rule}${exact !== null ? ` (${exact.first} exactly)` : ''}; the count itself is not printed.`,
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
  // The largest total that could give the stated share must still be an exact whole number.
  const scaled = Math.round(stated * 10 ** digits);
  if ((200 * 10 ** digits * k) / Math.max(1, 2 * scaled - 1) > Number.MAX_SAFE_INTEGER) {
    return unverifiable(`The report prints no denominator, and the totals of which ${show(part)} is ${percent(stated, digits)} are too large to be exact whole numbers.`);
  }
  // The report's own rule (half-up, no tolerance) is measures' denominatorRangeConsistentWith; other rules bisect.
  const defaultRule = options.rounding === 'half-up' && options.tolerance === 0 && k >= 1 && stated > 0 && digits <= 6;
  const result = defaultRule ? denominatorRangeConsistentWith(k, stated, digits) : denominatorsGiving(k, stated, digits, options);
  if (result === 'unbounded') return unverifiable(`The report prints no denominator, and ${show(part)} is ${percent(stated, digits)} of arbitrarily large totals.`);
  if (result === null) {
    return { status: 'inconsistent', computed: null, computedValue: null, explanation: `No whole-number total makes ${show(part)} ${percent(stated, digits)} (rounding ${options.rounding}).` };
  }
  return unverifiable(`The report prints no denominator; ${show(part)} is ${percent(stated, digits)} of ${describeCounts(result)} (derived, not printed).`);
}

/** "178 to 182", "78, 79 or 80", "9". */
function describeCounts(counts: WholeNumberRange): string {
  const { first, last } = counts;
  if (rangeSize(counts) > 3) return `${showValue(first, 'count')} to ${showValue(last, 'count')}`;
  const listed: string[] = [];
  for (let k = first; k <= last; k += 1) listed.push(showValue(k, 'count'));
  return listWords(listed);
}

/** The part of `run` where `place` is 0 (`place` monotone over the run), by bisection; `null` when none. */
function withinRun(run: WholeNumberRange, place: (k: number) => RunPlace): WholeNumberRange | null {
  return runWhere(run.first, run.last, place);
}

/**
 * The count in `run` whose share of n is nearest `stated` (the smallest on a tie). The distance
 * falls and then rises along the run (the share grows with k), so only the counts beside
 * `stated × n / 100` and the run's ends can be nearest: those are compared, not the whole run.
 */
function nearestInRun(run: WholeNumberRange, n: number, stated: number): number {
  const centre = Math.floor((stated * n) / 100);
  const candidates = new Set<number>([run.first, run.last]);
  for (let k = centre - 2; k <= centre + 3; k += 1) if (k >= run.first && k <= run.last) candidates.add(k);
  return nearestTo([...candidates].sort((a, b) => a - b), n, stated) ?? run.first;
}
function nearestTo(counts: readonly number[], n: number, stated: number): number | null {
  let best: number | null = null;
  for (const k of counts) if (best === null || Math.abs(share(k, n) - stated) < Math.abs(share(best, n) - stated)) best = k;
  return best;
}

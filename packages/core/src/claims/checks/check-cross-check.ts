import type { ClaimCheckOutcome } from '../claim-audit-result.js';
import { hedgeBounds, hedgeWords, intersectIntervals, type HedgeBounds } from '../hedge.js';
import { showValue } from '../show-value.js';
import { all, isKnown, missingSentence, show, statedNumber, statedUnit, unverifiable, type ClaimCheck, type KnownValue } from './check-context.js';

/**
 * `cross-check`: the same quantity printed in several places. Each printed figure, with its hedge
 * ("nearly 200", "over 200"; see `hedgeInterval`), allows a set of values; the claim is `consistent`
 * when one value fits them all and `inconsistent` when none does.
 */
export const checkCrossCheck: ClaimCheck = (context) => {
  const { claim, options } = context;
  const others = all(context, 'other');
  if (others.length === 0) return unverifiable('The report prints this quantity nowhere else.');
  if (!others.every(isKnown)) return unverifiable(`${missingSentence(others)}, so the figures cannot be compared.`);
  const { stated } = statedNumber(claim);
  const unit = statedUnit(claim);
  const here = `${claim.hedge === null ? '' : `${hedgeWords(claim.hedge)} `}${showValue(stated, unit)}`;
  const known = others as KnownValue[];
  const intervals: HedgeBounds[] = [hedgeBounds(stated, claim.hedge, options.hedgeMargin), ...known.map((o) => hedgeBounds(o.value, o.qualifier, options.hedgeMargin))];
  const common = intersectIntervals(intervals);
  const elsewhere = known.map((o) => `${show(o)} (${o.label})`).join(' and ');
  const computed = known.map((o) => show(o)).join('; ');
  const first = known[0]?.value ?? null;
  const allExact = claim.hedge === null && known.every((o) => o.qualifier === null);
  let outcome: ClaimCheckOutcome;
  if (common === null) {
    outcome = {
      status: 'inconsistent',
      computed,
      computedValue: first,
      explanation: allExact ? `Printed as ${here} here but ${elsewhere} elsewhere.` : `No single number is both ${here} and ${elsewhere}${claim.hedge !== null || known.some((o) => o.qualifier !== null) ? ` (vague hedges read within ${Math.round(options.hedgeMargin * 100)}%)` : ''}.`,
    };
  } else {
    outcome = {
      status: 'consistent',
      computed,
      computedValue: first,
      explanation: allExact ? `Printed as ${here} here and as ${elsewhere} elsewhere.` : `One number can be both ${here} and ${elsewhere}.`,
    };
  }
  return outcome;
};

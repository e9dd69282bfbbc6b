import { percentChange } from '../../change/percent-change.js';
import { compareWithStated } from '../compare-with-stated.js';
import { showValue } from '../show-value.js';
import { isKnown, missingEnds, missingSentence, show, single, statedNumber, unverifiable, type ClaimCheck } from './check-context.js';

/** `percent-change`: 100 × (to − from) / from (`percentChange`), against the stated signed change. */
export const checkPercentChange: ClaimCheck = (context) => {
  const { claim, options } = context;
  const from = single(context, 'from');
  const to = single(context, 'to');
  if (from === undefined || to === undefined) {
    return unverifiable(`The report prints ${missingEnds(from, to)} for this change, so it cannot be recomputed.`);
  }
  if (!isKnown(from) || !isKnown(to)) return unverifiable(`${missingSentence([from, to])}, so the change cannot be recomputed.`);
  if (from.value <= 0) return unverifiable(`The earlier figure is ${show(from)}, from which no percentage change can be taken.`);
  const change = percentChange(from.value, to.value);
  const { stated, digits } = statedNumber(claim);
  const showChange = (x: number, d = digits) => showValue(x, 'percent-change', d);
  const verdict = compareWithStated(stated, change, digits, claim.hedge, options, showChange);
  const computed = showChange(change, digits + 2);
  return {
    status: verdict.status,
    computed,
    computedValue: change,
    explanation: `From ${show(from)} to ${show(to)} is a change of ${computed}, ${verdict.reason}.`,
  };
};

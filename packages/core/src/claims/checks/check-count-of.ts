import { share } from '../../change/share.js';
import { showValue } from '../show-value.js';
import { isKnown, missingSentence, show, single, statedNumber, unverifiable, type ClaimCheck } from './check-context.js';

/** `count-of` ("N of M"): the stated N must be a whole number from 0 to the printed whole M. */
export const checkCountOf: ClaimCheck = (context) => {
  const { claim } = context;
  const whole = single(context, 'whole');
  if (whole === undefined) return unverifiable('The report prints no total to count this number against.');
  if (!isKnown(whole)) return unverifiable(`${missingSentence([whole])}, so the count cannot be checked.`);
  const { stated } = statedNumber(claim);
  const n = showValue(stated, 'count');
  if (!Number.isInteger(stated) || stated < 0) {
    return { status: 'inconsistent', computed: null, computedValue: null, explanation: `${n} is not a whole-number count of ${show(whole)}.` };
  }
  if (whole.value <= 0 || stated > whole.value) {
    return { status: 'inconsistent', computed: `${n} > ${show(whole)}`, computedValue: null, explanation: `${n} is more than the ${show(whole)} (${whole.label}) it is a count of.` };
  }
  const value = share(stated, whole.value);
  const computed = `${showValue(value, 'percent', 2)} of ${show(whole)}`;
  return { status: 'consistent', computed, computedValue: value, explanation: `${n} of ${show(whole)} (${whole.label}) is a possible count (${showValue(value, 'percent', 2)}).` };
};

import { mean } from 'simple-statistics';
import { roundHalfUp } from '../../change/round-half-up.js';
import type { ClaimCheckOutcome } from '../claim-audit-result.js';
import { compareWithStated } from '../compare-with-stated.js';
import type { ResolvedValue } from '../resolve-reference.js';
import { capitalise, showValue } from '../show-value.js';
import { all, isKnown, missingSentence, single, statedNumber, statedUnit, unverifiable, type CheckContext, type ClaimCheck, type KnownValue } from './check-context.js';

/** `total`: the sum of the parts against the stated total. */
export const checkTotal: ClaimCheck = (context) => {
  const parts = all(context, 'part');
  if (parts.length === 0) return unverifiable('The report prints none of the parts of this total.');
  if (!parts.every(isKnown)) return unverifiable(`${missingSentence(parts)}; the other parts sum to ${showIn(context, sum(parts.filter(isKnown)), parts[0]?.unit)}, so the total cannot be checked.`);
  const total = sum(parts);
  return judge(context, total, `The ${parts.length} parts ${partsText(context, parts)}sum to`, parts[0]?.unit);
};

/** `difference`: the whole minus the parts (e.g. a balancing carry-forward) against the stated figure. */
export const checkDifference: ClaimCheck = (context) => {
  const whole = single(context, 'whole');
  const parts = all(context, 'part');
  if (whole === undefined || parts.length === 0) return unverifiable(`The report prints ${whole === undefined ? 'no whole' : 'no parts'} to take this difference from.`);
  const known = [whole, ...parts];
  if (!known.every(isKnown)) return unverifiable(`${missingSentence(known)}, so the difference cannot be recomputed.`);
  const difference = (whole as KnownValue).value - sum(parts as KnownValue[]);
  return judge(context, difference, `${capitalise(showIn(context, (whole as KnownValue).value, whole.unit))} (${whole.label}) less the ${parts.length} parts is`, whole.unit);
};

/** `rate`: numerator / denominator × per (per from the register, else 100 for a percentage, else 1). */
export const checkRate: ClaimCheck = (context) => {
  const numerator = single(context, 'numerator');
  const denominator = single(context, 'denominator');
  if (numerator === undefined || denominator === undefined) {
    return unverifiable(`The report prints ${numerator === undefined && denominator === undefined ? 'neither figure' : numerator === undefined ? 'no numerator' : 'no denominator'} of this rate.`);
  }
  if (!isKnown(numerator) || !isKnown(denominator)) return unverifiable(`${missingSentence([numerator, denominator])}, so the rate cannot be recomputed.`);
  if (denominator.value === 0) return unverifiable('The denominator is 0, so there is no rate.');
  const per = context.claim.row.per ?? (statedUnit(context.claim) === 'percent' ? 100 : 1);
  const rate = (numerator.value / denominator.value) * per;
  return judge(context, rate, `${showValue(numerator.value, numerator.unit)} / ${showValue(denominator.value, denominator.unit)}${per === 1 ? '' : ` × ${showValue(per, 'count')}`} is`);
};

/** `average`: the mean of the parts (`simple-statistics` `mean`) against the stated average. */
export const checkAverage: ClaimCheck = (context) => {
  const parts = all(context, 'part');
  if (parts.length === 0) return unverifiable('The report prints none of the figures this average is taken over.');
  if (!parts.every(isKnown)) return unverifiable(`${missingSentence(parts)}, so the average cannot be recomputed.`);
  return judge(context, mean(parts.map((p) => p.value)), `The mean of the ${parts.length} figures is`, parts[0]?.unit);
};

/** Compares `value` with the stated one; numbers print in the stated unit, or in `valueUnit` when the stated text shows none. */
function judge(context: CheckContext, value: number, lead: string, valueUnit?: string): ClaimCheckOutcome {
  const { claim, options } = context;
  const { stated, digits } = statedNumber(claim);
  const unit = unitFor(context, valueUnit);
  const verdict = compareWithStated(stated, value, digits, claim.hedge, options, (x, d = digits) => showValue(x, unit, d));
  const computed = showValue(value, unit, Math.min(6, Math.max(digits, decimals(value))));
  return { status: verdict.status, computed, computedValue: value, explanation: `${lead} ${computed}, ${verdict.reason}.` };
}

function partsText(context: CheckContext, parts: readonly KnownValue[]): string {
  if (parts.length > 4) return '';
  return `(${parts.map((p) => showIn(context, p.value, p.unit)).join(' + ')}) `;
}

function showIn(context: CheckContext, value: number, valueUnit?: string): string {
  return showValue(value, unitFor(context, valueUnit), decimals(value));
}

/** The stated text's unit ("£", "%"), else the unit of the figures it is computed from (GBP, count, ...). */
function unitFor(context: CheckContext, valueUnit: string | undefined): string {
  const stated = statedUnit(context.claim);
  return stated === 'count' && valueUnit !== undefined && ['GBP', 'percent', 'count'].includes(valueUnit) ? valueUnit : stated;
}

function decimals(x: number): number {
  const text = String(Math.abs(x));
  const point = text.indexOf('.');
  return point < 0 || text.includes('e') ? 0 : Math.min(6, text.length - point - 1);
}

/** The sum of printed values, rounded to the most decimals any of them prints (so 12.2 + 0.1 is 12.3, not binary noise). */
function sum(values: readonly ResolvedValue[]): number {
  const total = values.reduce((acc, v) => acc + (v.value ?? 0), 0);
  let digits = 0;
  for (const v of values) digits = Math.max(digits, decimals(v.value ?? 0));
  return roundHalfUp(total, digits);
}

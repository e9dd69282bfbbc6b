import { showValue } from '../show-value.js';
import { all, isKnown, missingSentence, statedNumber, unverifiable, type ClaimCheck, type KnownValue } from './check-context.js';

/**
 * `ranking` ("the three most common themes are A, B and C"): every named item must be at least as
 * large as every other item it is ranked among. A tie with the first item left out is reported in
 * the explanation but does not make the claim inconsistent. `computedValue` is how many of the named
 * items are among the stated number of largest (ties counted in their favour).
 */
export const checkRanking: ClaimCheck = (context) => {
  const items = all(context, 'item');
  const among = all(context, 'among');
  if (among.length === 0) return unverifiable('The report prints no figures to rank these items among.');
  if (items.length === 0) return unverifiable('The claim names no item the report gives a figure for.');
  const everything = [...items, ...among];
  if (!everything.every(isKnown)) return unverifiable(`${missingSentence(everything)}, so the ranking cannot be checked.`);
  const named = new Set(items.map((i) => i.target));
  const others = (among as KnownValue[]).filter((a) => !named.has(a.target));
  const itemValues = (items as KnownValue[]).map((i) => i.value);
  // Loops, not Math.min(...values): a spread of a long list into a call overflows the stack.
  let lowestNamed = Infinity;
  for (const v of itemValues) if (v < lowestNamed) lowestNamed = v;
  let highestOther = -Infinity;
  for (const o of others) if (o.value > highestOther) highestOther = o.value;
  const { stated } = statedNumber(context.claim);
  const inTop = (items as KnownValue[]).filter((i) => others.filter((o) => o.value > i.value).length < stated).length;
  const computed = `${itemValues.map((v) => showValue(v, 'count')).join(', ')}; largest other ${others.length === 0 ? 'none' : showValue(highestOther, 'count')}`;
  const namedText = (items as KnownValue[]).map((i) => `${i.label} (${showValue(i.value, 'count')})`).join(', ');
  if (lowestNamed < highestOther) {
    const beaten = (items as KnownValue[]).filter((i) => i.value < highestOther).map((i) => i.label);
    const beater = others.filter((o) => o.value === highestOther).map((o) => `${o.label} (${showValue(o.value, 'count')})`);
    return { status: 'inconsistent', computed, computedValue: inTop, explanation: `${beater.join(' and ')} ${beater.length === 1 ? 'is' : 'are'} larger than ${beaten.join(' and ')}, so the named items are not the ${stated} largest.` };
  }
  const tied = others.filter((o) => o.value === lowestNamed).map((o) => o.label);
  const tieNote = tied.length > 0 ? `, though ${tied.join(' and ')} ${tied.length === 1 ? 'ties' : 'tie'} with the smallest of them` : '';
  return { status: 'consistent', computed, computedValue: inTop, explanation: `The named items ${namedText} are the ${stated} largest of ${among.length}${tieNote}.` };
};

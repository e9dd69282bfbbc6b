import { arrowFor } from '../../change/arrow.js';
import { direction, type Direction } from '../../change/direction.js';
import { percentChange } from '../../change/percent-change.js';
import type { ClaimCheckOutcome } from '../claim-audit-result.js';
import { capitalise, showValue } from '../show-value.js';
import { isKnown, missingEnds, missingSentence, show, single, unverifiable, type CheckContext, type ClaimCheck } from './check-context.js';

const WORD: Readonly<Record<Direction, string>> = { up: 'higher', down: 'lower', flat: 'unchanged' };

/** `direction`: the printed arrow against the direction from → to (`direction`, with `options.flatWithin`). */
export const checkDirection: ClaimCheck = (context) => checkDirectionOf(context, 'arrow');

/** `comparison`: the printed direction word ("increase", "lower", ...) against the direction from → to. */
export const checkComparison: ClaimCheck = (context) => checkDirectionOf(context, 'word');

function checkDirectionOf(context: CheckContext, form: 'arrow' | 'word'): ClaimCheckOutcome {
  const { claim, options } = context;
  const stated = claim.statedDirection ?? 'flat';
  const from = single(context, 'from');
  const to = single(context, 'to');
  if (from === undefined || to === undefined) {
    return unverifiable(`The report prints ${missingEnds(from, to)} to compare, so the ${form === 'arrow' ? 'arrow' : 'comparison'} cannot be checked.`);
  }
  if (!isKnown(from) || !isKnown(to)) return unverifiable(`${missingSentence([from, to])}, so the ${form === 'arrow' ? 'arrow' : 'comparison'} cannot be checked.`);

  const flatWithin = options.flatWithin;
  const computedDirection = direction(from.value, to.value, flatWithin === undefined ? {} : { flatWithin });
  const change = from.value > 0 ? percentChange(from.value, to.value) : to.value - from.value;
  const changeText = from.value > 0 ? showValue(change, 'percent-change', 2) : `${change >= 0 ? '+' : ''}${showValue(change, to.unit)}`;
  const rule =
    flatWithin === undefined
      ? 'only no change counts as flat'
      : 'percent' in flatWithin
        ? `changes within ${flatWithin.percent}% count as flat`
        : `changes within ${flatWithin.absolute} count as flat`;
  const ruleNote = stated === 'flat' || computedDirection === 'flat' ? ` (${rule})` : '';
  const agrees = computedDirection === stated;
  const status = agrees ? 'consistent' : 'inconsistent';
  if (form === 'arrow') {
    return {
      status,
      computed: `${arrowFor(computedDirection)} (${changeText})`,
      computedValue: change,
      explanation: `From ${show(from)} to ${show(to)} (${changeText}) is ${computedDirection} (${arrowFor(computedDirection)})${ruleNote}, ${agrees ? 'as the printed arrow shows' : `but the report prints ${arrowFor(stated)}`}.`,
    };
  }
  return {
    status,
    computed: `${WORD[computedDirection]} (${changeText})`,
    computedValue: change,
    explanation: `${capitalise(show(to))} against ${show(from)} (${changeText}) is ${WORD[computedDirection]}${ruleNote}, ${agrees ? `as "${claim.row.stated}" says` : `but the report says "${claim.row.stated}"`}.`,
  };
}

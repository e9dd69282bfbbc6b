import { directionOfArrow } from '../change/arrow.js';
import type { Direction } from '../change/direction.js';
import type { Claim } from '../dataset/index.js';
import type { ClaimProblem } from './claim-register-error.js';
import { claimKindRoles, multiValueRoles, wordKinds } from './claim-kind-roles.js';
import { ClaimReferenceError, parseClaimReferences, type ClaimReference } from './claim-reference.js';
import { directionOfWords } from './comparison-words.js';
import { hedgeOf, type Hedge } from './hedge.js';
import { findPrintedNumber, type PrintedNumber } from './printed-number.js';

/** A claims register row, checked and with its references parsed. */
export interface ParsedClaim {
  readonly row: Claim;
  readonly references: readonly ClaimReference[];
  /** The number in `stated` that is the stated value (its printed decimals set the rounding); `null` for arrows and words. */
  readonly printed: PrintedNumber | null;
  /** The hedge printed in `stated` ("nearly 200"), if any. */
  readonly hedge: Hedge | null;
  /** The direction an arrow or comparison word states; `null` for other kinds. */
  readonly statedDirection: Direction | null;
}

const ARROWS = /[↑↓↔]/gu;

/** Kinds whose stated value is a signed change: a decrease is negative even when printed without a minus ("44% reduction" is -44). */
const SIGNED_KINDS: ReadonlySet<Claim['kind']> = new Set(['percent-change', 'difference']);

/** Hedge phrases whose words are not a direction ("less than 5%" bounds a number, it does not say it fell). */
const HEDGE_PHRASES = /\b(?:less|fewer|more) than\b/gi;

/**
 * Why `value` (the stated value, already found in `stated` as `printed`, sign aside) has the wrong
 * sign for its text, or `null` when it agrees. A number printed with a minus ("-25%") states a
 * negative value; for signed changes (`percent-change`, `difference`) a decrease word ("reduction",
 * "fall", "lower", ...) without a minus does too, and an unsigned number otherwise states a
 * positive value. For other kinds only a printed minus makes the value negative: "4,169" is 4169,
 * never -4169. A zero value has no sign.
 */
function signMismatch(kind: Claim['kind'], stated: string, printed: PrintedNumber, value: number): string | null {
  if (value === 0) return null;
  const minus = printed.value < 0;
  const decreaseWord = SIGNED_KINDS.has(kind) && directionOfWords(stated.replace(HEDGE_PHRASES, ' ')) === 'down';
  const negative = minus || decreaseWord;
  if (negative === value < 0) return null;
  const magnitude = Math.abs(value);
  if (negative) {
    const because = minus ? `prints ${printed.text}` : 'states a decrease, and changes are signed';
    return `"${stated}" ${because}, so stated_value must be -${magnitude}, not ${value}`;
  }
  const because = SIGNED_KINDS.has(kind) ? 'prints no minus sign and no decrease word' : 'prints no minus sign';
  return `"${stated}" ${because}, so stated_value must be ${magnitude}, not ${value}`;
}

/**
 * Checks one claims register row and parses its references: the `stated` text must occur in the
 * `quote`; a numeric claim needs a `stated_value` that `stated` prints, with the sign the text gives
 * it (`stated-value-mismatch` otherwise): a printed minus is negative, and for signed changes
 * (percent-change, difference) so is a decrease word ("44% reduction" states -44); an arrow claim must print exactly one of ↑ ↓ ↔ and a comparison claim a direction word
 * (see `directionOfWords`); references must parse, use only the roles of the claim's kind
 * (`claimKindRoles`), and only the roles `part`, `item`, `among`, `other` may repeat.
 * `line` is the record's line in `claims.csv`, for the problems. Returns the parsed claim, or
 * `null` and every problem found.
 */
export function parseClaim(row: Claim, line: number | null = null): { claim: ParsedClaim | null; problems: ClaimProblem[] } {
  const problems: ClaimProblem[] = [];
  const problem = (field: string, code: ClaimProblem['code'], message: string) => problems.push({ claim: row.id, row: line, field, code, message });

  if (!row.quote.includes(row.stated)) {
    problem('stated', 'stated-not-in-quote', `"${row.stated}" does not occur in the quote`);
  }

  let printed: PrintedNumber | null = null;
  let statedDirection: Direction | null = null;
  if (row.kind === 'direction') {
    const arrows = row.stated.match(ARROWS) ?? [];
    const glyph = arrows[0];
    if (arrows.length !== 1 || glyph === undefined) problem('stated', 'unknown-arrow', `must print exactly one arrow (↑ ↓ ↔), got "${row.stated}"`);
    else statedDirection = directionOfArrow(glyph);
  } else if (row.kind === 'comparison') {
    statedDirection = directionOfWords(row.stated);
    if (statedDirection === null) problem('stated', 'unknown-direction-word', `"${row.stated}" has no single direction word (increase, higher, reduction, lower, rise, fall, ...)`);
  }
  if (!wordKinds.has(row.kind)) {
    if (row.stated_value === null) {
      problem('stated_value', 'missing-stated-value', `a ${row.kind} claim needs the number it states`);
    } else {
      printed = findPrintedNumber(row.stated, row.stated_value);
      if (printed === null) problem('stated_value', 'stated-value-not-printed', `${row.stated_value} is not printed in "${row.stated}"`);
      else {
        const mismatch = signMismatch(row.kind, row.stated, printed, row.stated_value);
        if (mismatch !== null) problem('stated_value', 'stated-value-mismatch', mismatch);
      }
    }
  }

  let references: ClaimReference[] = [];
  try {
    references = parseClaimReferences(row.references);
  } catch (error) {
    if (!(error instanceof ClaimReferenceError)) throw error;
    problem('references', error.problemCode, error.message);
  }
  const allowed = claimKindRoles[row.kind];
  const seen = new Set<string>();
  for (const reference of references) {
    if (!allowed.includes(reference.role)) {
      problem('references', 'role-not-allowed', `role "${reference.role}" is not used by ${row.kind} claims (roles: ${allowed.join(', ')})`);
    } else if (seen.has(reference.role) && !multiValueRoles.has(reference.role)) {
      problem('references', 'role-repeated', `role "${reference.role}" may appear only once`);
    }
    seen.add(reference.role);
    const arrowSelector = reference.selector.type === 'indicator-field' && reference.selector.field === 'arrow';
    if (arrowSelector && !(reference.role === 'stated' && row.kind === 'direction')) {
      problem('references', 'role-not-allowed', `${reference.target} is a printed arrow: only the stated role of a direction claim may use it`);
    }
    const multi = reference.selector.type === 'budget-line' || reference.selector.type === 'chart-point' ? reference.selector.positions : null;
    const selectsSeveral = multi === 'all' || (multi !== null && multi.last > multi.first);
    if (selectsSeveral && !multiValueRoles.has(reference.role)) {
      problem('references', 'role-repeated', `role "${reference.role}" takes one value but ${reference.target} may select several`);
    }
  }

  if (problems.length > 0) return { claim: null, problems };
  return { claim: { row, references, printed, hedge: wordKinds.has(row.kind) ? null : hedgeOf(row.stated), statedDirection }, problems };
}

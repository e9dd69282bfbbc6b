import { readPrintedNumbers, type PrintedNumber } from '../claims/printed-number.js';
import type { StandardResourceName } from './schemas/index.js';

/**
 * The field holding the number each standard resource's row is about, which the row's quote must
 * print; `null` for resources whose rows hold no printed number (a board member's `position` or a
 * budget line's is its order in the list, not a number the report prints).
 */
export const PRINTED_VALUE_FIELDS: Readonly<Record<StandardResourceName, string | null>> = {
  figures: 'value',
  'context-values': 'value',
  'context-indicators': 'stated_change_percent',
  'chart-series': 'value',
  'budget-lines': 'amount',
  'budget-totals': 'amount',
  claims: 'stated_value',
  'quarterly-indicators': 'value',
  escalations: null,
  'budget-statements': null,
  'board-members': null,
  'partnership-groups': null,
  priorities: null,
  acronyms: null,
};

/** Words a report prints for none at all ("No children were found...", "none of the children"): they print 0. */
const ZERO_WORDS = /\b(?:no|none)\b/i;

/**
 * True when `quote` prints `value`: one of the numbers `printedNumbers` reads in it (digits in any
 * of the printed forms, "1,234", "1234", "12.5%", "£64", "-4", or a number word zero to twenty)
 * equals it, or, for 0, the quote says "no" or "none". A number printed without a minus sign also
 * prints the negative value of the same size, because reports give a fall in words or arrows ("fell
 * by 36%", "↓ 36%", "a 44% reduction" are entered as -36, -36, -44); a printed minus sign ("-4")
 * prints only the negative value.
 */
export function quotePrintsValue(quote: string, value: number): boolean {
  return readPrintedNumbers(quote).numbers.some((n) => printsValue(n, value)) || (value === 0 && ZERO_WORDS.test(quote));
}

function printsValue(printed: PrintedNumber, value: number): boolean {
  return printed.value === value || (!printed.text.startsWith('-') && printed.value === Math.abs(value));
}

/**
 * Checks that `quote` prints `value` (see {@link quotePrintsValue}). Returns `null` when it does,
 * otherwise the message, naming the numbers the quote does print; `hint` ends the message with
 * what to do instead.
 */
export function checkPrintedValue(quote: string, value: number, hint: string): string | null {
  if (quotePrintsValue(quote, value)) return null;
  const { numbers, tooLarge } = readPrintedNumbers(quote);
  const shown = numbers.slice(0, 6).map((n) => n.text);
  const more = numbers.length > shown.length ? `, ... (${numbers.length} numbers)` : '';
  const prints =
    numbers.length === 0
      ? tooLarge === undefined
        ? 'the quote prints no number'
        : 'the quote prints only a number too large to read'
      : `the quote prints ${shown.join(', ')}${more}`;
  return `${value} is not printed in the row's quote (${prints}); ${hint}`;
}

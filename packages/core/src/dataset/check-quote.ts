/** Name of the provenance column whose cells must occur verbatim in the dataset's source text. */
export const QUOTE_FIELD = 'quote';

/**
 * Checks that `quote` occurs verbatim (exact characters, whitespace and line breaks included) in
 * `source`. Returns `null` when it does; otherwise a message saying how many leading characters do
 * occur and where the quote stops matching, which is usually enough to find a typo or a normalised
 * apostrophe. The longest occurring prefix is found by binary search: if a prefix occurs, every
 * shorter prefix does.
 */
export function checkQuoteInSource(quote: string, source: string, sourceName: string): string | null {
  if (source.includes(quote)) return null;
  let low = 0;
  let high = quote.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (source.includes(quote.slice(0, mid))) low = mid;
    else high = mid - 1;
  }
  const shown = low === 0 ? 'no part of it occurs' : `its first ${low} characters occur, then it differs at ${JSON.stringify(excerpt(quote, low))}`;
  return `quote does not occur verbatim in ${sourceName}: ${shown}`;
}

function excerpt(text: string, from: number): string {
  const rest = text.slice(from);
  return rest.length > 40 ? `${rest.slice(0, 40)}…` : rest;
}

/**
 * The fewest letters and digits a quote must have. A shorter quote (`" "`, `"e"`, `"12%"`) occurs
 * almost anywhere in a report's text, so finding it there proves nothing and says nowhere; five
 * letters or digits are a short word or a number with its label ("Other", "12 reviews"). A quote that is
 * long enough may still occur more than once (a chart label, a sentence the report repeats): the
 * row's `section` then says which place it is.
 */
export const MIN_QUOTE_LETTERS_AND_DIGITS = 5;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/gu;

/**
 * Checks that `quote` is long enough to identify its place in the source: at least
 * {@link MIN_QUOTE_LETTERS_AND_DIGITS} letters or digits (white space and punctuation do not
 * count). Returns `null` when it is, otherwise the message.
 */
export function checkQuoteLength(quote: string, sourceName: string): string | null {
  const count = quote.match(LETTER_OR_DIGIT)?.length ?? 0;
  if (count >= MIN_QUOTE_LETTERS_AND_DIGITS) return null;
  const shown = quote.length > 20 ? `${quote.slice(0, 20)}…` : quote;
  return `${JSON.stringify(shown)} is too short to identify its place in ${sourceName}: a quote needs at least ${MIN_QUOTE_LETTERS_AND_DIGITS} letters or digits (this one has ${count})`;
}

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

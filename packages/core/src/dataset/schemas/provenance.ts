/**
 * Provenance columns carried by every row of every scpkit table: where in the report the value is
 * printed and a verbatim quote of the source text. Dataset validation checks every quote: at least
 * `MIN_QUOTE_LETTERS_AND_DIGITS` letters or digits, verbatim in `source.txt`, and printing the
 * row's value (`checkPrintedValue`).
 *
 * @example
 * provenanceFields.map((f) => f.name); // => ['section', 'quote']
 */
export const provenanceFields = [
  {
    name: 'section',
    type: 'string',
    title: 'Report section',
    description: 'Section or appendix of the report where the value is printed, e.g. "5.3" or "9.C".',
    constraints: { required: true, pattern: '^[0-9]+(\\.[0-9A-Z]+)*$' },
  },
  {
    name: 'quote',
    type: 'string',
    title: 'Source quote',
    description: 'Verbatim text of the report (as in source.txt) that states the value.',
    constraints: { required: true, minLength: 1 },
  },
] as const;

/**
 * Missing-value codes of the GSS shorthand: `[x]` not available, `[z]` not applicable, `[c]` suppressed.
 *
 * @example
 * gssMissingValues; // => ['', '[x]', '[z]', '[c]']
 */
export const gssMissingValues = ['', '[x]', '[z]', '[c]'] as const;

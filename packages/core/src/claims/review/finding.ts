/**
 * The checks a careful reviewer makes beyond the claims register's arithmetic, each a pure function
 * over a dataset (`packages/core/src/claims/review/`), in the order their findings are listed.
 * @example
 * findingChecks.length; // => 7
 * findingChecks.indexOf('periods'); // => 1
 */
export const findingChecks = ['linked-figures', 'periods', 'cross-references', 'plausibility', 'people', 'names', 'other-document'] as const;

/**
 * One of {@link findingChecks}.
 * @example
 * const name: FindingCheck = 'names';
 * findingChecks.includes(name); // => true
 */
export type FindingCheck = (typeof findingChecks)[number];

/**
 * How much a finding matters, most serious first:
 * - `error`: something the report prints cannot be right (a financial year "2021/21", a section it
 *   refers to that it does not have, a subset larger than its set);
 * - `inconsistency`: two places of the report disagree (one event with two dates, a name written two ways);
 * - `typo`: the meaning is clear but the printing is wrong ("a reduction of -36%");
 * - `caveat`: true as printed, but a reader should know (a figure from before the report's year,
 *   two quarters of different years compared, a total leaving out a line "not yet advised").
 * @example
 * findingSeverities[0]; // => 'error'
 */
export const findingSeverities = ['error', 'inconsistency', 'typo', 'caveat'] as const;

/**
 * One of {@link findingSeverities}.
 * @example
 * const severity: FindingSeverity = 'typo';
 * findingSeverities.indexOf(severity); // => 2
 */
export type FindingSeverity = (typeof findingSeverities)[number];

/**
 * Whether the check could tell: `flagged` (it found the problem) or `unverifiable` (it might be one,
 * and the explanation says why the check cannot tell). A check never flags what it cannot tell.
 *
 * @example
 * const dataset = loadDataset('datasets/east-sussex/2021-22');
 * const statuses: FindingStatus[] = checkPeriods(dataset).map((f) => f.status);
 * [...new Set(statuses)]; // => ['flagged', 'unverifiable']
 */
export type FindingStatus = 'flagged' | 'unverifiable';

/**
 * A row a finding is about: its resource, the CSV line it starts on (`null` when unknown), and its key in words.
 *
 * @example
 * const dataset = loadDataset('datasets/east-sussex/2021-22');
 * const row: FindingRow = checkPeriods(dataset).find((f) => f.kind === 'invalid-period')!.rows[0]!;
 * [row.resource, row.key]; // => ['figures', 'exploitation-overnight-custody-incidences@2021/21']
 */
export interface FindingRow {
  /** Resource name (`figures`, `board-members`, ...) or `source` for a line of the report's text. */
  readonly resource: string;
  /** The physical line of the CSV file (header is line 1), or of `source.txt` for `source`; `null` when not known. */
  readonly line: number | null;
  /** The row's key, e.g. `exploitation-overnight-custody-incidences@2021/21` or `position 12`. */
  readonly key: string;
}

/**
 * One finding of a review check: which check, what kind of problem, how serious, the rows and the
 * verbatim quotes involved, and one sentence saying what is wrong (or why it cannot be told).
 *
 * @example
 * const dataset = loadDataset('datasets/east-sussex/2021-22');
 * const finding: Finding = checkPeriods(dataset).find((f) => f.kind === 'invalid-period')!;
 * [finding.check, finding.severity, finding.status, finding.explanation]; // => ['periods', 'error', 'flagged', 'The period "2021/21" of exploitation-overnight-custody-incidences is not a period: "2021/21" is not a financial year: its two years must be consecutive (2021/22).']
 */
export interface Finding {
  readonly check: FindingCheck;
  /** What was found, a kebab-case slug of the check, e.g. `invalid-period`, `missing-section`. */
  readonly kind: string;
  readonly severity: FindingSeverity;
  readonly status: FindingStatus;
  readonly rows: readonly FindingRow[];
  /** The verbatim quotes of the rows (or lines of the text) involved, each once. */
  readonly quotes: readonly string[];
  /** One sentence: what is wrong and how the check knows, or why it cannot tell. */
  readonly explanation: string;
}

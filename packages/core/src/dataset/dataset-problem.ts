import { assertFiniteNumber, assertObject, assertString } from '../stats/validate-input.js';

/**
 * Stable, kebab-case ids of everything dataset validation can find wrong. Tools may match on these;
 * the human-readable `message` of a problem may change wording, the code does not.
 *
 * @example
 * datasetProblemCodes.includes('sha256-mismatch'); // => true
 */
export const datasetProblemCodes = [
  // datapackage.json
  'invalid-json',
  'invalid-descriptor',
  'nonstandard-schema',
  'nonstandard-path',
  'duplicate-resource',
  'unknown-reference-resource',
  'sha256-mismatch',
  // files
  'missing-file',
  'unreadable-file',
  'outside-folder',
  'symlink-loop',
  'undescribed-file',
  'empty-file',
  // CSV syntax
  'unclosed-quote',
  'malformed-quote',
  'mixed-line-endings',
  'blank-row',
  'row-length',
  // header
  'missing-column',
  'unexpected-column',
  'duplicate-column',
  'column-order',
  // cells
  'missing-required-value',
  'unknown-missing-value',
  'not-an-integer',
  'leading-zero',
  'not-a-number',
  'not-a-boolean',
  'not-a-date',
  'not-a-yearmonth',
  // a DataFrame cell (@scpkit/frames) holding a non-text value in a text field
  'not-a-string',
  'below-minimum',
  'above-maximum',
  'too-short',
  'too-long',
  'pattern-mismatch',
  'not-in-enum',
  'invisible-character',
  // across rows and tables
  'not-unique',
  'duplicate-key',
  'missing-reference',
  'quote-not-in-source',
  'quote-too-short',
  'value-not-in-quote',
  // quarterly-indicators: an indicator's label, group, unit, improvement or target differs between its rows
  'inconsistent-indicator',
  // claims register (checked by `scpkit validate` once the tables are valid)
  'invalid-claim',
] as const;

/**
 * One of {@link datasetProblemCodes}.
 *
 * @example
 * const code: DatasetProblemCode = validateDataset({ descriptorText: undefined, files: {} }).problems[0]!.code;
 * code; // => 'missing-file'
 */
export type DatasetProblemCode = (typeof datasetProblemCodes)[number];

/**
 * One thing wrong with a dataset, located as precisely as the problem allows.
 *
 * - `file`: path of the file inside the dataset folder, as the descriptor names it
 *   (`datapackage.json`, `figures.csv`, `source.txt`).
 * - `row`: for a CSV, the 1-based physical line on which the record starts (the header is line 1;
 *   when a quoted cell spans several lines, the line where its record begins); for
 *   `datapackage.json`, the line of a JSON syntax error; `null` (printed `-`) when no line applies.
 * - `field`: the column name for a CSV, the JSON path (e.g. `resources[2].schema.fields[0].type`) for
 *   the descriptor, `-` when neither applies.
 *
 * @example
 * const problem: DatasetProblem = parseCsv('a,b\n1,2\n\n3,4\n', 'x.csv').problems[0]!;
 * [problem.file, problem.row, problem.code]; // => ['x.csv', 3, 'blank-row']
 */
export interface DatasetProblem {
  readonly file: string;
  readonly row: number | null;
  readonly field: string;
  readonly code: DatasetProblemCode;
  readonly message: string;
}

/**
 * Formats a problem as `file:row:field: message`, the line `scpkit validate` prints.
 *
 * @example
 * formatDatasetProblem({ file: 'figures.csv', row: 3, field: 'value', code: 'not-a-number', message: '"1,2" is not a number' }); // => 'figures.csv:3:value: "1,2" is not a number'
 */
export function formatDatasetProblem(problem: DatasetProblem): string {
  const fn = 'formatDatasetProblem';
  assertObject(fn, 'problem', problem, 'a problem { file, row, field, code, message }');
  assertString(fn, 'problem.file', problem.file);
  if (problem.row !== null) assertFiniteNumber(fn, 'problem.row', problem.row);
  assertString(fn, 'problem.field', problem.field);
  assertString(fn, 'problem.message', problem.message);
  return `${problem.file}:${problem.row ?? '-'}:${problem.field}: ${problem.message}`;
}

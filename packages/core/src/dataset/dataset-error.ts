import { ScpkitError } from '../errors/scpkit-error.js';
import { formatDatasetProblem, type DatasetProblem } from './dataset-problem.js';

/**
 * Thrown by `parseDataset` / `loadDataset` when a dataset has problems. It carries every problem
 * found in every file (validation never stops at the first), and its message lists them one per
 * line as `file:row:field: message`.
 *
 * @example
 * parseDataset({ descriptorText: undefined, files: {} }); // throws DatasetError
 * new DatasetError([{ file: 'figures.csv', row: 3, field: 'value', code: 'not-a-number', message: '"1,2" is not a number' }]).message;
 * // => 'dataset is invalid (1 problem):\nfigures.csv:3:value: "1,2" is not a number'
 */
export class DatasetError extends ScpkitError {
  /** Every problem found, in file order and then row order. */
  readonly problems: readonly DatasetProblem[];

  constructor(problems: readonly DatasetProblem[], dataset = 'dataset') {
    const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
    super('dataset-invalid', `${dataset} is invalid (${count}):\n${problems.map(formatDatasetProblem).join('\n')}`);
    this.problems = problems;
  }
}

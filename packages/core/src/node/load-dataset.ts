import type { Dataset } from '../dataset/dataset.js';
import { parseDataset, validateDataset, type DatasetValidation } from '../dataset/validate-dataset.js';
import { readDatasetFolder } from './read-dataset-folder.js';

/**
 * Loads a dataset folder (its `datapackage.json`, every resource CSV and the source text) into
 * typed records. A missing file is a `missing-file` problem, a source whose SHA-256 differs from
 * the descriptor's a `sha256-mismatch`; everything else is checked by `parseDataset`.
 * Throws `DatasetError` listing every problem of every file.
 *
 * @example
 * const dataset = loadDataset('datasets/east-sussex/2021-22');
 * const values = dataset.tables['context-values'] ?? []; // readonly ContextValue[]
 * values.find((v) => v.indicator === 'family-contacts' && v.period === '2021/22')?.value; // => 17011
 * loadDataset('datasets'); // throws DatasetError
 */
export function loadDataset(dir: string): Dataset {
  return parseDataset(readDatasetFolder(dir));
}

/**
 * Validates a dataset folder without throwing; returns every problem and a summary of what it holds.
 *
 * @example
 * validateDatasetFolder('datasets/east-sussex/2021-22').problems; // => []
 * validateDatasetFolder('datasets').problems.map((p) => p.code); // => ['missing-file']
 */
export function validateDatasetFolder(dir: string): DatasetValidation {
  return validateDataset(readDatasetFolder(dir));
}

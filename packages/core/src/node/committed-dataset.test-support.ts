// Test support only (not exported): the committed dataset of datasets/east-sussex/2021-22, read once
// through loadDataset (the same loader and validator users get), so that tests of the arithmetic
// check it against the data files as they are committed.
import { fileURLToPath } from 'node:url';
import type { Dataset, StandardRecord, StandardResourceName } from '../dataset/index.js';
import { loadDataset } from './load-dataset.js';

const folder = fileURLToPath(new URL('../../../../datasets/east-sussex/2021-22/', import.meta.url));
let dataset: Dataset | undefined;

/** The typed records of `<resource>.csv` of the committed dataset. Throws when the dataset does not validate or lacks the table. */
export function datasetTable<K extends StandardResourceName>(resource: K): readonly StandardRecord<K>[] {
  dataset ??= loadDataset(folder);
  const table = dataset.tables[resource] as readonly StandardRecord<K>[] | undefined;
  if (table === undefined) throw new Error(`the committed dataset has no ${resource} table`);
  return table;
}

/** The committed dataset itself, read once. */
export function committedDataset(): Dataset {
  dataset ??= loadDataset(folder);
  return dataset;
}

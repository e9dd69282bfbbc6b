import { join } from 'node:path';
import { DESCRIPTOR_FILE, type Dataset } from '../dataset/index.js';
import { InvalidInputError } from '../errors/index.js';
import { periodStartYear } from '../lookup/period-start.js';
import { findDatasets } from './find-datasets.js';
import { loadDataset } from './load-dataset.js';
import { existsSync } from 'node:fs';

/**
 * Loads every report of one partnership: each dataset folder under `root` (a partnership folder
 * such as `datasets/<partnership>`, whose sub-folders are its periods), in time order of their
 * periods. Pass the result to `indicatorSeries` for the series across reports.
 *
 * @example
 * const reports = loadReports('datasets/east-sussex'); // every report of the partnership, earliest first
 * reports.map((r) => r.descriptor.scpkit.period); // => ['2021/22']
 * @throws {InvalidInputError} when `root` holds no dataset or datasets of several partnerships.
 * @throws {DatasetError} (from loadDataset) for the first dataset that is not valid.
 */
export function loadReports(root: string): Dataset[] {
  const dirs = existsSync(join(root, DESCRIPTOR_FILE)) ? [root] : findDatasets(root);
  if (dirs.length === 0) throw new InvalidInputError('loadReports', 'root', root, `must hold at least one dataset folder (with ${DESCRIPTOR_FILE})`);
  const reports = dirs.map((dir) => loadDataset(dir));
  const partnerships = [...new Set(reports.map((r) => r.descriptor.scpkit.partnership))];
  if (partnerships.length > 1) throw new InvalidInputError('loadReports', 'root', root, `must hold the reports of one partnership (found ${partnerships.join(', ')})`);
  return reports
    .map((report, index) => ({ report, index, start: periodStartYear(report.descriptor.scpkit.period) ?? Infinity }))
    .sort((a, b) => a.start - b.start || a.index - b.index)
    .map((x) => x.report);
}

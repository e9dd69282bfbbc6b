import { assertClaimsDataset } from '../claims/check-claims-input.js';
import type { Dataset } from '../dataset/index.js';
import { assertObject, assertString } from '../stats/validate-input.js';

// Entry check of the functions that read a whole report dataset (internal): `reportLookup` and
// `indicatorSeries` check each dataset once, so their lookups can trust its shape.

/**
 * Throws unless `dataset` is a report {@link Dataset} as `parseDataset` gives it, as far as these
 * functions read it: a `descriptor` with a string `name` and `title` and a `scpkit` block with a
 * string `partnership` and `period`, and standard tables (and `rowNumbers`, when given) as
 * `assertClaimsDataset` checks them. `argument` names the dataset in errors (`dataset`, `reports[1]`).
 */
export function assertReportDataset(fn: string, argument: string, dataset: unknown): asserts dataset is Dataset {
  assertObject(fn, argument, dataset, 'a dataset { descriptor, tables, rowNumbers } (as parseDataset gives it)');
  const descriptor = dataset['descriptor'];
  assertObject(fn, `${argument}.descriptor`, descriptor, 'a descriptor (datapackage.json) { name, title, scpkit }');
  assertString(fn, `${argument}.descriptor.name`, descriptor['name']);
  assertString(fn, `${argument}.descriptor.title`, descriptor['title']);
  const scpkit = descriptor['scpkit'];
  assertObject(fn, `${argument}.descriptor.scpkit`, scpkit, 'the scpkit block { format, partnership, period }');
  assertString(fn, `${argument}.descriptor.scpkit.partnership`, scpkit['partnership']);
  assertString(fn, `${argument}.descriptor.scpkit.period`, scpkit['period']);
  assertClaimsDataset(fn, dataset, argument);
}

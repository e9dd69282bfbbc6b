import type { DisclosureMode } from '../dataset/data-package.js';
import type { Dataset } from '../dataset/dataset.js';
import { assertReportDataset } from '../lookup/check-report-dataset.js';
import { assertAllFinite } from '../lookup/lookup-result.js';
import { InvalidInputError } from '../errors/index.js';
import { assertArray, assertObject, assertString } from '../stats/validate-input.js';

/**
 * The disclosure mode of resource `name` of a dataset, as its descriptor declares it
 * (`resources[].disclosure`, report format 1.1): `published` (already public, passed through) or
 * `protect` (disclosure control applies). A resource that declares nothing, or that the descriptor
 * does not list, is `protect`: anything new is protected until someone says it is already public.
 *
 * @example
 * import { loadDataset } from '@scpkit/core/node';
 * const report = loadDataset('datasets/east-sussex/2021-22');
 * resourceDisclosure(report, 'figures'); // => 'published'
 * resourceDisclosure(report, 'quarterly-indicators'); // => 'protect'
 * @throws {InvalidInputError} when `dataset` is not a dataset as `parseDataset` gives it, or `name` is not a string.
 */
export function resourceDisclosure(dataset: Dataset, name: string): DisclosureMode {
  assertDisclosureDataset('resourceDisclosure', dataset);
  assertString('resourceDisclosure', 'name', name);
  return resourceDisclosureUnchecked(dataset, name);
}

/** Internal: {@link resourceDisclosure} of a dataset already checked. */
export function resourceDisclosureUnchecked(dataset: Dataset, name: string): DisclosureMode {
  const resource = dataset.descriptor.resources.find((r) => r.name === name);
  return resource?.disclosure === 'published' ? 'published' : 'protect';
}

/**
 * Internal: throws unless `dataset` is a report dataset (as `reportLookup` checks it) whose
 * descriptor lists its resources by name, with `tables`, `rowNumbers` and `missing` objects of arrays.
 */
export function assertDisclosureDataset(fn: string, dataset: unknown): asserts dataset is Dataset {
  assertReportDataset(fn, 'dataset', dataset);
  const resources: unknown = dataset.descriptor.resources;
  assertArray(fn, 'dataset.descriptor.resources', resources);
  resources.forEach((r, i) => {
    assertObject(fn, `dataset.descriptor.resources[${i}]`, r, 'a resource { name, path, schema, disclosure? }');
    assertString(fn, `dataset.descriptor.resources[${i}].name`, r['name']);
  });
  assertAllFinite(fn, 'dataset', dataset);
  const other: unknown = dataset.otherTables;
  if (other !== undefined) assertObject(fn, 'dataset.otherTables', other, 'an object of record arrays by resource name');
  const source: unknown = dataset.source;
  if (source !== undefined) {
    assertObject(fn, 'dataset.source', source, 'the source text { path, text }');
    assertString(fn, 'dataset.source.path', source['path']);
    assertString(fn, 'dataset.source.text', source['text']);
  }
  for (const part of ['tables', 'rowNumbers', 'missing'] as const) {
    const value: unknown = (dataset as unknown as Record<string, unknown>)[part];
    assertObject(fn, `dataset.${part}`, value, 'an object of arrays by resource name');
    for (const [name, rows] of Object.entries(value)) {
      if (!Array.isArray(rows)) throw new InvalidInputError(fn, `dataset.${part}[${JSON.stringify(name)}]`, rows, 'must be an array');
      if (part !== 'rowNumbers') rows.forEach((row, i) => assertObject(fn, `dataset.${part}[${JSON.stringify(name)}][${i}]`, row, 'a record'));
    }
  }
}

import type { Dataset } from '../../dataset/index.js';
import { assertObject, assertString } from '../../stats/validate-input.js';
import { assertClaimsDataset } from '../check-claims-input.js';
import type { FindingRow } from './finding.js';

/**
 * What the review checks read of a dataset: its typed tables, optionally the CSV line of each
 * record (so findings can name it), the report's period (`descriptor.scpkit.period`, for dating
 * figures) and the report's text (`source.text`, for headings and cross-references). A loaded
 * `Dataset` fits; a check that needs a part the dataset lacks reports nothing for it.
 *
 * @example
 * const dataset: ReviewDataset = { tables: {}, descriptor: { scpkit: { period: '2021/22' } }, source: { text: '1. Introduction' } };
 * reviewFindings(dataset); // => []
 */
export type ReviewDataset = Pick<Dataset, 'tables'> &
  Partial<Pick<Dataset, 'rowNumbers'>> & {
    readonly descriptor?: { readonly scpkit?: { readonly period?: string } } | undefined;
    readonly source?: { readonly text: string } | undefined;
  };

/**
 * Throws `InvalidInputError` unless `dataset` is a {@link ReviewDataset}: tables as `auditClaims`
 * checks them, and where given a descriptor object (with a string `scpkit.period`) and a source with a string `text`.
 */
export function assertReviewDataset(fn: string, dataset: unknown): asserts dataset is ReviewDataset {
  assertClaimsDataset(fn, dataset);
  const { descriptor, source } = dataset as { descriptor?: unknown; source?: unknown };
  if (descriptor !== undefined) {
    assertObject(fn, 'dataset.descriptor', descriptor, 'a data package descriptor');
    const scpkit = descriptor['scpkit'];
    if (scpkit !== undefined) {
      assertObject(fn, 'dataset.descriptor.scpkit', scpkit, 'the scpkit metadata { period, ... }');
      if (scpkit['period'] !== undefined) assertString(fn, 'dataset.descriptor.scpkit.period', scpkit['period']);
    }
  }
  if (source !== undefined) {
    assertObject(fn, 'dataset.source', source, 'the source text { path, text }');
    assertString(fn, 'dataset.source.text', source['text']);
  }
}

/** The row `index` of `resource` as a finding names it, with its CSV line where the dataset knows it. */
export function findingRow(dataset: ReviewDataset, resource: string, index: number, key: string): FindingRow {
  return { resource, line: dataset.rowNumbers?.[resource]?.[index] ?? null, key };
}

/** The report's own period (`descriptor.scpkit.period`), or `null` when the dataset does not say. */
export function reportPeriod(dataset: ReviewDataset): string | null {
  return dataset.descriptor?.scpkit?.period ?? null;
}

/** Each distinct string once, in first-seen order. */
export function distinct(texts: readonly string[]): string[] {
  return [...new Set(texts)];
}

import type { CellValue } from './convert-cell.js';
import type { DataPackage } from './data-package.js';
import type { StandardResourceName, standardSchemas } from './schemas/index.js';
import type { InferRecord } from './table-schema.js';

/**
 * The record type of a standard resource, derived from its schema, e.g. `StandardRecord<'figures'>` is `Figure`.
 *
 * @example
 * const dataset = loadDataset('datasets/east-sussex/2021-22');
 * const row: StandardRecord<'context-values'> = dataset.tables['context-values']![0]!;
 * [row.indicator, row.period, row.value]; // => ['family-contacts', '2021/22', 17011]
 */
export type StandardRecord<K extends StandardResourceName> = InferRecord<(typeof standardSchemas)[K]>;

/**
 * The records of each standard resource the dataset holds; a resource the folder lacks is absent.
 *
 * @example
 * const dataset = loadDataset('datasets/east-sussex/2021-22');
 * const tables: StandardTables = dataset.tables;
 * tables['budget-totals']?.length; // => 4
 */
export type StandardTables = { readonly [K in StandardResourceName]?: readonly StandardRecord<K>[] };

/**
 * A record of a resource outside the scpkit standard: field name to value, `null` where missing.
 *
 * @example
 * const record: DatasetRecord = { team: 'MASH', referrals: 412, note: null };
 * record.referrals; // => 412
 */
export type DatasetRecord = Readonly<Record<string, CellValue | null>>;

/**
 * A validated dataset: its descriptor, typed records per resource, and for every record the line
 * of its CSV file and the missing-value code of each missing cell, so later code can point at the
 * exact row a number came from and tell `[c]` (suppressed) from `[x]` (not available).
 *
 * @example
 * const dataset = loadDataset('datasets/east-sussex/2021-22');
 * [dataset.descriptor.scpkit.partnership, dataset.rowNumbers['acronyms']?.[0], dataset.source?.path]; // => ['East Sussex', 2, 'source.txt']
 */
export interface Dataset {
  readonly descriptor: DataPackage;
  /** Records of the standard resources, typed by their schemas: `tables['context-values']` is `readonly ContextValue[]`. */
  readonly tables: StandardTables;
  /** Records of resources outside the standard, by resource name. */
  readonly otherTables: Readonly<Record<string, readonly DatasetRecord[]>>;
  /** For each resource name, the physical CSV line on which each record starts (header is line 1). */
  readonly rowNumbers: Readonly<Record<string, readonly number[]>>;
  /** For each resource name and record, the missing-value code of each missing cell by field name. */
  readonly missing: Readonly<Record<string, readonly Readonly<Record<string, string>>[]>>;
  /** The source text the quotes come from, when the descriptor names one. */
  readonly source: { readonly path: string; readonly text: string } | undefined;
}

/**
 * Per-resource counts `scpkit validate` prints.
 *
 * @example
 * const [summary]: readonly ResourceSummary[] = validateDatasetFolder('datasets/east-sussex/2021-22').summary.resources;
 * [summary!.name, summary!.path]; // => ['acronyms', 'acronyms.csv']
 */
export interface ResourceSummary {
  readonly name: string;
  readonly path: string;
  /** Records (data lines) in the file; 0 when the file is missing or unreadable. */
  readonly rows: number;
  /** Fields of the resource's schema. */
  readonly fields: number;
}

/**
 * What a dataset holds, as far as its descriptor could be read.
 *
 * @example
 * const summary: DatasetSummary = validateDatasetFolder('datasets/example-synthetic/2022-23').summary;
 * [summary.name, summary.resources.map((r) => r.name)]; // => ['example-synthetic-2022-23', ['escalations', 'quarterly-indicators']]
 */
export interface DatasetSummary {
  readonly name: string | undefined;
  readonly title: string | undefined;
  readonly resources: readonly ResourceSummary[];
  readonly totals: { readonly resources: number; readonly rows: number; readonly fields: number };
}

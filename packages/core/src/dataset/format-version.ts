import type { TableSchema } from './table-schema.js';
import { standardSchemas, type StandardResourceName } from './schemas/index.js';

/**
 * The versions of the report format (`datasets/FORMAT.md`) this release of scpkit reads, oldest
 * first; the last is the one it writes. A minor version only adds (a resource, a column that may be
 * empty, a unit), so a folder written in an older minor version stays valid as it is.
 */
export const REPORT_FORMAT_VERSIONS = ['1.0', '1.1'] as const;

/** One of {@link REPORT_FORMAT_VERSIONS}. */
export type ReportFormatVersion = (typeof REPORT_FORMAT_VERSIONS)[number];

/**
 * The columns each minor version added, by resource. A folder that declares an older version has
 * resources without them: its descriptor carries that version's schema, its CSVs lack the columns,
 * and its records read them as missing (`null`).
 */
const FIELDS_ADDED: Readonly<Record<ReportFormatVersion, Partial<Readonly<Record<StandardResourceName, readonly string[]>>>>> = {
  '1.0': {},
  '1.1': { 'chart-series': ['value_printed'] },
};

/** True when `version` is one of {@link REPORT_FORMAT_VERSIONS}. */
export function isReportFormatVersion(version: unknown): version is ReportFormatVersion {
  return (REPORT_FORMAT_VERSIONS as readonly unknown[]).includes(version);
}

/**
 * Names of the fields of the standard resource `name` that versions after `version` added (empty
 * for the current version).
 */
export function fieldsAddedAfter(name: StandardResourceName, version: ReportFormatVersion): readonly string[] {
  const later = REPORT_FORMAT_VERSIONS.slice(REPORT_FORMAT_VERSIONS.indexOf(version) + 1);
  return later.flatMap((v) => FIELDS_ADDED[v][name] ?? []);
}

/**
 * The standard schema of resource `name` in report format `version`: the current standard schema
 * without the fields later versions added. For the current version it is `standardSchemas[name]`.
 */
export function standardSchemaOf(name: StandardResourceName, version: ReportFormatVersion): TableSchema {
  const schema: TableSchema = standardSchemas[name];
  const later = fieldsAddedAfter(name, version);
  if (later.length === 0) return schema;
  return { ...schema, fields: schema.fields.filter((f) => !later.includes(f.name)) };
}

import { standardSchemas, type StandardResourceName } from './schemas/index.js';
import type { TableSchema } from './table-schema.js';

/**
 * The versions of the report format (`datasets/FORMAT.md`) this release of scpkit reads, oldest
 * first; the last is the one it writes (`REPORT_FORMAT_VERSION`). A minor version only adds (a
 * resource, a column that may be empty, a unit), so a folder written in an older minor version stays
 * valid as it is.
 */
export const REPORT_FORMAT_VERSIONS = ['1.0', '1.1'] as const;

/** One of {@link REPORT_FORMAT_VERSIONS}. */
export type ReportFormatVersion = (typeof REPORT_FORMAT_VERSIONS)[number];

/**
 * What each minor version of the report format added to the standard schemas (datasets/FORMAT.md
 * section 8), oldest first: units of `figures` and columns (by resource). A folder that declares an
 * older minor version is checked against the standard as that version defined it, so it stays valid
 * without being rewritten; its records read the columns added since as missing (`null`).
 */
const ADDITIONS: readonly {
  readonly version: ReportFormatVersion;
  readonly figureUnits: readonly string[];
  readonly fields: Partial<Readonly<Record<StandardResourceName, readonly string[]>>>;
}[] = [{ version: '1.1', figureUnits: ['per-10000'], fields: { 'chart-series': ['value_printed'] } }];

/** True when `version` is one of {@link REPORT_FORMAT_VERSIONS}. */
export function isReportFormatVersion(version: unknown): version is ReportFormatVersion {
  return (REPORT_FORMAT_VERSIONS as readonly unknown[]).includes(version);
}

/** The additions of the versions after `version`; none for the current version, or one this scpkit does not read. */
function additionsAfter(version: string | undefined): typeof ADDITIONS {
  if (!isReportFormatVersion(version)) return [];
  const index = REPORT_FORMAT_VERSIONS.indexOf(version);
  return ADDITIONS.filter((a) => REPORT_FORMAT_VERSIONS.indexOf(a.version) > index);
}

/** Names of the fields of the standard resource `name` that versions after `version` added (none for the current version). */
export function fieldsAddedAfter(name: StandardResourceName, version: string | undefined): readonly string[] {
  return additionsAfter(version).flatMap((a) => a.fields[name] ?? []);
}

/**
 * The standard schema of resource `name` as format `version` defines it (a deep copy): the current
 * standard without what later minor versions added. An unknown or missing version gives the current
 * standard.
 *
 * @example
 * standardSchemaOfFormat('figures', '1.0').fields.find((f) => f.name === 'unit')?.constraints?.enum?.includes('per-10000'); // => false
 * standardSchemaOfFormat('figures', '1.1').fields.find((f) => f.name === 'unit')?.constraints?.enum?.includes('per-10000'); // => true
 * standardSchemaOfFormat('chart-series', '1.0').fields.some((f) => f.name === 'value_printed'); // => false
 */
export function standardSchemaOfFormat(name: StandardResourceName, version: string | undefined): TableSchema {
  // A deep, mutable copy (JSON keeps the key order, so the copy compares equal to the standard).
  const copy = JSON.parse(JSON.stringify(standardSchemas[name])) as {
    fields: { name: string; constraints?: { enum?: string[] } }[];
    'scpkit:constraintsByUnit'?: { byUnit: Record<string, unknown> };
  };
  const later = additionsAfter(version);
  const units = new Set(later.flatMap((a) => a.figureUnits));
  if (name === 'figures' && units.size > 0) {
    const unit = copy.fields.find((f) => f.name === 'unit');
    if (unit?.constraints?.enum !== undefined) unit.constraints.enum = unit.constraints.enum.filter((u) => !units.has(u));
    const byUnit = copy['scpkit:constraintsByUnit']?.byUnit;
    if (byUnit !== undefined) for (const u of units) delete byUnit[u];
  }
  const fields = new Set(later.flatMap((a) => a.fields[name] ?? []));
  if (fields.size > 0) copy.fields = copy.fields.filter((f) => !fields.has(f.name));
  return copy as unknown as TableSchema;
}

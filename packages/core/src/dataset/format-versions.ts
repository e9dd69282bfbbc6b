import { REPORT_FORMAT_VERSION } from './data-package.js';
import { standardSchemas } from './schemas/index.js';
import type { TableSchema } from './table-schema.js';

/**
 * What each minor version of the report format added to the standard schemas (datasets/FORMAT.md
 * section 8), oldest first. A folder that declares an older minor version is checked against the
 * standard as that version defined it, so it stays valid without being rewritten.
 */
const ADDITIONS: readonly { readonly minor: number; readonly figureUnits: readonly string[] }[] = [{ minor: 1, figureUnits: ['per-10000'] }];

/** The minor number of a `MAJOR.MINOR` version of the current major; the current minor for anything else. */
function minorOf(version: string | undefined): number {
  const current = Number(REPORT_FORMAT_VERSION.split('.')[1]);
  const match = /^([0-9]+)\.([0-9]+)$/.exec(version ?? '');
  if (match === null || match[1] !== REPORT_FORMAT_VERSION.split('.')[0]) return current;
  return Math.min(Number(match[2]), current);
}

/**
 * The standard schema of resource `name` as format `version` defines it (a deep copy): the current
 * standard without what later minor versions added. An unknown or missing version gives the current
 * standard.
 *
 * @example
 * standardSchemaOfFormat('figures', '1.0').fields.find((f) => f.name === 'unit')?.constraints?.enum?.includes('per-10000'); // => false
 * standardSchemaOfFormat('figures', '1.1').fields.find((f) => f.name === 'unit')?.constraints?.enum?.includes('per-10000'); // => true
 */
export function standardSchemaOfFormat(name: keyof typeof standardSchemas, version: string | undefined): TableSchema {
  // A deep, mutable copy (JSON keeps the key order, so the copy compares equal to the standard).
  const copy = JSON.parse(JSON.stringify(standardSchemas[name])) as {
    fields: { name: string; constraints?: { enum?: string[] } }[];
    'scpkit:constraintsByUnit'?: { byUnit: Record<string, unknown> };
  };
  const minor = minorOf(version);
  const later = new Set(ADDITIONS.filter((a) => a.minor > minor).flatMap((a) => a.figureUnits));
  if (name === 'figures' && later.size > 0) {
    const unit = copy.fields.find((f) => f.name === 'unit');
    if (unit?.constraints?.enum !== undefined) unit.constraints.enum = unit.constraints.enum.filter((u) => !later.has(u));
    const byUnit = copy['scpkit:constraintsByUnit']?.byUnit;
    if (byUnit !== undefined) for (const u of later) delete byUnit[u];
  }
  return copy as unknown as TableSchema;
}

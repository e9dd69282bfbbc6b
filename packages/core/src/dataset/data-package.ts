import type * as z from 'zod';
import { zod } from './zod.js';
import { lazyObject } from './lazy-object.js';
import { anchoredPattern } from './check-field-constraints.js';
import type { TableSchema } from './table-schema.js';
import { assertStringArray } from '../stats/validate-input.js';
import { REPORT_FORMAT_VERSIONS, isReportFormatVersion, type ReportFormatVersion } from './format-versions.js';

/**
 * zod schemas of a dataset's `datapackage.json`: the Frictionless Data Package
 * (https://specs.frictionlessdata.io/data-package/) subset scpkit writes, with tabular CSV resources
 * (https://specs.frictionlessdata.io/tabular-data-resource/) and the scpkit metadata block.
 * Objects are strict so that a misspelt key is reported instead of ignored.
 */

/**
 * Field names of a key given as one name or a list.
 *
 * @example
 * keyFields('id'); // => ['id']
 * keyFields(['indicator', 'period']); // => ['indicator', 'period']
 */
export function keyFields(fields: string | readonly string[]): readonly string[] {
  if (typeof fields === 'string') return [fields];
  assertStringArray('keyFields', 'fields', fields);
  return fields;
}

const RELATIVE_PATH = /^[A-Za-z0-9_-][A-Za-z0-9._-]*(\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$/;

/**
 * True for a safe path inside a dataset folder: segments of letters, digits, `.`, `_`, `-` joined by
 * `/`, none starting with `.` (so no `..`, no hidden files), no leading `/`, no backslashes.
 */
export function isDatasetRelativePath(path: string): boolean {
  return RELATIVE_PATH.test(path);
}

/**
 * The version of the report format (`datasets/FORMAT.md`) this release of scpkit writes; it also
 * reads every older minor version of the same major (`REPORT_FORMAT_VERSIONS`). A dataset declares
 * the version it follows in `scpkit.format`; a different major version, or a newer minor one, is refused.
 *
 * @example
 * REPORT_FORMAT_VERSION; // => '1.1'
 */
export const REPORT_FORMAT_VERSION: ReportFormatVersion = REPORT_FORMAT_VERSIONS[REPORT_FORMAT_VERSIONS.length - 1] ?? '1.0';

/**
 * What a dataset holds (`scpkit.kind`, format 1.1): `report`, a partnership's annual report (the
 * default when the key is absent), or `comparators`, published figures for an area that reports are
 * read against (e.g. England, from the Department for Education's statistics). Notebooks run on
 * reports; a comparators dataset has no partnership and is only read beside one (its
 * `scpkit.partnership` names the area its figures are for).
 *
 * @example
 * const kindOf = (scpkit: { kind?: DatasetKind }) => scpkit.kind ?? 'report';
 * kindOf({}); // => 'report'
 * kindOf({ kind: 'comparators' }); // => 'comparators'
 * DATASET_KINDS.includes('comparators'); // => true
 */
export const DATASET_KINDS = ['report', 'comparators'] as const;

/**
 * One of {@link DATASET_KINDS}.
 * @example
 * const kind: DatasetKind = 'report';
 * DATASET_KINDS.includes(kind); // => true
 */
export type DatasetKind = (typeof DATASET_KINDS)[number];

/**
 * How a resource may be published (report format 1.1, `datasets/FORMAT.md` section 2):
 * `published` — its figures are already public (a report's own printed numbers) and pass through
 * unchanged; `protect` — disclosure control applies before anything drawn from it is written
 * (counts 1 to 5 become `[c]`, with the figures derived from them and secondary suppression).
 * A resource that does not say is `protect`.
 *
 * @example
 * DISCLOSURE_MODES; // => ['published', 'protect']
 */
export const DISCLOSURE_MODES = ['published', 'protect'] as const;

/**
 * A resource's disclosure mode, see {@link DISCLOSURE_MODES}.
 *
 * @example
 * const mode: DisclosureMode = 'protect';
 * DISCLOSURE_MODES.includes(mode); // => true
 */
export type DisclosureMode = (typeof DISCLOSURE_MODES)[number];

/** Builds every schema of this file; called once, on first use of any of them. */
function buildSchemas(z: typeof import('zod')) {
  const fieldTypeSchema = z.enum(['string', 'integer', 'number', 'boolean', 'date', 'yearmonth']);

  const finite = z.number().refine(Number.isFinite, 'must be a finite number');

  const patternSchema = z.string().refine((pattern) => {
    try {
      anchoredPattern(pattern);
      return true;
    } catch {
      return false;
    }
  }, 'is not a valid regular expression');

  const fieldConstraintsSchema = z.strictObject({
    required: z.boolean().optional(),
    unique: z.boolean().optional(),
    minimum: finite.optional(),
    maximum: finite.optional(),
    minLength: z.number().int().nonnegative().optional(),
    maxLength: z.number().int().nonnegative().optional(),
    pattern: patternSchema.optional(),
    enum: z.array(z.string()).min(1).optional(),
  });

  const fieldSchema = z.strictObject({
    name: z.string().min(1),
    type: fieldTypeSchema,
    title: z.string().optional(),
    description: z.string().optional(),
    unit: z.string().min(1).optional(),
    constraints: fieldConstraintsSchema.optional(),
  });

  const fieldNamesSchema = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

  const foreignKeySchema = z.strictObject({
    fields: fieldNamesSchema,
    reference: z.strictObject({ resource: z.string().min(1), fields: fieldNamesSchema }),
  });

  const constraintsByUnitSchema = z.strictObject({
    field: z.string().min(1),
    unitField: z.string().min(1),
    byUnit: z.record(z.string(), z.strictObject({ minimum: finite.optional(), maximum: finite.optional(), integer: z.boolean().optional() })),
  });

  const tableSchema = z
    .strictObject({
      fields: z.array(fieldSchema).min(1),
      missingValues: z.array(z.string()).optional(),
      primaryKey: fieldNamesSchema.optional(),
      foreignKeys: z.array(foreignKeySchema).optional(),
      'scpkit:constraintsByUnit': constraintsByUnitSchema.optional(),
      'scpkit:uniqueKey': z.array(z.string().min(1)).min(1).optional(),
    })
    .superRefine((schema, ctx) => {
      const names = schema.fields.map((f) => f.name);
      names.forEach((name, i) => {
        if (names.indexOf(name) !== i) ctx.addIssue({ code: 'custom', path: ['fields', i, 'name'], message: `field name ${JSON.stringify(name)} is used twice` });
      });
      const known = (name: string, path: (string | number)[]) => {
        if (!names.includes(name)) ctx.addIssue({ code: 'custom', path, message: `names ${JSON.stringify(name)}, which is not a field of this schema` });
      };
      if (schema.primaryKey !== undefined) keyFields(schema.primaryKey).forEach((name) => known(name, ['primaryKey']));
      schema['scpkit:uniqueKey']?.forEach((name, i) => known(name, ['scpkit:uniqueKey', i]));
      schema.foreignKeys?.forEach((fk, i) => {
        keyFields(fk.fields).forEach((name) => known(name, ['foreignKeys', i, 'fields']));
        if (keyFields(fk.fields).length !== keyFields(fk.reference.fields).length) {
          ctx.addIssue({ code: 'custom', path: ['foreignKeys', i, 'reference', 'fields'], message: 'must list as many fields as the foreign key itself' });
        }
      });
      const byUnit = schema['scpkit:constraintsByUnit'];
      if (byUnit !== undefined) {
        known(byUnit.field, ['scpkit:constraintsByUnit', 'field']);
        known(byUnit.unitField, ['scpkit:constraintsByUnit', 'unitField']);
        const target = schema.fields.find((f) => f.name === byUnit.field);
        if (target !== undefined && target.type !== 'number' && target.type !== 'integer') {
          ctx.addIssue({ code: 'custom', path: ['scpkit:constraintsByUnit', 'field'], message: `must name a number or integer field, not a ${target.type} field` });
        }
      }
    });

  const relativePathSchema = z
    .string()
    .regex(RELATIVE_PATH, 'must be a relative path inside the dataset folder (letters, digits, . _ - and /; no "..")');

  const dataResource = z.strictObject({
    name: z.string().regex(/^[a-z0-9._-]+$/, 'must be lower-case letters, digits, ".", "_" or "-"'),
    path: relativePathSchema.refine((p) => p.endsWith('.csv'), 'must name a .csv file'),
    profile: z.literal('tabular-data-resource').optional(),
    title: z.string().optional(),
    description: z.string().optional(),
    format: z.literal('csv'),
    mediatype: z.literal('text/csv'),
    encoding: z.literal('utf-8'),
    disclosure: z.enum(DISCLOSURE_MODES).optional(),
    schema: tableSchema,
  });

  const scpkitMetadata = z.strictObject({
    format: z
      .string()
      .regex(/^[0-9]+\.[0-9]+$/, `must be a format version such as "${REPORT_FORMAT_VERSION}" (see datasets/FORMAT.md)`)
      .refine((v) => v.split('.')[0] === REPORT_FORMAT_VERSION.split('.')[0], `this scpkit reads report format ${REPORT_FORMAT_VERSION.split('.')[0]}.x (see datasets/FORMAT.md)`)
      .refine(
        (v) => v.split('.')[0] !== REPORT_FORMAT_VERSION.split('.')[0] || isReportFormatVersion(v),
        `this scpkit reads report format ${REPORT_FORMAT_VERSIONS.join(', ')}: a newer minor version needs a newer scpkit (see datasets/FORMAT.md)`,
      ),
    kind: z.enum(DATASET_KINDS).optional(),
    partnership: z.string().min(1),
    period: z.string().min(1),
    // Report format 1.1: the local authorities the partnership covers, with their DfE codes, for
    // the open data export (`scpkit export --format ees`): a partnership may span several.
    localAuthorities: z
      .array(
        z.strictObject({
          old_la_code: z.string().regex(/^[0-9]{3}$/, 'must be the 3-digit DfE local authority number, e.g. "845"'),
          new_la_code: z.string().regex(/^E[0-9]{8}$/, 'must be the 9-character ONS code of the local authority, e.g. "E10000011"'),
          la_name: z.string().min(1),
        }),
      )
      .min(1)
      .optional(),
    // Provenance is required: every row quotes this text, and without it no quote could be checked.
    source: z.strictObject({
      path: relativePathSchema,
      sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits'),
    }),
  });

  const dataPackageMetadata = z.strictObject({
    profile: z.literal('tabular-data-package').optional(),
    name: z.string().regex(/^[a-z0-9._-]+$/, 'must be lower-case letters, digits, ".", "_" or "-"'),
    title: z.string().min(1),
    description: z.string().optional(),
    homepage: z.string().optional(),
    version: z.string().optional(),
    created: z.string().optional(),
    keywords: z.array(z.string()).optional(),
    licenses: z.array(z.strictObject({ name: z.string().optional(), path: z.string().optional(), title: z.string().optional() })).optional(),
    sources: z.array(z.strictObject({ title: z.string().min(1), path: z.string().optional(), email: z.string().optional() })).optional(),
    scpkit: scpkitMetadata,
    resources: z.array(z.unknown()).min(1),
  });

  return { tableSchema, dataResource, scpkitMetadata, dataPackageMetadata };
}

type Schemas = ReturnType<typeof buildSchemas>;

let built: Schemas | undefined;

/** The schemas, built on first call and memoized. */
function schemas(): Schemas {
  return (built ??= buildSchemas(zod()));
}

/**
 * zod schema of a Table Schema object as scpkit uses it (see `table-schema.ts`). Built on first use (no work at import).
 *
 * @example
 * tableSchemaSchema.safeParse(standardSchemas.acronyms).success; // => true
 */
export const tableSchemaSchema: Schemas['tableSchema'] = /* @__PURE__ */ lazyObject(() => schemas().tableSchema);

/**
 * zod schema of one tabular CSV resource of the package. Built on first use (no work at import).
 *
 * @example
 * import { readFileSync } from 'node:fs';
 * const descriptor = JSON.parse(readFileSync('datasets/east-sussex/2021-22/datapackage.json', 'utf8'));
 * dataResourceSchema.safeParse(descriptor.resources[0]).success; // => true
 * dataResourceSchema.safeParse({ name: 'acronyms', path: 'acronyms.csv' }).success; // => false
 */
export const dataResourceSchema: Schemas['dataResource'] = /* @__PURE__ */ lazyObject(() => schemas().dataResource);

/**
 * zod schema of the `scpkit` block: format version, whose report this is, for which period, and its source text. Built on first use (no work at import).
 *
 * @example
 * import { readFileSync } from 'node:fs';
 * const descriptor = JSON.parse(readFileSync('datasets/east-sussex/2021-22/datapackage.json', 'utf8'));
 * scpkitMetadataSchema.safeParse(descriptor.scpkit).success; // => true
 */
export const scpkitMetadataSchema: Schemas['scpkitMetadata'] = /* @__PURE__ */ lazyObject(() => schemas().scpkitMetadata);

/**
 * zod schema of everything in `datapackage.json` except the resources, which are checked one by one. Built on first use (no work at import).
 *
 * @example
 * import { readFileSync } from 'node:fs';
 * const descriptor = JSON.parse(readFileSync('datasets/east-sussex/2021-22/datapackage.json', 'utf8'));
 * dataPackageMetadataSchema.safeParse(descriptor).success; // => true
 * dataPackageMetadataSchema.safeParse({ ...descriptor, titel: descriptor.title }).success; // => false
 */
export const dataPackageMetadataSchema: Schemas['dataPackageMetadata'] = /* @__PURE__ */ lazyObject(() => schemas().dataPackageMetadata);

/**
 * One resource of a validated `datapackage.json`.
 *
 * @example
 * const dataset = loadDataset('datasets/east-sussex/2021-22');
 * const resource: DataResource = dataset.descriptor.resources[0]!;
 * [resource.name, resource.path, resource.format]; // => ['acronyms', 'acronyms.csv', 'csv']
 */
export type DataResource = z.infer<typeof dataResourceSchema>;

/**
 * The `scpkit` metadata block of a `datapackage.json`.
 *
 * @example
 * const dataset = loadDataset('datasets/east-sussex/2021-22');
 * const scpkit: ScpkitMetadata = dataset.descriptor.scpkit;
 * [scpkit.partnership, scpkit.period, scpkit.source?.path]; // => ['East Sussex', '2021/22', 'source.txt']
 */
export type ScpkitMetadata = z.infer<typeof scpkitMetadataSchema>;

/**
 * A validated `datapackage.json`.
 *
 * @example
 * const dataset = loadDataset('datasets/east-sussex/2021-22');
 * const descriptor: DataPackage = dataset.descriptor;
 * [descriptor.name, descriptor.resources.length > 0]; // => ['east-sussex-2021-22', true]
 */
export type DataPackage = Omit<z.infer<typeof dataPackageMetadataSchema>, 'resources'> & { resources: DataResource[] };

// Compile-time check: a resource schema read from JSON can be used wherever a TableSchema is expected.
type IsTrue<T extends true> = T;
type _TableSchemaCompatible = IsTrue<DataResource['schema'] extends TableSchema ? true : false>;

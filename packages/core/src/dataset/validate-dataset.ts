import type * as z from 'zod';
import { checkPrintedValue, PRINTED_VALUE_FIELDS } from './check-printed-value.js';
import { QUOTE_FIELD } from './check-quote.js';
import { fieldsAddedAfter, isReportFormatVersion, standardSchemaOfFormat, type ReportFormatVersion } from './format-versions.js';
import { VALUE_PRINTED_IN_CHART } from './schemas/chart-series.js';
import {
  REPORT_FORMAT_VERSION,
  dataPackageMetadataSchema,
  dataResourceSchema,
  keyFields,
  scpkitMetadataSchema,
  type DataPackage,
  type DataResource,
  type ScpkitMetadata,
} from './data-package.js';
import type { Dataset, DatasetRecord, DatasetSummary, StandardTables } from './dataset.js';
import { DatasetError } from './dataset-error.js';
import type { DatasetProblem } from './dataset-problem.js';
import { jsonDifferences } from './json-differences.js';
import { parseJsonText } from './parse-json-text.js';
import { standardSchemas, type StandardResourceName } from './schemas/index.js';
import { checkTable, describeKey, type CheckedTable } from './validate-table.js';
import { assertDatasetInput, assertFileText, type fileTextCodes } from './check-dataset-input.js';
import { zodIssueProblems } from './zod-issue-problems.js';
import { checkQuarterlyIndicators } from './check-quarterly-indicators.js';

/**
 * Name of the descriptor file in a dataset folder.
 *
 * @example
 * DESCRIPTOR_FILE; // => 'datapackage.json'
 */
export const DESCRIPTOR_FILE = 'datapackage.json';

/**
 * The text of a file of the dataset: the text itself, `undefined` when there is no such file, or
 * `{ unreadable }` with the reason when the file exists but cannot be read as UTF-8 text. `code`
 * (default `unreadable-file`) is the problem code: `outside-folder` for a path that resolves
 * (through a symbolic link) outside the dataset folder, which is never read, `symlink-loop` for a
 * path whose symbolic links form a loop.
 *
 * @example
 * const text: FileText = readFileText('datasets/no-such-file.csv');
 * text; // => undefined
 */
export type FileText = string | undefined | { readonly unreadable: string; readonly code?: (typeof fileTextCodes)[number] };

/**
 * Everything the pure validator reads; `@scpkit/core/node` fills it from a folder on disk.
 *
 * @example
 * const input: DatasetInput = readDatasetFolder('datasets/example-synthetic/2022-23');
 * [typeof input.descriptorText, typeof input.sourceSha256]; // => ['string', 'string']
 */
export interface DatasetInput {
  /** Text of `datapackage.json`: `undefined` when the folder has none, `{ unreadable }` when it cannot be read. */
  readonly descriptorText: FileText;
  /** The other files by path relative to the dataset folder: a map, a plain object or a reader. */
  readonly files: ReadonlyMap<string, string> | Readonly<Record<string, string>> | ((path: string) => FileText);
  /**
   * SHA-256 (lower-case hex) of the source file's bytes, computed by the caller (the pure core has
   * no hashing); compared with `scpkit.source.sha256`. When omitted the digest is not checked.
   */
  readonly sourceSha256?: string;
  /** Names of the files in the folder; when given, a `.csv` file no resource describes is a problem. */
  readonly folderFiles?: readonly string[];
}

/**
 * Outcome of {@link validateDataset}: every problem (empty when valid) and what the dataset holds.
 *
 * @example
 * const validation: DatasetValidation = validateDatasetFolder('datasets/example-synthetic/2022-23');
 * [validation.problems.length, validation.dataset?.descriptor.scpkit.partnership]; // => [0, 'Example Partnership (synthetic)']
 */
export interface DatasetValidation {
  readonly problems: readonly DatasetProblem[];
  readonly summary: DatasetSummary;
  /** The typed dataset, when there are no problems (what `parseDataset` would return). */
  readonly dataset: Dataset | undefined;
}

interface CheckedDataset extends Omit<DatasetValidation, 'dataset'> {
  readonly descriptor: DataPackage | undefined;
  readonly tables: ReadonlyMap<string, CheckedTable>;
  readonly source: { readonly path: string; readonly text: string } | undefined;
  /** The report format version the resources were checked against. */
  readonly format: ReportFormatVersion;
}

/**
 * Validates a dataset without throwing: the descriptor (JSON syntax, Data Package shape, a report
 * format version this scpkit reads, standard resources carrying exactly that version's standard
 * schema at `<name>.csv`), the source text it must name (provenance is required) and its SHA-256,
 * then every CSV against its schema (see `validateTable`: every quote long enough and verbatim in
 * the source), every foreign key across tables, and every row's value printed in its quote
 * (`checkPrintedValue`; a chart point may say its chart prints it instead).
 * All problems of all files are collected and sorted by file (descriptor, source, resources in
 * descriptor order, others), then by row (and, in the descriptor, by resource), then in the order
 * found (column order within a row).
 *
 * @example
 * validateDataset(readDatasetFolder('datasets/example-synthetic/2022-23')).problems; // => []
 * validateDataset({ descriptorText: undefined, files: {} }).problems.map((p) => p.code); // => ['missing-file']
 */
export function validateDataset(input: DatasetInput): DatasetValidation {
  assertDatasetInput('validateDataset', input);
  const checked = checkDataset(input, 'validateDataset');
  const { problems, summary } = checked;
  return { problems, summary, dataset: problems.length === 0 ? datasetOf(checked) : undefined };
}

/**
 * Validates a dataset and returns its typed records, or throws a {@link DatasetError} listing every
 * problem. `dataset.tables['figures']` is `readonly Figure[]`: the types come from the same schemas
 * the validation interprets, so a record that passes validation has exactly its declared type.
 *
 * @example
 * const dataset = parseDataset(readDatasetFolder('datasets/east-sussex/2021-22'));
 * dataset.tables['budget-totals']?.map((t) => t.amount); // => [270300, 270300, 234055, 234055]
 */
export function parseDataset(input: DatasetInput): Dataset {
  assertDatasetInput('parseDataset', input);
  const checked = checkDataset(input, 'parseDataset');
  const dataset = checked.problems.length === 0 ? datasetOf(checked) : undefined;
  if (dataset === undefined) throw new DatasetError(checked.problems, checked.summary.name ?? 'dataset');
  return dataset;
}

/** The typed dataset of a check that found no problems (undefined when it read no descriptor). */
function datasetOf(checked: CheckedDataset): Dataset | undefined {
  if (checked.descriptor === undefined) return undefined;
  const tables: Record<string, readonly DatasetRecord[]> = {};
  const otherTables: Record<string, readonly DatasetRecord[]> = {};
  const rowNumbers: Record<string, readonly number[]> = {};
  const missing: Record<string, readonly Readonly<Record<string, string>>[]> = {};
  for (const resource of checked.descriptor.resources) {
    const table = checked.tables.get(resource.name);
    if (table === undefined) continue;
    // Valid means every cell converted, so no value is undefined any more.
    let records = table.records as readonly DatasetRecord[];
    let missingCodes = table.missing;
    if (isStandardName(resource.name)) {
      // A folder of an older minor version lacks the columns added since: its records read them as
      // missing, so every record has every field of its type whatever the version.
      const added = fieldsAddedAfter(resource.name, checked.format);
      if (added.length > 0) {
        const absent = Object.fromEntries(added.map((name) => [name, null]));
        const codes = Object.fromEntries(added.map((name) => [name, '']));
        records = records.map((record) => ({ ...record, ...absent }));
        missingCodes = missingCodes.map((m) => ({ ...m, ...codes }));
      }
      tables[resource.name] = records;
    } else otherTables[resource.name] = records;
    rowNumbers[resource.name] = table.rowNumbers;
    missing[resource.name] = missingCodes;
  }
  return {
    descriptor: checked.descriptor,
    // Sound because each standard resource was checked to carry exactly its standard schema.
    tables: tables as StandardTables,
    otherTables,
    rowNumbers,
    missing,
    source: checked.source,
  };
}

function checkDataset(input: DatasetInput, fn: string): CheckedDataset {
  const problems: DatasetProblem[] = [];
  const read = fileReader(input.files, fn);
  const empty: CheckedDataset = {
    problems,
    summary: { name: undefined, title: undefined, resources: [], totals: { resources: 0, rows: 0, fields: 0 } },
    descriptor: undefined,
    tables: new Map(),
    source: undefined,
    format: REPORT_FORMAT_VERSION,
  };
  if (typeof input.descriptorText !== 'string') {
    problems.push(
      input.descriptorText === undefined
        ? { file: DESCRIPTOR_FILE, row: null, field: '-', code: 'missing-file', message: `the dataset folder has no ${DESCRIPTOR_FILE}` }
        : fileProblem(DESCRIPTOR_FILE, input.descriptorText, ''),
    );
    return empty;
  }
  const json = parseJsonText(input.descriptorText, DESCRIPTOR_FILE);
  if ('problem' in json) {
    problems.push(json.problem);
    return empty;
  }
  const raw = json.value;

  // Dataset-level metadata, then each resource on its own, so one bad resource hides nothing else.
  const metadata = dataPackageMetadataSchema.safeParse(raw, { reportInput: true });
  if (!metadata.success) pushAll(problems, zodIssueProblems(metadata.error, DESCRIPTOR_FILE, ''));
  const record = isObject(raw) ? raw : {};
  const scpkit = metadata.success ? metadata.data.scpkit : parsePart(scpkitMetadataSchema, record['scpkit']);
  const rawResources = Array.isArray(record['resources']) ? (record['resources'] as unknown[]) : [];
  const resources: { index: number; resource: DataResource }[] = [];
  rawResources.forEach((candidate, index) => {
    const parsed = dataResourceSchema.safeParse(candidate, { reportInput: true });
    if (parsed.success) resources.push({ index, resource: parsed.data });
    else pushAll(problems, zodIssueProblems(parsed.error, DESCRIPTOR_FILE, `resources[${index}]`));
  });
  // The version decides which standard schemas the resources must carry; one this scpkit does not
  // read is already a problem of scpkit.format, and the resources are then held to the current one.
  const declared = scpkit?.format;
  const format = isReportFormatVersion(declared) ? declared : REPORT_FORMAT_VERSION;
  pushAll(problems, checkResourceList(resources, format));

  const source = readSource(scpkit, read, input.sourceSha256, problems);

  const tables = new Map<string, CheckedTable>();
  // Paths named by any resource, valid or not, so an invalid resource does not also make its file "undescribed".
  const paths = new Set(rawResources.flatMap((r) => (isObject(r) && typeof r['path'] === 'string' ? [r['path']] : [])));
  for (const { index, resource } of resources) {
    if (tables.has(resource.name)) continue;
    const text = read(resource.path);
    if (typeof text !== 'string') {
      problems.push(fileProblem(resource.path, text, `resources[${index}].path`));
      continue;
    }
    const table = checkTable({ file: resource.path, text, schema: resource.schema, ...(source === undefined ? {} : { source }) });
    tables.set(resource.name, table);
    pushAll(problems, table.problems);
  }
  for (const { resource } of resources) pushAll(problems, checkForeignKeys(resource, tables, resources.map((r) => r.resource)));
  for (const { resource } of resources) {
    const table = tables.get(resource.name);
    if (table !== undefined && isStandardName(resource.name)) pushAll(problems, checkPrintedValues(resource.name, resource.path, table, format));
  }
  const quarterly = resources.find((r) => r.resource.name === 'quarterly-indicators');
  const quarterlyTable = quarterly === undefined ? undefined : tables.get('quarterly-indicators');
  if (quarterly !== undefined && quarterlyTable !== undefined) pushAll(problems, checkQuarterlyIndicators(quarterly.resource.path, quarterlyTable));

  for (const name of input.folderFiles ?? []) {
    if (name.toLowerCase().endsWith('.csv') && !paths.has(name)) {
      problems.push({ file: name, row: null, field: '-', code: 'undescribed-file', message: `${DESCRIPTOR_FILE} has no resource for this file (run scpkit describe to add it)` });
    }
  }

  const descriptor =
    metadata.success && resources.length === rawResources.length
      ? { ...metadata.data, resources: resources.map((r) => r.resource) }
      : undefined;
  const summaryResources = resources.map(({ resource }) => ({
    name: resource.name,
    path: resource.path,
    rows: tables.get(resource.name)?.rowCount ?? 0,
    fields: resource.schema.fields.length,
  }));
  const name = metadata.success ? metadata.data.name : typeof record['name'] === 'string' ? record['name'] : undefined;
  const title = metadata.success ? metadata.data.title : typeof record['title'] === 'string' ? record['title'] : undefined;
  const fileOrder = [DESCRIPTOR_FILE, ...(scpkit?.source === undefined ? [] : [scpkit.source.path]), ...resources.map((r) => r.resource.path)];
  return {
    problems: sortProblems(problems, fileOrder),
    summary: {
      name,
      title,
      resources: summaryResources,
      totals: {
        resources: summaryResources.length,
        rows: summaryResources.reduce((sum, r) => sum + r.rows, 0),
        fields: summaryResources.reduce((sum, r) => sum + r.fields, 0),
      },
    },
    descriptor,
    tables,
    source,
    format,
  };
}

/**
 * Duplicate names and paths, standard resources off their standard path or schema (the standard of
 * the format version the descriptor declares), foreign keys to unknown resources.
 */
function checkResourceList(resources: readonly { index: number; resource: DataResource }[], format: ReportFormatVersion): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const at = (index: number, rest = '') => `resources[${index}]${rest}`;
  const seenNames = new Map<string, number>();
  const seenPaths = new Map<string, number>();
  for (const { index, resource } of resources) {
    const firstName = seenNames.get(resource.name);
    if (firstName !== undefined) {
      problems.push({ file: DESCRIPTOR_FILE, row: null, field: at(index, '.name'), code: 'duplicate-resource', message: `resource name ${JSON.stringify(resource.name)} is already used by resources[${firstName}]` });
    } else seenNames.set(resource.name, index);
    const firstPath = seenPaths.get(resource.path);
    if (firstPath !== undefined) {
      problems.push({ file: DESCRIPTOR_FILE, row: null, field: at(index, '.path'), code: 'duplicate-resource', message: `path ${JSON.stringify(resource.path)} is already used by resources[${firstPath}]` });
    } else seenPaths.set(resource.path, index);

    if (isStandardName(resource.name)) {
      const expectedPath = `${resource.name}.csv`;
      if (resource.path !== expectedPath) {
        problems.push({ file: DESCRIPTOR_FILE, row: null, field: at(index, '.path'), code: 'nonstandard-path', message: `the standard resource ${JSON.stringify(resource.name)} must be at ${JSON.stringify(expectedPath)}, not ${JSON.stringify(resource.path)}` });
      }
      const standard: unknown = standardSchemaOfFormat(resource.name, format);
      const ofVersion = format === REPORT_FORMAT_VERSION ? '' : ` in format ${format}`;
      for (const difference of jsonDifferences(standard, resource.schema)) {
        problems.push({
          file: DESCRIPTOR_FILE,
          row: null,
          field: at(index, `.schema${difference.path}`),
          code: 'nonstandard-schema',
          message: `differs from the scpkit standard schema of ${JSON.stringify(resource.name)}${ofVersion} (standard: ${show(difference.expected)}, found: ${show(difference.found)}); run scpkit describe to rewrite it`,
        });
      }
    }
  }
  const byName = new Map(resources.map(({ resource }) => [resource.name, resource]));
  for (const { index, resource } of resources) {
    (resource.schema.foreignKeys ?? []).forEach((fk, j) => {
      const target = byName.get(fk.reference.resource);
      const path = at(index, `.schema.foreignKeys[${j}].reference`);
      if (target === undefined) {
        problems.push({ file: DESCRIPTOR_FILE, row: null, field: `${path}.resource`, code: 'unknown-reference-resource', message: `refers to resource ${JSON.stringify(fk.reference.resource)}, which the package does not have` });
        return;
      }
      const targetFields = target.schema.fields.map((f) => f.name);
      for (const name of keyFields(fk.reference.fields)) {
        if (!targetFields.includes(name)) {
          problems.push({ file: DESCRIPTOR_FILE, row: null, field: `${path}.fields`, code: 'unknown-reference-resource', message: `refers to field ${JSON.stringify(name)}, which resource ${JSON.stringify(target.name)} does not have` });
        }
      }
    });
  }
  return problems;
}

/** Reads the source text named by the descriptor and checks its digest; problems go to `problems`. */
function readSource(
  scpkit: ScpkitMetadata | undefined,
  read: (path: string) => FileText,
  sha256: string | undefined,
  problems: DatasetProblem[],
): { path: string; text: string } | undefined {
  if (scpkit?.source === undefined) return undefined;
  const { path, sha256: recorded } = scpkit.source;
  const text = read(path);
  if (typeof text !== 'string') {
    problems.push(fileProblem(path, text, 'scpkit.source.path'));
    return undefined;
  }
  if (sha256 !== undefined && sha256 !== recorded) {
    problems.push({
      file: path,
      row: null,
      field: '-',
      code: 'sha256-mismatch',
      message: `SHA-256 is ${sha256} but ${DESCRIPTOR_FILE} records ${recorded} (the source text changed, or the descriptor is stale)`,
    });
  }
  return { path, text };
}

/**
 * Every row of a standard resource must print its value in its quote (`checkPrintedValue`), unless
 * the row says it does not (`value_printed` of a chart point). Rows whose value or quote did not
 * convert, or whose value is missing, have nothing to check.
 */
function checkPrintedValues(name: StandardResourceName, file: string, table: CheckedTable, format: ReportFormatVersion): DatasetProblem[] {
  const field = PRINTED_VALUE_FIELDS[name];
  if (field === null) return [];
  const problems: DatasetProblem[] = [];
  const hint = printedValueHint(name, format);
  table.records.forEach((record, i) => {
    const value = record[field];
    const quote = record[QUOTE_FIELD];
    if (typeof value !== 'number' || typeof quote !== 'string' || record['value_printed'] === VALUE_PRINTED_IN_CHART) return;
    const message = checkPrintedValue(quote, value, hint);
    if (message !== null) problems.push({ file, row: table.rowNumbers[i] ?? null, field, code: 'value-not-in-quote', message });
  });
  return problems;
}

/** What to do about a value its quote does not print, for rows of resource `name`. */
function printedValueHint(name: StandardResourceName, format: ReportFormatVersion): string {
  const generic = 'enter the value as the quote prints it, or quote the text that prints it';
  if (name !== 'chart-series') return generic;
  const chart = `a chart point whose value the chart prints apart from its label says so with value_printed "${VALUE_PRINTED_IN_CHART}"`;
  if (fieldsAddedAfter(name, format).includes('value_printed')) return `${generic}; ${chart}, a column of format 1.1 (datasets/FORMAT.md section 8)`;
  return `${generic}; ${chart}`;
}

/** Every foreign key of `resource`: each non-missing key must occur in the referenced resource. */
function checkForeignKeys(resource: DataResource, tables: ReadonlyMap<string, CheckedTable>, resources: readonly DataResource[]): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const table = tables.get(resource.name);
  if (table === undefined) return problems;
  for (const fk of resource.schema.foreignKeys ?? []) {
    const target = resources.find((r) => r.name === fk.reference.resource);
    const targetTable = tables.get(fk.reference.resource);
    if (target === undefined || targetTable === undefined) continue;
    const fields = keyFields(fk.fields);
    const targetFields = keyFields(fk.reference.fields);
    const known = new Set<string>();
    for (const record of targetTable.records) {
      const key = targetFields.map((name) => record[name]);
      if (key.every((v) => v !== undefined && v !== null)) known.add(JSON.stringify(key));
    }
    table.records.forEach((record, i) => {
      const key = fields.map((name) => record[name]);
      if (!key.every((v) => v !== undefined && v !== null) || known.has(JSON.stringify(key))) return;
      problems.push({
        file: resource.path,
        row: table.rowNumbers[i] ?? null,
        field: fields.join(','),
        code: 'missing-reference',
        message: `${describeKey(fields, key)} has no match in ${target.path} (${targetFields.join(', ')})`,
      });
    });
  }
  return problems;
}

function fileProblem(path: string, text: Exclude<FileText, string>, namedBy: string): DatasetProblem {
  if (text === undefined) {
    return { file: path, row: null, field: '-', code: 'missing-file', message: `file not found (named by ${DESCRIPTOR_FILE} ${namedBy})` };
  }
  return { file: path, row: null, field: '-', code: text.code ?? 'unreadable-file', message: `cannot be read: ${text.unreadable}` };
}

function fileReader(files: DatasetInput['files'], fn: string): (path: string) => FileText {
  if (typeof files === 'function') {
    // A caller's reader is checked as it answers: what it returns must be a file text.
    return (path) => {
      const text = files(path);
      assertFileText(fn, `input.files(${JSON.stringify(path)})`, text);
      return text;
    };
  }
  if (files instanceof Map) return (path) => files.get(path);
  const record = files as Readonly<Record<string, string>>;
  return (path) => (Object.hasOwn(record, path) ? record[path] : undefined);
}

function parsePart<T>(schema: z.ZodType<T>, value: unknown): T | undefined {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

function sortProblems(problems: readonly DatasetProblem[], fileOrder: readonly string[]): DatasetProblem[] {
  const rank = (file: string) => {
    const i = fileOrder.indexOf(file);
    return i === -1 ? fileOrder.length : i;
  };
  return problems
    .map((problem, i) => ({ problem, i }))
    .sort(
      (a, b) =>
        rank(a.problem.file) - rank(b.problem.file) ||
        compareText(a.problem.file, b.problem.file) ||
        (a.problem.row ?? 0) - (b.problem.row ?? 0) ||
        resourceIndex(a.problem) - resourceIndex(b.problem) ||
        a.i - b.i,
    )
    .map(({ problem }) => problem);
}

/** For a descriptor problem, the index of the resource its JSON path is in (-1 for dataset-level paths), so problems follow the file. */
function resourceIndex(problem: DatasetProblem): number {
  if (problem.file !== DESCRIPTOR_FILE) return 0;
  const match = /^resources\[(\d+)\]/.exec(problem.field);
  return match === null ? -1 : Number(match[1]);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isStandardName(name: string): name is keyof typeof standardSchemas {
  return Object.hasOwn(standardSchemas, name);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  if (value === undefined) return 'absent';
  if (Array.isArray(value) && value.every((v) => isObject(v) && typeof v['name'] === 'string')) {
    return `fields ${value.map((v) => (v as { name: string }).name).join(', ')}`;
  }
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** Appends `items` to `target` one by one: `target.push(...items)` overflows the stack beyond about 100,000 items. */
function pushAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

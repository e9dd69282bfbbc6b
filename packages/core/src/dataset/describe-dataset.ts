import { DATASET_KINDS, REPORT_FORMAT_VERSION, dataPackageMetadataSchema, dataResourceSchema, isDatasetRelativePath, type DataPackage, type DataResource, type DatasetKind } from './data-package.js';
import { DatasetError } from './dataset-error.js';
import type { DatasetProblem } from './dataset-problem.js';
import { standardSchemas } from './schemas/index.js';
import { DESCRIPTOR_FILE } from './validate-dataset.js';
import { zodIssueProblems } from './zod-issue-problems.js';
import { isReportFormatVersion, standardSchemaOfFormat, type ReportFormatVersion } from './format-versions.js';

/** The source text's file name `scpkit init` writes and `describeDataset` takes when nothing else names one. */
const DEFAULT_SOURCE_FILE = 'source.txt';
import { jsonDifferences } from './json-differences.js';
import { InvalidInputError } from '../errors/index.js';
import { assertObject } from '../stats/validate-input.js';
import { assertDescribeInput } from './check-dataset-input.js';

/**
 * Dataset-level metadata `describeDataset` writes; each given value replaces the one in the existing descriptor.
 *
 * @example
 * const metadata: DatasetMetadata = { title: 'Example SCP annual report 2022/23', partnership: 'Example', period: '2022/23' };
 * describeDataset({ folderFiles: ['acronyms.csv', 'source.txt'], sourceSha256: 'a'.repeat(64), metadata }).descriptor.scpkit.period; // => '2022/23'
 */
export interface DatasetMetadata {
  readonly name?: string;
  readonly title?: string;
  readonly description?: string;
  /** Partnership the report belongs to, e.g. the local area's name (for `kind: comparators`, the area the figures are for). */
  readonly partnership?: string;
  /** What the dataset holds (`scpkit.kind`): a partnership's `report` (the default) or `comparators`. */
  readonly kind?: DatasetKind;
  /** Period the report covers as printed, e.g. a financial year. */
  readonly period?: string;
  /** Path of the report's text (inside the dataset folder) that quotes must occur in. */
  readonly sourcePath?: string;
}

/**
 * What `describeDataset` needs to know about the folder.
 *
 * @example
 * const input: DescribeInput = { folderFiles: ['acronyms.csv', 'source.txt'], sourceSha256: 'a'.repeat(64), metadata: { title: 'Example SCP annual report', partnership: 'Example', period: '2022/23' } };
 * describeDataset(input).descriptor.resources.map((r) => r.path); // => ['acronyms.csv']
 */
export interface DescribeInput {
  /** The existing `datapackage.json` parsed as JSON, if there is one; its dataset-level metadata is kept. */
  readonly existing?: unknown;
  /** Names of the files in the dataset folder. */
  readonly folderFiles: readonly string[];
  /** SHA-256 (lower-case hex) of the source file's bytes, required when a source path is known. */
  readonly sourceSha256?: string;
  /** Metadata replacing the existing values. */
  readonly metadata?: DatasetMetadata;
}

/**
 * Something of the existing descriptor that `describeDataset` did not keep, and why.
 *
 * @example
 * const existing = { name: 'example', title: 'Example', reviewer: 'A. N. Other', scpkit: { partnership: 'Example', period: '2022/23' }, resources: [] };
 * const drop: DescribeDrop = describeDataset({ existing, folderFiles: ['acronyms.csv', 'source.txt'], sourceSha256: 'a'.repeat(64) }).dropped[0]!;
 * drop.path; // => 'reviewer'
 */
export interface DescribeDrop {
  /** JSON path in the existing descriptor, e.g. `scpkit.reviewer` or `resources[2].schema.fields[0].description`. */
  readonly path: string;
  readonly reason: string;
}

/**
 * The descriptor `describeDataset` built, the CSV files it left out because they are not standard
 * resources, and everything of the existing descriptor it did not keep (nothing is dropped silently).
 *
 * @example
 * const result: DescribeResult = describeDataset({ folderFiles: ['acronyms.csv', 'notes.csv', 'source.txt'], sourceSha256: 'a'.repeat(64), metadata: { title: 'Example', partnership: 'Example', period: '2022/23' } });
 * [result.unknownFiles, result.dropped]; // => [['notes.csv'], []]
 */
export interface DescribeResult {
  readonly descriptor: DataPackage;
  readonly unknownFiles: readonly string[];
  readonly dropped: readonly DescribeDrop[];
}

/**
 * Builds a dataset's `datapackage.json` from the scpkit standard: one resource per standard CSV in
 * the folder (`<name>.csv`, schema copied from `standardSchemas`), sorted by resource name, plus the
 * existing descriptor's non-standard resources whose file is still present. Dataset-level metadata
 * (name, title, description, homepage, version, created, keywords, licenses, sources, kind,
 * partnership, period, source path) is kept from `existing` unless `metadata` replaces it; the source
 * path is `source.txt` when neither names one and the folder has it; the source digest is always the
 * given `sourceSha256`. The format version is the one `existing` declares when this scpkit reads it
 * (its schemas are that version's, so a 1.0 folder stays 1.0), else the current one. A standard
 * resource keeps its `title` and `description`; its
 * schema is the standard one. Whatever `datapackage.json` cannot hold and stay valid (keys the
 * Data Package and scpkit formats do not have, a schema that differs from the standard, a
 * resource that is not valid or whose file is gone) is not kept but listed in `dropped`.
 * Throws {@link DatasetError} when title, partnership, period or the source text is unknown or the
 * source digest is missing (every report dataset names its source text). The same input always gives the same descriptor.
 *
 * @example
 * const { descriptor, unknownFiles } = describeDataset({
 *   folderFiles: ['acronyms.csv', 'notes.csv', 'source.txt'],
 *   sourceSha256: 'a'.repeat(64),
 *   metadata: { title: 'Example SCP annual report 2022/23', partnership: 'Example', period: '2022/23' },
 * });
 * [descriptor.resources.map((r) => r.name), unknownFiles, descriptor.scpkit.source?.path]; // => [['acronyms'], ['notes.csv'], 'source.txt']
 */
export function describeDataset(input: DescribeInput): DescribeResult {
  assertDescribeInput('describeDataset', input);
  const existing = isObject(input.existing) ? input.existing : {};
  const existingResources = Array.isArray(existing['resources']) ? (existing['resources'] as unknown[]) : [];
  const existingScpkit = isObject(existing['scpkit']) ? existing['scpkit'] : {};
  const existingSource = isObject(existingScpkit['source']) ? existingScpkit['source'] : {};
  const meta = input.metadata ?? {};

  const partnership = meta.partnership ?? text(existingScpkit['partnership']);
  const kind = meta.kind ?? datasetKind(existingScpkit['kind']);
  const period = meta.period ?? text(existingScpkit['period']);
  const title = meta.title ?? text(existing['title']);
  const sourcePath = meta.sourcePath ?? text(existingSource['path']) ?? (input.folderFiles.includes(DEFAULT_SOURCE_FILE) ? DEFAULT_SOURCE_FILE : undefined);
  // A folder keeps the format version it declares while this scpkit reads it (a newer minor version
  // adds columns its CSVs do not have); anything else is written in the current version.
  const declaredFormat = existingScpkit['format'];
  const format = isReportFormatVersion(declaredFormat) ? declaredFormat : REPORT_FORMAT_VERSION;
  const name = meta.name ?? text(existing['name']) ?? (partnership !== undefined && period !== undefined ? slug(`${partnership} ${period}`) : undefined);

  const problems: DatasetProblem[] = [];
  const need = (value: string | undefined, path: string, option: string) => {
    if (value === undefined || value === '') {
      problems.push({ file: DESCRIPTOR_FILE, row: null, field: path, code: 'invalid-descriptor', message: `is required: give it with ${option}` });
    }
  };
  need(title, 'title', '--title');
  need(partnership, 'scpkit.partnership', '--partnership');
  need(period, 'scpkit.period', '--period');
  need(name, 'name', '--name');
  if (sourcePath === undefined) {
    problems.push({ file: DESCRIPTOR_FILE, row: null, field: 'scpkit.source.path', code: 'invalid-descriptor', message: `is required: every report dataset names its source text; put the report's text in ${DEFAULT_SOURCE_FILE} or give it with --source` });
  } else if (!isDatasetRelativePath(sourcePath)) {
    problems.push({ file: DESCRIPTOR_FILE, row: null, field: 'scpkit.source.path', code: 'invalid-descriptor', message: `${JSON.stringify(sourcePath)} must be a relative path inside the dataset folder (no "..")` });
  } else if (sourcePath !== undefined && input.sourceSha256 === undefined) {
    problems.push({ file: sourcePath, row: null, field: '-', code: 'missing-file', message: `the source text named by ${DESCRIPTOR_FILE} scpkit.source.path is not in the folder` });
  }
  if (problems.length > 0 || title === undefined || partnership === undefined || period === undefined || name === undefined || sourcePath === undefined || input.sourceSha256 === undefined) {
    throw new DatasetError(problems, DESCRIPTOR_FILE);
  }

  const present = new Set(input.folderFiles);
  const resources: DataResource[] = [];
  for (const resourceName of Object.keys(standardSchemas).sort() as (keyof typeof standardSchemas)[]) {
    const path = `${resourceName}.csv`;
    if (present.has(path)) resources.push(standardResource(resourceName, path, existingResources.find((r) => isObject(r) && r['name'] === resourceName), format));
  }
  const described = new Set(resources.map((r) => r.path));
  const dropped: DescribeDrop[] = [];
  existingResources.forEach((candidate, index) => {
    const at = `resources[${index}]`;
    const resourceName = isObject(candidate) && typeof candidate['name'] === 'string' ? candidate['name'] : undefined;
    const drop = (reason: string, path = at) => dropped.push({ path, reason });
    if (resourceName !== undefined && Object.hasOwn(standardSchemas, resourceName)) {
      const written = resources.find((r) => r.name === resourceName);
      if (written === undefined) drop(`the standard resource ${JSON.stringify(resourceName)} has no ${resourceName}.csv in the folder`);
      else for (const d of jsonDifferences(candidate, written)) if (d.expected !== undefined) drop(`replaced by the scpkit standard resource (found ${show(d.expected)})`, `${at}${d.path}`);
      return;
    }
    const parsed = dataResourceSchema.safeParse(candidate);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      drop(`not a valid resource: ${issue === undefined ? 'invalid' : `${issue.path.map(String).join('.') || 'the resource'}: ${issue.message}`}`);
    } else if (!present.has(parsed.data.path)) drop(`its file ${parsed.data.path} is not in the folder`);
    else if (described.has(parsed.data.path)) drop(`its file ${parsed.data.path} is already described by another resource`);
    else {
      resources.push(parsed.data);
      described.add(parsed.data.path);
    }
  });
  resources.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const unknownFiles = input.folderFiles.filter((f) => f.toLowerCase().endsWith('.csv') && !described.has(f)).sort();

  const descriptor: DataPackage = {
    profile: 'tabular-data-package',
    name,
    title,
    ...optional('description', meta.description ?? text(existing['description'])),
    ...optional('homepage', text(existing['homepage'])),
    ...optional('version', text(existing['version'])),
    ...optional('created', text(existing['created'])),
    ...optional('keywords', stringArray(existing['keywords'])),
    ...optional('licenses', objectArray(existing['licenses'], ['name', 'path', 'title'])),
    ...optional('sources', objectArray(existing['sources'], ['title', 'path', 'email']) as { title: string }[] | undefined),
    scpkit: {
      format,
      ...(kind === undefined ? {} : { kind }),
      partnership,
      period,
      ...(Array.isArray(existingScpkit['localAuthorities']) ? { localAuthorities: existingScpkit['localAuthorities'] as NonNullable<DataPackage['scpkit']['localAuthorities']> } : {}),
      source: { path: sourcePath, sha256: input.sourceSha256 },
    },
    resources,
  };
  // Whatever was kept or given must make a valid descriptor (e.g. a usable name and source path).
  const checked = dataPackageMetadataSchema.safeParse({ ...descriptor, resources: resources.length === 0 ? [{}] : resources }, { reportInput: true });
  if (!checked.success) throw new DatasetError(zodIssueProblems(checked.error, DESCRIPTOR_FILE, ''), DESCRIPTOR_FILE);
  if (resources.length === 0) {
    throw new DatasetError([{ file: DESCRIPTOR_FILE, row: null, field: 'resources', code: 'invalid-descriptor', message: 'the folder has no CSV file of a standard resource to describe' }], DESCRIPTOR_FILE);
  }
  const { resources: _existingResources, ...existingMetadata } = existing;
  const { resources: _resources, ...metadataWritten } = descriptor;
  const dropsOfMetadata = jsonDifferences(existingMetadata, metadataWritten)
    .filter((d) => d.expected !== undefined && (d.found === undefined || (Array.isArray(d.expected) && Array.isArray(d.found))))
    .map((d) => ({ path: d.path.replace(/^\./, ''), reason: d.found === undefined ? `not kept: ${show(d.expected)} is not a value ${DESCRIPTOR_FILE} can hold here (see datasets/FORMAT.md)` : `items not kept (found ${show(d.expected)})` }));
  return { descriptor, unknownFiles, dropped: [...dropsOfMetadata, ...dropped] };
}

/**
 * The descriptor as file text: 2-space indented JSON with a trailing newline; key order is the order the descriptor was built in.
 *
 * @example
 * import { readFileSync } from 'node:fs';
 * const text = readFileSync('datasets/east-sussex/2021-22/datapackage.json', 'utf8');
 * formatDescriptor(JSON.parse(text)) === text; // => true
 */
export function formatDescriptor(descriptor: DataPackage): string {
  assertObject('formatDescriptor', 'descriptor', descriptor, 'a data package descriptor');
  let text: string;
  try {
    text = JSON.stringify(descriptor, null, 2);
  } catch (error) {
    // A BigInt or a cycle: JSON cannot hold it.
    throw new InvalidInputError('formatDescriptor', 'descriptor', descriptor, `cannot be written as JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  return `${text}\n`;
}

function standardResource(name: keyof typeof standardSchemas, path: string, existing: unknown, format: ReportFormatVersion): DataResource {
  const kept = isObject(existing) ? existing : {};
  return {
    profile: 'tabular-data-resource',
    name,
    path,
    ...optional('title', text(kept['title'])),
    ...optional('description', text(kept['description'])),
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    // Report format 1.1: kept when the existing descriptor says; anything new is protected.
    disclosure: kept['disclosure'] === 'published' ? 'published' : 'protect',
    // A deep, mutable copy of the standard schema; JSON keeps its key order.
    schema: standardSchemaOfFormat(name, format) as DataResource['schema'],
  };
}

/** Lower-case kebab-case slug of a text: letters and digits kept, everything else a single "-". */
function slug(value: string): string {
  return value
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]?: V });
}

/** The kind an existing descriptor declares, if it is one scpkit knows (an unknown one is reported as dropped). */
function datasetKind(value: unknown): DatasetKind | undefined {
  return (DATASET_KINDS as readonly unknown[]).includes(value) ? (value as DatasetKind) : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function stringArray(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : undefined;
}

/** Copies an array of objects keeping only string-valued `keys`, in that order. */
function objectArray(value: unknown, keys: readonly string[]): Record<string, string>[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.filter(isObject).map((item) => {
    const copy: Record<string, string> = {};
    for (const key of keys) {
      const v = item[key];
      if (typeof v === 'string') copy[key] = v;
    }
    return copy;
  });
}

/** A JSON value for a message, cut at 80 characters. */
function show(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 80 ? `${json.slice(0, 77)}...` : json;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

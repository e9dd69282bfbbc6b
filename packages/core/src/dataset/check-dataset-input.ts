import { InvalidInputError } from '../errors/index.js';
import { assertObject, assertString, assertStringArray } from '../stats/validate-input.js';
import { tableSchemaSchema } from './data-package.js';
import type { TableSchema } from './table-schema.js';

/** Problem codes a file text `{ unreadable, code }` may carry (see `FileText`). */
export const fileTextCodes = ['unreadable-file', 'outside-folder', 'symlink-loop'] as const;

// Entry checks of the dataset API (internal): what a caller passes in is checked once, so the
// validators inside read a well-formed input and report problems of the data, not TypeErrors.

/** Throws unless `schema` is a Table Schema as scpkit reads it (`tableSchemaSchema`), naming the first issue. */
export function assertTableSchema(fn: string, argument: string, schema: unknown): asserts schema is TableSchema {
  const parsed = tableSchemaSchema.safeParse(schema);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue === undefined || issue.path.length === 0 ? argument : `${argument}.${issue.path.map(String).join('.')}`;
    throw new InvalidInputError(fn, where, schema, `is not a Table Schema: ${issue?.message ?? 'invalid'}`);
  }
}

/** Throws unless `text` is a file text: a string, `undefined` (no file) or `{ unreadable: reason }`. */
export function assertFileText(fn: string, argument: string, text: unknown): void {
  if (text === undefined || typeof text === 'string') return;
  assertObject(fn, argument, text, 'the file text: a string, undefined or { unreadable }');
  assertString(fn, `${argument}.unreadable`, (text as { unreadable?: unknown }).unreadable);
  const code = (text as { code?: unknown }).code;
  if (code !== undefined && !(fileTextCodes as readonly unknown[]).includes(code)) {
    throw new InvalidInputError(fn, `${argument}.code`, code, `must be one of ${fileTextCodes.join(', ')}`);
  }
}

/** Throws unless `input` is a `DatasetInput`: descriptor text, files (map, object of strings or reader), optional digest and file list. */
export function assertDatasetInput(fn: string, input: unknown): void {
  assertObject(fn, 'input', input, 'a dataset input { descriptorText, files }');
  const { descriptorText, files, sourceSha256, folderFiles } = input as Record<string, unknown>;
  assertFileText(fn, 'input.descriptorText', descriptorText);
  if (files instanceof Map) {
    for (const [path, text] of files) {
      assertString(fn, 'input.files (a path)', path);
      assertString(fn, `input.files.get(${JSON.stringify(path)})`, text);
    }
  } else if (typeof files !== 'function') {
    assertObject(fn, 'input.files', files, 'a Map, an object of file texts by path, or a reader function');
    for (const [path, text] of Object.entries(files)) assertString(fn, `input.files[${JSON.stringify(path)}]`, text);
  }
  if (sourceSha256 !== undefined) assertString(fn, 'input.sourceSha256', sourceSha256);
  if (folderFiles !== undefined) assertStringArray(fn, 'input.folderFiles', folderFiles);
}

/** Throws unless `input` is a `DescribeInput`: folder files, optional digest and metadata of strings. */
export function assertDescribeInput(fn: string, input: unknown): void {
  assertObject(fn, 'input', input, 'a describe input { folderFiles, existing?, sourceSha256?, metadata? }');
  const { folderFiles, sourceSha256, metadata } = input as Record<string, unknown>;
  assertStringArray(fn, 'input.folderFiles', folderFiles);
  if (sourceSha256 !== undefined) assertString(fn, 'input.sourceSha256', sourceSha256);
  if (metadata !== undefined) {
    assertObject(fn, 'input.metadata', metadata);
    for (const [key, value] of Object.entries(metadata)) {
      if (value !== undefined) assertString(fn, `input.metadata.${key}`, value);
    }
  }
}

/** Throws unless `input` is a `TableInput`: file name, CSV text, Table Schema and optional source `{ path, text }`. */
export function assertTableInput(fn: string, input: unknown): void {
  assertObject(fn, 'input', input, 'a table input { file, text, schema }');
  const { file, text, schema, source } = input as Record<string, unknown>;
  assertString(fn, 'input.file', file);
  assertString(fn, 'input.text', text);
  assertTableSchema(fn, 'input.schema', schema);
  if (source !== undefined) {
    assertObject(fn, 'input.source', source, 'an object { path, text }');
    assertString(fn, 'input.source.path', source['path']);
    assertString(fn, 'input.source.text', source['text']);
  }
}

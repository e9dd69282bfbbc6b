import { standardSchemas } from '../dataset/schemas/index.js';
import type { FieldDescriptor } from '../dataset/table-schema.js';
import { InvalidInputError } from '../errors/index.js';
import { assertArray, assertObject, assertObjectArray, assertOneOf, assertString, assertStringArray } from '../stats/validate-input.js';
import { claimStatuses, type ClaimAuditResult } from './claim-audit-result.js';
import type { ClaimsDataset } from './claims-dataset.js';

// Entry checks of the claims API (internal): the typed dataset and audit results a caller passes are
// checked once, so the checks and summaries inside can trust their shape.

/**
 * Throws unless `dataset` is `{ tables, rowNumbers? }` whose standard tables (the ones
 * `standardSchemas` describes) are arrays of records with each field of the right JavaScript type:
 * a string for string/date/yearmonth fields, a finite number for number fields (a whole one for
 * integer fields), a boolean for boolean fields, or null where the field is not required (every
 * field present, as `parseDataset` gives them), and one of the listed values where the field has an
 * enumeration (a claim's `kind`, a figure's `unit`).
 */
export function assertClaimsDataset(fn: string, dataset: unknown): asserts dataset is ClaimsDataset {
  assertObject(fn, 'dataset', dataset, 'a dataset { tables }');
  const { tables, rowNumbers } = dataset as { tables?: unknown; rowNumbers?: unknown };
  assertObject(fn, 'dataset.tables', tables, 'an object of tables by resource name');
  for (const [name, schema] of Object.entries(standardSchemas)) {
    const rows = tables[name];
    if (rows === undefined) continue;
    assertObjectArray(fn, `dataset.tables.${name}`, rows, 'a record');
    rows.forEach((row, i) => {
      for (const field of schema.fields as readonly FieldDescriptor[]) checkCell(fn, `dataset.tables.${name}[${i}].${field.name}`, row[field.name], field);
    });
  }
  if (rowNumbers !== undefined) {
    assertObject(fn, 'dataset.rowNumbers', rowNumbers, 'an object of line numbers by resource name');
    for (const [name, lines] of Object.entries(rowNumbers)) {
      assertArray(fn, `dataset.rowNumbers.${name}`, lines);
      lines.forEach((line, i) => {
        if (typeof line !== 'number' || !Number.isInteger(line) || line < 1) {
          throw new InvalidInputError(fn, `dataset.rowNumbers.${name}[${i}]`, line, 'must be a line number (a whole number >= 1)');
        }
      });
    }
  }
}

function checkCell(fn: string, argument: string, value: unknown, field: FieldDescriptor): void {
  if (value === undefined) throw new InvalidInputError(fn, argument, value, 'must be given (null where the table leaves it empty)');
  if (value === null) {
    if (field.constraints?.required === true) throw new InvalidInputError(fn, argument, value, 'is required');
    return;
  }
  switch (field.type) {
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) throw new InvalidInputError(fn, argument, value, 'must be a whole number');
      return;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw new InvalidInputError(fn, argument, value, 'must be a finite number');
      return;
    case 'boolean':
      if (typeof value !== 'boolean') throw new InvalidInputError(fn, argument, value, 'must be true or false');
      return;
    default:
      assertString(fn, argument, value);
      if (field.constraints?.enum !== undefined) assertOneOf(fn, argument, value, field.constraints.enum);
  }
}

/**
 * Throws unless `results` is an array of claim audit results (as `auditClaims` returns): objects
 * with string `id`, `section`, `quote`, `kind`, `stated` and `explanation`, a known `status`,
 * `computed` a string or null, `statedValue` / `computedValue` each a finite number or null, and
 * `references` an array of strings.
 */
export function assertClaimAuditResults(fn: string, results: unknown): asserts results is readonly ClaimAuditResult[] {
  assertObjectArray(fn, 'results', results, 'a claim audit result (as auditClaims returns)');
  results.forEach((r, i) => {
    for (const key of ['id', 'section', 'quote', 'kind', 'stated', 'explanation'] as const) assertString(fn, `results[${i}].${key}`, r[key]);
    if (r['computed'] !== null) assertString(fn, `results[${i}].computed`, r['computed']);
    assertStringArray(fn, `results[${i}].references`, r['references']);
    assertOneOf(fn, `results[${i}].status`, r['status'], claimStatuses);
    for (const key of ['statedValue', 'computedValue'] as const) {
      const value = r[key];
      if (value !== null && (typeof value !== 'number' || !Number.isFinite(value))) {
        throw new InvalidInputError(fn, `results[${i}].${key}`, value, 'must be a finite number or null');
      }
    }
  });
}

import type { StandardRecord } from '../dataset/dataset.js';
import { standardSchemas, type StandardResourceName } from '../dataset/schemas/index.js';
import type { FieldDescriptor } from '../dataset/table-schema.js';
import { InvalidInputError } from '../errors/index.js';
import { assertArray, assertObject, assertObjectArray, assertOneOf, assertString } from '../stats/validate-input.js';
import { claimStatuses, type ClaimAuditResult } from './claim-audit-result.js';
import { claimReferenceRoles, type ClaimReference, type PositionRange, type ReferenceSelector } from './claim-reference.js';
import type { ClaimsDataset } from './claims-dataset.js';

// Entry checks of the claims API (internal): the typed dataset and audit results a caller passes are
// checked once, so the checks and summaries inside can trust their shape.

/**
 * Throws unless `dataset` is `{ tables, rowNumbers? }` whose standard tables (the ones
 * `standardSchemas` describes) are arrays of records with each field of the right JavaScript type:
 * a string for string/date/yearmonth fields, a finite number for number fields (a whole one for
 * integer fields), a boolean for boolean fields, or null where the field is not required (every
 * field present, as `parseDataset` gives them), and one of the listed values where the field has an
 * enumeration (a claim's `kind`, a figure's `unit`). `argument` names the dataset in errors
 * (`dataset`, or e.g. `reports[1]` for one of several).
 */
export function assertClaimsDataset(fn: string, dataset: unknown, argument = 'dataset'): asserts dataset is ClaimsDataset {
  assertObject(fn, argument, dataset, 'a dataset { tables }');
  const { tables, rowNumbers } = dataset as { tables?: unknown; rowNumbers?: unknown };
  assertObject(fn, `${argument}.tables`, tables, 'an object of tables by resource name');
  for (const name of Object.keys(standardSchemas) as StandardResourceName[]) {
    const rows: unknown = tables[name];
    if (rows === undefined) continue;
    assertStandardRows(fn, `${argument}.tables.${name}`, name, rows);
  }
  if (rowNumbers !== undefined) {
    assertObject(fn, `${argument}.rowNumbers`, rowNumbers, 'an object of line numbers by resource name');
    for (const [name, lines] of Object.entries(rowNumbers)) {
      assertArray(fn, `${argument}.rowNumbers.${name}`, lines);
      lines.forEach((line, i) => {
        if (typeof line !== 'number' || !Number.isInteger(line) || line < 1) {
          throw new InvalidInputError(fn, `${argument}.rowNumbers.${name}[${i}]`, line, 'must be a line number (a whole number >= 1)');
        }
      });
    }
  }
}

/**
 * Throws unless `rows` is an array of records of the standard resource `name`, each field of the
 * JavaScript type its schema gives (see {@link assertClaimsDataset}); `argument` names the rows in
 * errors (e.g. `rows`, `dataset.tables.figures`).
 */
export function assertStandardRows<K extends StandardResourceName>(fn: string, argument: string, name: K, rows: unknown): asserts rows is readonly StandardRecord<K>[] {
  const schema = standardSchemas[name];
  assertObjectArray(fn, argument, rows, 'a record');
  rows.forEach((row, i) => {
    for (const field of schema.fields as readonly FieldDescriptor[]) checkCell(fn, `${argument}[${i}].${field.name}`, row[field.name], field);
  });
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
 * `references` an array of structured references (see {@link assertClaimReference}).
 */
export function assertClaimAuditResults(fn: string, results: unknown): asserts results is readonly ClaimAuditResult[] {
  assertObjectArray(fn, 'results', results, 'a claim audit result (as auditClaims returns)');
  results.forEach((r, i) => {
    for (const key of ['id', 'section', 'quote', 'kind', 'stated', 'explanation'] as const) assertString(fn, `results[${i}].${key}`, r[key]);
    if (r['computed'] !== null) assertString(fn, `results[${i}].computed`, r['computed']);
    assertObjectArray(fn, `results[${i}].references`, r['references'], 'a reference { role, resource, selector, target }');
    r['references'].forEach((reference, j) => assertClaimReference(fn, `results[${i}].references[${j}]`, reference));
    assertOneOf(fn, `results[${i}].status`, r['status'], claimStatuses);
    for (const key of ['statedValue', 'computedValue'] as const) {
      const value = r[key];
      if (value !== null && (typeof value !== 'number' || !Number.isFinite(value))) {
        throw new InvalidInputError(fn, `results[${i}].${key}`, value, 'must be a finite number or null');
      }
    }
  });
}

/** The `type`s a reference's selector can have (see `ReferenceSelector`). */
const selectorTypes = ['figure', 'context-value', 'indicator-field', 'budget-line', 'budget-total', 'chart-point', 'row-count'] as const satisfies readonly ReferenceSelector['type'][];

/**
 * Throws unless `reference` is a {@link ClaimReference} as `parseClaimReferences` gives it: a known
 * `role`, a standard `resource`, a `selector` with a known `type` and the fields of that type
 * (strings, positions as `'all'` or `{ first, last }`), and the `target` text.
 */
export function assertClaimReference(fn: string, argument: string, reference: unknown): asserts reference is ClaimReference {
  assertObject(fn, argument, reference, 'a reference { role, resource, selector, target }');
  assertOneOf(fn, `${argument}.role`, reference['role'], claimReferenceRoles);
  assertOneOf(fn, `${argument}.resource`, reference['resource'], Object.keys(standardSchemas) as StandardResourceName[]);
  assertReferenceSelector(fn, `${argument}.selector`, reference['selector']);
  assertString(fn, `${argument}.target`, reference['target']);
}

/** Throws unless `selector` is a {@link ReferenceSelector}: a known `type` with the fields of its type. */
function assertReferenceSelector(fn: string, argument: string, selector: unknown): asserts selector is ReferenceSelector {
  assertObject(fn, argument, selector, 'a selector { type, ... }');
  const field = (name: string) => `${argument}.${name}`;
  const text = (name: string) => assertString(fn, field(name), selector[name]);
  const textOrNull = (name: string) => {
    if (selector[name] !== null) assertString(fn, field(name), selector[name]);
  };
  const type = selector['type'];
  assertOneOf(fn, field('type'), type, selectorTypes);
  switch (type) {
    case 'figure':
      text('id');
      if (selector['area'] !== undefined) textOrNull('area');
      if (selector['period'] !== undefined) text('period');
      return;
    case 'context-value':
      text('indicator');
      text('period');
      return;
    case 'indicator-field':
      text('indicator');
      assertOneOf(fn, field('field'), selector['field'], ['change', 'arrow']);
      return;
    case 'budget-line':
    case 'budget-total':
      text('statement');
      assertOneOf(fn, field('side'), selector['side'], ['income', 'expenditure']);
      if (type === 'budget-line') assertPositionRange(fn, field('positions'), selector['positions']);
      return;
    case 'chart-point':
      text('chart');
      assertPositionRange(fn, field('positions'), selector['positions']);
      return;
    case 'row-count':
      textOrNull('field');
      textOrNull('value');
      return;
  }
}

/** Throws unless `positions` is `'all'` or `{ first, last }`, whole numbers with 1 <= first <= last. */
function assertPositionRange(fn: string, argument: string, positions: unknown): asserts positions is PositionRange {
  if (positions === 'all') return;
  assertObject(fn, argument, positions, "'all' or a range { first, last }");
  const { first, last } = positions;
  for (const [name, value] of [['first', first], ['last', last]] as const) {
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
      throw new InvalidInputError(fn, `${argument}.${name}`, value, 'must be a whole-number position >= 1');
    }
  }
  if ((first as number) > (last as number)) throw new InvalidInputError(fn, argument, positions, 'must have first <= last');
}

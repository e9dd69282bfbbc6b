/**
 * The subset of the Frictionless Table Schema (https://specs.frictionlessdata.io/table-schema/)
 * that scpkit datasets use, written as TypeScript types so that one `as const` schema object is
 * both the runtime validation rule and, through {@link InferRecord}, the record type.
 */

/**
 * Field types scpkit understands. `date` is `YYYY-MM-DD`, `yearmonth` is `YYYY-MM`; both stay strings.
 *
 * @example
 * const type: FieldType = 'integer';
 * convertCell('17011', type, ['']); // => { kind: 'value', value: 17011 }
 */
export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'yearmonth';

/**
 * Table Schema field constraints. `required: true` means the cell may not be a missing value.
 *
 * @example
 * const unit: FieldDescriptor | undefined = standardSchemas.figures.fields.find((f) => f.name === 'unit');
 * const constraints: FieldConstraints | undefined = unit?.constraints;
 * constraints?.required; // => true
 */
export interface FieldConstraints {
  readonly required?: boolean;
  readonly unique?: boolean;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly enum?: readonly string[];
}

/**
 * One column of a table. `unit` is an scpkit extension naming what a number counts or measures.
 *
 * @example
 * const field: FieldDescriptor = standardSchemas['context-values'].fields[2];
 * [field.name, field.type]; // => ['value', 'integer']
 */
export interface FieldDescriptor {
  readonly name: string;
  readonly type: FieldType;
  readonly title?: string;
  readonly description?: string;
  readonly unit?: string;
  readonly constraints?: FieldConstraints;
}

/**
 * A Table Schema foreign key: `fields` of this table reference `reference.fields` of `reference.resource`.
 *
 * @example
 * const [key]: readonly ForeignKey[] = standardSchemas['context-values'].foreignKeys ?? [];
 * key; // => { fields: 'indicator', reference: { resource: 'context-indicators', fields: 'indicator' } }
 */
export interface ForeignKey {
  readonly fields: string | readonly string[];
  readonly reference: { readonly resource: string; readonly fields: string | readonly string[] };
}

/**
 * scpkit extension: bounds on a numeric field that depend on the unit stated in another field of the
 * same row, e.g. a `value` is a 0-100 share when `unit` is `percent` but any finite number when it
 * is `percent-change`. Units not listed get only the field's own constraints.
 *
 * @example
 * const byUnit: ConstraintsByUnit | undefined = standardSchemas.figures['scpkit:constraintsByUnit'];
 * [byUnit?.field, byUnit?.unitField, byUnit?.byUnit['percent']]; // => ['value', 'unit', { minimum: 0, maximum: 100 }]
 */
export interface ConstraintsByUnit {
  readonly field: string;
  readonly unitField: string;
  readonly byUnit: Readonly<Record<string, { readonly minimum?: number; readonly maximum?: number; readonly integer?: boolean }>>;
}

/**
 * A table's schema: its fields in column order, missing-value codes and keys.
 *
 * @example
 * const schema: TableSchema = standardSchemas['context-values'];
 * [schema.primaryKey, schema.fields.length]; // => [['indicator', 'period'], 5]
 */
export interface TableSchema {
  readonly fields: readonly FieldDescriptor[];
  /** Cell texts that mean "no value" (default `[""]`). A missing cell is `null` in the record. */
  readonly missingValues?: readonly string[];
  readonly primaryKey?: string | readonly string[];
  readonly foreignKeys?: readonly ForeignKey[];
  readonly 'scpkit:constraintsByUnit'?: ConstraintsByUnit;
  /**
   * scpkit extension: fields whose combination must be unique, where (unlike `primaryKey`) a
   * missing cell is allowed and counts as a value of its own, e.g. figures.csv's
   * `["id", "area", "period"]`: one measure, printed for several areas or periods.
   */
  readonly 'scpkit:uniqueKey'?: readonly string[];
}

type BaseValue<F extends FieldDescriptor> = F['type'] extends 'integer' | 'number'
  ? number
  : F['type'] extends 'boolean'
    ? boolean
    : F['constraints'] extends { readonly enum: readonly (infer E)[] }
      ? E
      : string;

type CellValue<F extends FieldDescriptor> = F['constraints'] extends { readonly required: true }
  ? BaseValue<F>
  : BaseValue<F> | null;

/**
 * The record type of a table: one property per field, `null` where the cell may be missing.
 *
 * @example
 * const value: InferRecord<typeof standardSchemas['context-values']> = { indicator: 'family-contacts', period: '2021/22', value: 17011, section: '3', quote: '17,011 family contacts' };
 * value.value; // => 17011
 */
export type InferRecord<S extends TableSchema> = {
  -readonly [F in S['fields'][number] as F['name']]: CellValue<F>;
};

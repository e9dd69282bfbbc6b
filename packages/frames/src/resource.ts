import { InvalidInputError, standardSchemas, type FieldType, type StandardResourceName, type TableSchema } from '@scpkit/core';

/**
 * Which resource a frame holds: a standard resource's name (`'figures'`, `'context-values'`, ...),
 * whose schema comes from `standardSchemas`, or a resource of the dataset's descriptor with its own
 * schema (`dataset.descriptor.resources.find((r) => r.name === 'my-table')` fits as it is).
 */
export type ResourceRef = StandardResourceName | { readonly name: string; readonly schema: TableSchema };

/** A resolved {@link ResourceRef}: its name and schema. */
export interface ResolvedResource {
  readonly name: string;
  readonly schema: TableSchema;
}

/**
 * The name and schema a {@link ResourceRef} stands for.
 *
 * @example
 * resolveResource('f', 'resource', 'context-values').schema.fields[0]?.name; // => 'indicator'
 * @throws {InvalidInputError} of `fn` naming `argument` for an unknown name or a malformed object.
 */
export function resolveResource(fn: string, argument: string, resource: unknown): ResolvedResource {
  if (typeof resource === 'string') {
    if (Object.hasOwn(standardSchemas, resource)) return { name: resource, schema: standardSchemas[resource as StandardResourceName] };
    throw new InvalidInputError(fn, argument, resource, `must be a standard resource (${Object.keys(standardSchemas).join(', ')}) or { name, schema } of a descriptor resource`);
  }
  if (resource !== null && typeof resource === 'object') {
    const { name, schema } = resource as { name?: unknown; schema?: unknown };
    const fields = (schema as { fields?: unknown } | null | undefined)?.fields;
    if (typeof name === 'string' && name !== '' && Array.isArray(fields) && fields.every((f) => f !== null && typeof f === 'object' && typeof (f as { name?: unknown }).name === 'string')) {
      return { name, schema: schema as TableSchema };
    }
  }
  throw new InvalidInputError(fn, argument, resource, 'must be a standard resource name or { name, schema } with schema.fields');
}

/** The danfo dtype a field type is held as: whole numbers `int32`, other numbers `float32`, text (dates too) `string`. */
export function dtypeOf(type: FieldType): 'int32' | 'float32' | 'boolean' | 'string' {
  switch (type) {
    case 'integer':
      return 'int32';
    case 'number':
      return 'float32';
    case 'boolean':
      return 'boolean';
    default:
      return 'string';
  }
}

import { InvalidInputError } from '@scpkit/core';

/**
 * Serialises JSON data deterministically: object keys sorted (by UTF-16 code unit), 2-space
 * indentation, trailing newline. `undefined` object members are left out, as `JSON.stringify`
 * does; `NaN`, `Infinity`, functions, symbols, bigints and `undefined` array items throw
 * {@link InvalidInputError} naming their path, so nothing is silently turned into `null`.
 *
 * @example
 * stableJson({ b: 1, a: [true, null], c: undefined }); // => '{\n  "a": [\n    true,\n    null\n  ],\n  "b": 1\n}\n'
 * stableJson({ rate: NaN }); // throws InvalidInputError
 */
export function stableJson(value: unknown, fn = 'stableJson'): string {
  return `${JSON.stringify(canonical(value, '$', fn), null, 2)}\n`;
}

function canonical(value: unknown, path: string, fn: string): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new InvalidInputError(fn, path, value, 'must be a finite number');
    return value;
  }
  if (Array.isArray(value)) {
    return value.map((item, i) => {
      if (item === undefined) throw new InvalidInputError(fn, `${path}[${i}]`, item, 'must not be undefined');
      return canonical(item, `${path}[${i}]`, fn);
    });
  }
  if (typeof value === 'object') {
    if (value instanceof Date || value instanceof Map || value instanceof Set) {
      throw new InvalidInputError(fn, path, value, 'must be plain JSON data (not a Date, Map or Set)');
    }
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const member = (value as Record<string, unknown>)[key];
      if (member === undefined) continue;
      // defineProperty, not assignment: a data key named "__proto__" must stay a key.
      Object.defineProperty(out, key, { value: canonical(member, `${path}.${key}`, fn), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  throw new InvalidInputError(fn, path, String(value), `must be JSON data, not a ${typeof value}`);
}

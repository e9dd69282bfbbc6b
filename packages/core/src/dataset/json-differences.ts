/** One place where two JSON values differ: the JSON path below the compared root and what differs. */
export interface JsonDifference {
  /** Path suffix such as `.fields[2].constraints.minimum` (empty for the root itself). */
  readonly path: string;
  readonly expected: unknown;
  readonly found: unknown;
}

/**
 * Lists where `found` differs from `expected`, comparing JSON values structurally (object key order
 * does not matter, array order does). Objects are compared key by key; arrays of equal length item
 * by item; anything else (different types, array lengths or primitive values) is one difference at
 * that path. An absent key is reported with `undefined` on its side.
 */
export function jsonDifferences(expected: unknown, found: unknown, path = ''): JsonDifference[] {
  if (isPlainObject(expected) && isPlainObject(found)) {
    const keys = [...new Set([...Object.keys(expected), ...Object.keys(found)])];
    return keys.flatMap((key) => jsonDifferences(expected[key], found[key], `${path}${jsonPathKey(key)}`));
  }
  if (Array.isArray(expected) && Array.isArray(found) && expected.length === found.length) {
    return expected.flatMap((item, i) => jsonDifferences(item, found[i], `${path}[${i}]`));
  }
  return expected === found ? [] : [{ path, expected, found }];
}

/** `.key` for identifier-like keys, `["key"]` otherwise (e.g. `["scpkit:constraintsByUnit"]`). */
export function jsonPathKey(key: string | number): string {
  if (typeof key === 'number') return `[${key}]`;
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

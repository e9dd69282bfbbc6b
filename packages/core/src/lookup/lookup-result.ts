import { InvalidInputError } from '../errors/index.js';
import { assertObject, assertString } from '../stats/validate-input.js';

/**
 * What a lookup over a dataset returns: the thing found, or a typed "absent" saying what is
 * missing. Notebooks and apps branch on `found` instead of catching errors deep inside a cell.
 *
 * @example
 * const r = found(17);        // { found: true, value: 17 }
 * const a = absent('figures.csv has no row for measure "cdop-deaths"');
 * r.found ? r.value : a.reason; // => 17
 */
export type Lookup<T> = Found<T> | Absent;

/**
 * A lookup that found its value.
 *
 * @example
 * const hit: Found<number> = found(17011);
 * hit.value; // => 17011
 */
export interface Found<T> {
  readonly found: true;
  readonly value: T;
}

/**
 * A lookup that found nothing: `reason` is one sentence naming the resource and what is missing.
 *
 * @example
 * const miss: Absent = absent('figures.csv has no row for measure "cdop-deaths"');
 * [miss.found, miss.reason]; // => [false, 'figures.csv has no row for measure "cdop-deaths"']
 */
export interface Absent {
  readonly found: false;
  readonly reason: string;
}

/**
 * Wraps a value as a {@link Found} lookup.
 *
 * @example
 * found(3); // => { found: true, value: 3 }
 * @throws {InvalidInputError} when `value` is, or holds anywhere inside it, NaN or ±Infinity: a
 *   lookup never carries a number that is not finite.
 */
export function found<T>(value: T): Found<T> {
  assertAllFinite('found', 'value', value);
  return foundUnchecked(value);
}

/**
 * An {@link Absent} lookup with its reason.
 *
 * @example
 * absent('figures.csv has no row for measure "cdop-deaths"').found; // => false
 * @throws {InvalidInputError} when `reason` is not a string.
 */
export function absent(reason: string): Absent {
  assertString('absent', 'reason', reason);
  return absentUnchecked(reason);
}

/** Internal: {@link found} for a value already checked (a row of a checked dataset). */
export function foundUnchecked<T>(value: T): Found<T> {
  return { found: true, value };
}

/** Internal: {@link absent} for a reason built here. */
export function absentUnchecked(reason: string): Absent {
  return { found: false, reason };
}

/**
 * The values of a record of lookups, or `never` for one that is absent.
 *
 * @example
 * const needs = { deaths: found(17), children: found(106_575) };
 * const all = allFound(needs);
 * const values: FoundValues<typeof needs> | undefined = all.found ? all.value : undefined;
 * values; // => { deaths: 17, children: 106575 }
 */
export type FoundValues<N extends Readonly<Record<string, Lookup<unknown>>>> = { readonly [K in keyof N]: N[K] extends Lookup<infer T> ? T : never };

/**
 * Combines named lookups: found when every one is found (with their values under the same names),
 * otherwise absent with every reason, joined by "; ". The order of the reasons is the order of the keys.
 *
 * @example
 * allFound({ a: found(1), b: found('x') });               // => { found: true, value: { a: 1, b: 'x' } }
 * allFound({ a: found(1), b: absent('no b') }).found;      // => false
 */
export function allFound<N extends Readonly<Record<string, Lookup<unknown>>>>(needs: N): Lookup<FoundValues<N>> {
  const fn = 'allFound';
  assertObject(fn, 'needs', needs, 'an object of lookups by name');
  for (const [name, lookup] of Object.entries(needs)) assertLookup(fn, `needs.${name}`, lookup);
  return allFoundUnchecked(needs);
}

/** Internal: {@link allFound} of lookups already checked. */
export function allFoundUnchecked<N extends Readonly<Record<string, Lookup<unknown>>>>(needs: N): Lookup<FoundValues<N>> {
  const reasons: string[] = [];
  const values: Record<string, unknown> = {};
  for (const [name, lookup] of Object.entries(needs)) {
    if (lookup.found) values[name] = lookup.value;
    else reasons.push(lookup.reason);
  }
  return reasons.length > 0 ? absentUnchecked(reasons.join('; ')) : foundUnchecked(values as FoundValues<N>);
}

/**
 * Internal: throws unless `lookup` is a {@link Lookup}: `{ found: true, value }` with no NaN or
 * ±Infinity in `value`, or `{ found: false, reason }` with a string reason.
 */
export function assertLookup(fn: string, argument: string, lookup: unknown): asserts lookup is Lookup<unknown> {
  assertObject(fn, argument, lookup, 'a lookup { found: true, value } or { found: false, reason }');
  if (lookup['found'] === true) assertAllFinite(fn, `${argument}.value`, lookup['value']);
  else if (lookup['found'] === false) assertString(fn, `${argument}.reason`, lookup['reason']);
  else throw new InvalidInputError(fn, `${argument}.found`, lookup['found'], 'must be true or false');
}

/**
 * Internal: throws unless `value` is not NaN or ±Infinity and holds none anywhere inside it (in the
 * properties of objects and items of arrays, Maps and Sets; cycle-safe), naming the first one found.
 */
export function assertAllFinite(fn: string, argument: string, value: unknown): void {
  const seen = new Set<unknown>();
  const walk = (node: unknown, path: string): void => {
    if (typeof node === 'number') {
      if (!Number.isFinite(node)) throw new InvalidInputError(fn, path, node, 'must not be NaN or Infinity (a lookup holds finite numbers only)');
      return;
    }
    if (node === null || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    if (node instanceof Map) {
      let i = 0;
      for (const item of node.values()) walk(item, `${path} (Map value ${i++})`);
    } else if (node instanceof Set) {
      let i = 0;
      for (const item of node) walk(item, `${path} (Set item ${i++})`);
    } else {
      for (const [key, item] of Object.entries(node)) walk(item, Array.isArray(node) ? `${path}[${key}]` : `${path}.${key}`);
    }
  };
  walk(value, argument);
}

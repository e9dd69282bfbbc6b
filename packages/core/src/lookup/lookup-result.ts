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

/** A lookup that found its value. */
export interface Found<T> {
  readonly found: true;
  readonly value: T;
}

/** A lookup that found nothing: `reason` is one sentence naming the resource and what is missing. */
export interface Absent {
  readonly found: false;
  readonly reason: string;
}

/** Wraps a value as a {@link Found} lookup. */
export function found<T>(value: T): Found<T> {
  return { found: true, value };
}

/** An {@link Absent} lookup with its reason. */
export function absent(reason: string): Absent {
  return { found: false, reason };
}

/** The values of a record of lookups, or `never` for one that is absent. */
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
  const reasons: string[] = [];
  const values: Record<string, unknown> = {};
  for (const [name, lookup] of Object.entries(needs)) {
    if (lookup.found) values[name] = lookup.value;
    else reasons.push(lookup.reason);
  }
  return reasons.length > 0 ? absent(reasons.join('; ')) : found(values as FoundValues<N>);
}

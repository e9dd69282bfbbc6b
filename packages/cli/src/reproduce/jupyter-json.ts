/**
 * Serialises JSON data the way nbformat writes notebooks (Python `json.dumps(nb, sort_keys=True,
 * indent=1, separators=(",", ": "), ensure_ascii=False)`): keys sorted, one-space indentation,
 * non-ASCII text kept as is. Strings are escaped by `JSON.stringify`, which escapes the same
 * characters as Python (quote, backslash, control characters). Non-finite numbers throw.
 */
export function jupyterJson(value: unknown): string {
  return write(value, '', '$');
}

function write(value: unknown, indent: string, path: string): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`jupyterJson: ${path} is ${value}, which JSON cannot hold`);
    return JSON.stringify(value);
  }
  const inner = `${indent} `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v, i) => inner + write(v, inner, `${path}[${i}]`)).join(',\n')}\n${indent}]`;
  }
  if (typeof value === 'object') {
    const keys = Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort(compareCodePoints);
    if (keys.length === 0) return '{}';
    const members = keys.map((k) => `${inner}${JSON.stringify(k)}: ${write((value as Record<string, unknown>)[k], inner, `${path}.${k}`)}`);
    return `{\n${members.join(',\n')}\n${indent}}`;
  }
  throw new TypeError(`jupyterJson: ${path} is a ${typeof value}, not JSON data`);
}

/** Python orders strings by code point; JavaScript's default sort uses UTF-16 code units. */
function compareCodePoints(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

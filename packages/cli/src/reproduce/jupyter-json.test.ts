import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jupyterJson } from './jupyter-json.js';

describe('jupyterJson', () => {
  it('writes like json.dumps(sort_keys=True, indent=1, ensure_ascii=False)', () => {
    // Python: json.dumps({"b": [1, {}], "a": {"é": "x\\n\\u0001", "Z": []}}, sort_keys=True, indent=1, ensure_ascii=False)
    expect(jupyterJson({ b: [1, {}], a: { é: 'x\n\u0001', Z: [] } })).toBe('{\n "a": {\n  "Z": [],\n  "é": "x\\n\\u0001"\n },\n "b": [\n  1,\n  {}\n ]\n}');
  });

  it('orders keys by code point, as Python does (not by JavaScript integer-key order)', () => {
    expect(jupyterJson({ '9': 1, '10': 2, b: 3 })).toBe('{\n "10": 2,\n "9": 1,\n "b": 3\n}');
    expect(jupyterJson({ '\u{1F600}': 1, '\uFFFF': 2 })).toBe('{\n "\uFFFF": 2,\n "\u{1F600}": 1\n}');
  });

  it('round-trips JSON data (property) and refuses non-finite numbers', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(JSON.parse(jupyterJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
    expect(() => jupyterJson({ a: [Number.NaN] })).toThrow(/\$\.a\[0\] is NaN/);
  });
});

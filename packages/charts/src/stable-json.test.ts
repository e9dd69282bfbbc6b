import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '@scpkit/core';
import { stableJson } from './stable-json.js';

describe('stableJson', () => {
  it('sorts keys at every depth, indents by 2 and ends with a newline', () => {
    expect(stableJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: null } })).toBe(
      '{\n  "a": {\n    "c": null,\n    "d": [\n      {\n        "y": 2,\n        "z": 1\n      }\n    ]\n  },\n  "b": 1\n}\n',
    );
  });

  it('does not depend on key insertion order (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (obj) => {
        const reversed = Object.fromEntries(Object.entries(obj).reverse());
        expect(stableJson(reversed)).toBe(stableJson(obj));
        expect(JSON.parse(stableJson(obj))).toEqual(JSON.parse(JSON.stringify(obj)));
      }),
    );
  });

  it('drops undefined members but refuses values JSON cannot hold, naming the path', () => {
    expect(stableJson({ a: undefined, b: 1 })).toBe('{\n  "b": 1\n}\n');
    expect(stableJson(JSON.parse('{"__proto__": {"x": 1}}'))).toBe('{\n  "__proto__": {\n    "x": 1\n  }\n}\n');
    expect(() => stableJson({ data: { values: [{ v: Number.NaN }] } })).toThrow(InvalidInputError);
    expect(() => stableJson({ data: { values: [{ v: Number.NaN }] } })).toThrow(/\$\.data\.values\[0\]\.v must be a finite number/);
    expect(() => stableJson([1, undefined])).toThrow(/\$\[1\]/);
    expect(() => stableJson({ when: new Date(0) })).toThrow(/\$\.when/);
  });
});

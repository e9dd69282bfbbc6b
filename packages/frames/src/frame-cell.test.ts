import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertCell } from '@scpkit/core';
import { decimalText, frameCellText } from './frame-cell.js';

describe('frameCellText', () => {
  it('writes values of the field type, missing as the code, and refuses other types', () => {
    expect(frameCellText(12, 'integer', '')).toEqual({ text: '12' });
    expect(frameCellText(true, 'boolean', '')).toEqual({ text: 'true' });
    expect(frameCellText('2021/22', 'string', '')).toEqual({ text: '2021/22' });
    for (const missing of [null, undefined, Number.NaN]) expect(frameCellText(missing, 'number', '[x]')).toEqual({ text: '[x]' });
    expect(frameCellText('12', 'integer', '')).toMatchObject({ code: 'not-an-integer' });
    expect(frameCellText(Number.POSITIVE_INFINITY, 'number', '')).toMatchObject({ code: 'not-a-number', message: expect.stringMatching(/Infinity/) });
    expect(frameCellText(1, 'boolean', '')).toMatchObject({ code: 'not-a-boolean' });
    expect(frameCellText(2021, 'string', '')).toMatchObject({ code: 'not-a-string' });
    expect(frameCellText(new Date(0), 'date', '')).toMatchObject({ code: 'not-a-date', message: expect.stringMatching(/Date object/) });
    expect(frameCellText(202204, 'yearmonth', '')).toMatchObject({ code: 'not-a-yearmonth' });
  });
});

describe('decimalText', () => {
  it('spells exponent forms in digits', () => {
    expect(decimalText(1e-7)).toBe('0.0000001');
    expect(decimalText(-1.25e-10)).toBe('-0.000000000125');
    expect(decimalText(1.5e21)).toBe('1500000000000000000000');
    expect(decimalText(-0)).toBe('-0');
    expect(decimalText(0.30000000000000004)).toBe('0.30000000000000004');
  });

  it("is read back by core's convertCell as the same float64 (property)", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const converted = convertCell(decimalText(x), 'number', ['']);
        expect(converted.kind).toBe('value');
        expect(Object.is(converted.kind === 'value' ? converted.value : undefined, x)).toBe(true);
      }),
    );
  });
});

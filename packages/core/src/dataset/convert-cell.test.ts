import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertCell } from './convert-cell.js';

const GSS = ['', '[x]', '[z]', '[c]'];

describe('convertCell', () => {
  it('turns each declared missing-value code into a missing cell that remembers its code', () => {
    for (const code of [...GSS, 'Not yet advised']) {
      expect(convertCell(code, 'integer', [...GSS, 'Not yet advised'])).toEqual({ kind: 'missing', code });
    }
    expect(convertCell('', 'string', GSS)).toEqual({ kind: 'missing', code: '' });
  });

  it('accepts integers written as digits with an optional leading minus only', () => {
    expect(convertCell('1234', 'integer', GSS)).toEqual({ kind: 'value', value: 1234 });
    expect(convertCell('-36', 'integer', GSS)).toEqual({ kind: 'value', value: -36 });
    expect(convertCell('0', 'integer', GSS)).toEqual({ kind: 'value', value: 0 });
    for (const bad of ['1,234', ' 12', '12 ', '+5', '1e3', '1.0', '0x10', '12.']) {
      const result = convertCell(bad, 'integer', GSS);
      expect(result, bad).toMatchObject({ kind: 'invalid', code: 'not-an-integer' });
    }
  });

  it('refuses integers beyond the safe range rather than rounding them', () => {
    expect(convertCell('9007199254740993', 'integer', GSS)).toMatchObject({ kind: 'invalid', code: 'not-an-integer' });
    expect(convertCell('9007199254740991', 'integer', GSS)).toEqual({ kind: 'value', value: 9007199254740991 });
  });

  it('refuses a leading zero in integers and numbers (012 is stored as 12 while the quote may print 2)', () => {
    for (const [text, type, unpadded] of [['012', 'integer', '12'], ['-007', 'integer', '-7'], ['00', 'integer', '0'], ['012', 'number', '12'], ['00.5', 'number', '0.5'], ['-01.25', 'number', '-1.25']] as const) {
      expect(convertCell(text, type, GSS), text).toEqual({
        kind: 'invalid',
        code: 'leading-zero',
        message: `"${text}" has a leading zero; write "${unpadded}" if that is the value printed (a padded number is often a typing slip)`,
      });
    }
    for (const [text, type, value] of [['0', 'integer', 0], ['-0', 'integer', -0], ['10', 'integer', 10], ['0.5', 'number', 0.5], ['-0.25', 'number', -0.25], ['100.05', 'number', 100.05]] as const) {
      expect(convertCell(text, type, GSS), text).toEqual({ kind: 'value', value });
    }
    expect(convertCell('012', 'string', GSS)).toEqual({ kind: 'value', value: '012' });
  });

  it('accepts finite decimals only for numbers', () => {
    expect(convertCell('12.5', 'number', GSS)).toEqual({ kind: 'value', value: 12.5 });
    expect(convertCell('-0.25', 'number', GSS)).toEqual({ kind: 'value', value: -0.25 });
    expect(convertCell('297', 'number', GSS)).toEqual({ kind: 'value', value: 297 });
    for (const bad of ['1e3', '1,5', '.5', '5.', ' 1', '+297', '297%', '£12']) {
      expect(convertCell(bad, 'number', GSS), bad).toMatchObject({ kind: 'invalid', code: 'not-a-number' });
    }
  });

  it('calls a digit-free cell in a numeric column an unknown missing-value code and lists the declared ones', () => {
    for (const [text, type] of [['[y]', 'integer'], ['n/a', 'number'], ['NaN', 'number'], ['Infinity', 'number'], ['-', 'integer'], ['Not yet advised', 'integer']] as const) {
      const result = convertCell(text, type, GSS);
      expect(result, text).toMatchObject({ kind: 'invalid', code: 'unknown-missing-value' });
      if (result.kind === 'invalid') expect(result.message).toContain('"", "[x]", "[z]", "[c]"');
    }
  });

  it('accepts real calendar dates only', () => {
    for (const good of ['2022-03-31', '2024-02-29', '2000-02-29', '1999-12-01']) {
      expect(convertCell(good, 'date', GSS), good).toEqual({ kind: 'value', value: good });
    }
    for (const bad of ['2023-02-29', '1900-02-29', '2022-04-31', '2022-13-01', '2022-00-10', '2022-1-01', '31/03/2022', '2022-03-31T00:00']) {
      expect(convertCell(bad, 'date', GSS), bad).toMatchObject({ kind: 'invalid', code: 'not-a-date' });
    }
  });

  it('agrees with the Gregorian calendar of Date.UTC for every day of 1896-2104', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1896, max: 2104 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const text = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const real = new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
        return (convertCell(text, 'date', GSS).kind === 'value') === real;
      }),
    );
  });

  it('accepts YYYY-MM year-months with months 01-12', () => {
    expect(convertCell('2022-02', 'yearmonth', GSS)).toEqual({ kind: 'value', value: '2022-02' });
    for (const bad of ['2022-13', '2022-00', '2022-2', 'Feb.22', '2022/02']) {
      expect(convertCell(bad, 'yearmonth', GSS), bad).toMatchObject({ kind: 'invalid', code: 'not-a-yearmonth' });
    }
  });

  it('accepts the Table Schema default boolean values', () => {
    for (const t of ['true', 'True', 'TRUE', '1']) expect(convertCell(t, 'boolean', GSS)).toEqual({ kind: 'value', value: true });
    for (const f of ['false', 'False', 'FALSE', '0']) expect(convertCell(f, 'boolean', GSS)).toEqual({ kind: 'value', value: false });
    expect(convertCell('yes', 'boolean', GSS)).toMatchObject({ kind: 'invalid', code: 'not-a-boolean' });
  });

  it('keeps strings verbatim', () => {
    expect(convertCell(' a, "b"\n', 'string', GSS)).toEqual({ kind: 'value', value: ' a, "b"\n' });
    expect(convertCell('[1]', 'string', GSS)).toEqual({ kind: 'value', value: '[1]' });
    expect(convertCell('see [x] below', 'string', GSS)).toEqual({ kind: 'value', value: 'see [x] below' });
  });

  it('rejects an undeclared GSS-shaped code in a string field instead of keeping it as text', () => {
    const result = convertCell('[y]', 'string', GSS);
    expect(result).toEqual({
      kind: 'invalid',
      code: 'unknown-missing-value',
      message: '"[y]" looks like a missing-value code but is not one of the declared codes ("", "[x]", "[z]", "[c]")',
    });
    expect(convertCell('[x]', 'string', GSS)).toEqual({ kind: 'missing', code: '[x]' });
  });

  it('round-trips every safe integer and every finite decimal it prints', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        const result = convertCell(String(n), 'integer', []);
        return result.kind === 'value' && Object.is(result.value, n === 0 ? 0 : n);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 6 }), (units, places) => {
        const value = units / 10 ** places;
        const text = value.toFixed(places);
        const result = convertCell(text, 'number', []);
        return result.kind === 'value' && result.value === Number(text) && Number.isFinite(result.value);
      }),
    );
  });

  it('never yields NaN or Infinity, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.constantFrom('integer' as const, 'number' as const), (text, type) => {
        const result = convertCell(text, type, GSS);
        return result.kind !== 'value' || (typeof result.value === 'number' && Number.isFinite(result.value));
      }),
    );
    expect(convertCell('9'.repeat(400), 'number', GSS)).toMatchObject({ kind: 'invalid', code: 'not-a-number' });
  });

  it('reports an invisible character in any cell (a BOM or NUL in free text passed silently before)', () => {
    expect(convertCell('Local\uFEFF Authority', 'string', GSS)).toEqual({
      kind: 'invalid',
      code: 'invisible-character',
      message: 'the cell holds the invisible character U+FEFF (byte order mark) at character 6; delete it',
    });
    expect(convertCell('a\u0000b', 'string', GSS)).toMatchObject({ code: 'invisible-character', message: expect.stringContaining('U+0000 (NUL) at character 2') });
    expect(convertCell('😀\u200B', 'string', GSS)).toMatchObject({ message: expect.stringContaining('U+200B (zero-width space) at character 2') });
    expect(convertCell('12\u0007', 'integer', GSS)).toMatchObject({ code: 'invisible-character', message: expect.stringContaining('U+0007 at character 3') });
    // tabs and line breaks are text a quote may hold
    expect(convertCell('Contacts\t1,234\r\nnext', 'string', GSS)).toEqual({ kind: 'value', value: 'Contacts\t1,234\r\nnext' });
  });
});


import type { DatasetProblemCode } from './dataset-problem.js';
import type { FieldType } from './table-schema.js';
import { assertOneOf, assertString, assertStringArray } from '../stats/validate-input.js';

const FIELD_TYPES: readonly FieldType[] = ['string', 'integer', 'number', 'boolean', 'date', 'yearmonth'];

/**
 * A cell's value after conversion: text for string/date/yearmonth, number, or boolean.
 *
 * @example
 * const value: CellValue | undefined = (convertCell('true', 'boolean', ['']) as { value?: CellValue }).value;
 * value; // => true
 */
export type CellValue = string | number | boolean;

/**
 * Outcome of converting one cell: a missing value (with its code), a value, or why it is invalid.
 *
 * @example
 * const conversion: CellConversion = convertCell('012', 'integer', ['']);
 * conversion.kind === 'invalid' ? conversion.code : null; // => 'leading-zero'
 */
export type CellConversion =
  | { readonly kind: 'missing'; readonly code: string }
  | { readonly kind: 'value'; readonly value: CellValue }
  | { readonly kind: 'invalid'; readonly code: DatasetProblemCode; readonly message: string };

const INTEGER = /^-?\d+$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;
/** A number written with a zero before its first significant digit ("012", "-007", "00.5"), which hides what was printed. */
const LEADING_ZERO = /^-?0\d/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const YEARMONTH = /^(\d{4})-(\d{2})$/;
/** The shape of a GSS shorthand code such as `[x]`, `[c]` or `[low]`; never a legitimate text value. */
const GSS_SHAPED = /^\[[a-z]{1,3}\]$/;
/**
 * Characters that print as nothing: the C0 controls but tab, line feed and carriage return (which
 * quotes may hold), DEL, the byte order mark U+FEFF (a BOM is only allowed at the start of the
 * file, where it is dropped), and the zero-width space, joiners and word joiner (U+200B-U+200D,
 * U+2060). A cell holding one cannot be told from the text it looks like.
 */
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFEFF\u200B-\u200D\u2060]/u;
const NAMES: Readonly<Record<string, string>> = {
  'U+0000': 'NUL',
  'U+FEFF': 'byte order mark',
  'U+200B': 'zero-width space',
  'U+200C': 'zero-width non-joiner',
  'U+200D': 'zero-width joiner',
  'U+2060': 'word joiner',
};
const TRUE_VALUES = ['true', 'True', 'TRUE', '1'];
const FALSE_VALUES = ['false', 'False', 'FALSE', '0'];

/**
 * Converts the text of one CSV cell to the value its Table Schema field type calls for.
 *
 * - A cell equal to one of `missingValues` is missing (`null` in the record); the code is kept.
 * - `integer`: `^-?\d+$` only (no thousands separators, spaces, `+`, exponents or decimals), and
 *   within JavaScript's safe-integer range so it is held exactly.
 * - `number`: a finite decimal `^-?\d+(\.\d+)?$` (no exponents, `NaN`, `INF`, separators or spaces).
 * - `integer` and `number`: no leading zero (`012`, `-07`, `00.5` are `leading-zero`; `0` and
 *   `0.5` are fine), as a padded count is stored as another number than the quote may print.
 * - `boolean`: the Table Schema default true/false values (`true`/`True`/`TRUE`/`1`, `false`/...).
 * - `date`: a real calendar date `YYYY-MM-DD`; `yearmonth`: `YYYY-MM` with month 01-12. Both stay text.
 * - `string`: any text, kept verbatim, except a text shaped like a GSS shorthand code (`[y]`: a
 *   lower-case word of 1-3 letters in square brackets) that the schema does not declare.
 * - Any type: a cell holding an invisible character (a NUL, another control character but tab and
 *   line breaks, a byte order mark U+FEFF or a zero-width space or joiner) is `invisible-character`,
 *   naming the character and where it is, as it would otherwise pass for the text it looks like.
 *
 * A non-numeric cell without any digit in a numeric field (`[y]`, `n/a`, `-`) is most likely a
 * missing-value code the schema does not declare, so it is reported as `unknown-missing-value` with
 * the declared codes listed; other unconvertible cells get the type's own code (`not-an-integer`...).
 *
 * @example
 * convertCell('17011', 'integer', ['']); // => { kind: 'value', value: 17011 }
 * convertCell('[c]', 'integer', ['', '[c]']); // => { kind: 'missing', code: '[c]' }
 * convertCell('17,011', 'integer', ['']).kind; // => 'invalid'
 */
export function convertCell(text: string, type: FieldType, missingValues: readonly string[]): CellConversion {
  assertString('convertCell', 'text', text);
  assertOneOf('convertCell', 'type', type, FIELD_TYPES);
  assertStringArray('convertCell', 'missingValues', missingValues);
  return convertCellText(text, type, missingValues);
}

/** {@link convertCell} for checked arguments. Internal: `validateTable` converts every cell through it. */
export function convertCellText(text: string, type: FieldType, missingValues: readonly string[]): CellConversion {
  if (missingValues.includes(text)) return { kind: 'missing', code: text };
  const invisible = INVISIBLE.exec(text);
  if (invisible !== null) {
    const character = invisible[0];
    const at = [...text.slice(0, invisible.index)].length + 1;
    const code = `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
    return { kind: 'invalid', code: 'invisible-character', message: `the cell holds the invisible character ${code}${NAMES[code] === undefined ? '' : ` (${NAMES[code]})`} at character ${at}; delete it` };
  }
  switch (type) {
    case 'string':
      if (GSS_SHAPED.test(text)) {
        return {
          kind: 'invalid',
          code: 'unknown-missing-value',
          message: `${quote(text)} looks like a missing-value code but is not one of the declared codes ${listCodes(missingValues)}`,
        };
      }
      return { kind: 'value', value: text };
    case 'integer': {
      if (INTEGER.test(text) && LEADING_ZERO.test(text)) return leadingZero(text);
      if (INTEGER.test(text)) {
        const value = Number(text);
        if (Number.isSafeInteger(value)) return { kind: 'value', value };
        return { kind: 'invalid', code: 'not-an-integer', message: `${quote(text)} is too large to hold exactly (beyond ±${Number.MAX_SAFE_INTEGER})` };
      }
      return notConvertible(text, 'an integer', 'not-an-integer', 'digits only, with an optional leading "-"', missingValues);
    }
    case 'number': {
      if (DECIMAL.test(text) && LEADING_ZERO.test(text)) return leadingZero(text);
      if (DECIMAL.test(text)) {
        const value = Number(text);
        if (Number.isFinite(value)) return { kind: 'value', value };
      }
      return notConvertible(text, 'a number', 'not-a-number', 'a decimal such as 12 or -3.5, without separators, spaces or exponents', missingValues);
    }
    case 'boolean': {
      if (TRUE_VALUES.includes(text)) return { kind: 'value', value: true };
      if (FALSE_VALUES.includes(text)) return { kind: 'value', value: false };
      return {
        kind: 'invalid',
        code: 'not-a-boolean',
        message: `${quote(text)} is not a boolean (${[...TRUE_VALUES, ...FALSE_VALUES].map(quote).join(', ')}) nor one of the declared missing-value codes ${listCodes(missingValues)}`,
      };
    }
    case 'date': {
      const match = DATE.exec(text);
      if (match !== null && isRealDate(Number(match[1]), Number(match[2]), Number(match[3]))) return { kind: 'value', value: text };
      return notConvertible(text, 'a date', 'not-a-date', 'a real calendar date written YYYY-MM-DD', missingValues);
    }
    case 'yearmonth': {
      const match = YEARMONTH.exec(text);
      const month = match === null ? 0 : Number(match[2]);
      if (month >= 1 && month <= 12) return { kind: 'value', value: text };
      return notConvertible(text, 'a year and month', 'not-a-yearmonth', 'YYYY-MM with month 01-12', missingValues);
    }
  }
}

function leadingZero(text: string): CellConversion {
  const unpadded = text.replace(/^(-?)0+(?=\d)/, '$1');
  return {
    kind: 'invalid',
    code: 'leading-zero',
    message: `${quote(text)} has a leading zero; write ${quote(unpadded)} if that is the value printed (a padded number is often a typing slip)`,
  };
}

function notConvertible(
  text: string,
  what: string,
  code: DatasetProblemCode,
  expected: string,
  missingValues: readonly string[],
): CellConversion {
  if (!/\d/.test(text)) {
    return {
      kind: 'invalid',
      code: 'unknown-missing-value',
      message: `${quote(text)} is not ${what} and not one of the declared missing-value codes ${listCodes(missingValues)}`,
    };
  }
  return { kind: 'invalid', code, message: `${quote(text)} is not ${what} (expected ${expected})` };
}

/** True when year-month-day names a day of the proleptic Gregorian calendar. */
function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

function quote(text: string): string {
  return JSON.stringify(text);
}

function listCodes(missingValues: readonly string[]): string {
  return missingValues.length === 0 ? '(none declared)' : `(${missingValues.map(quote).join(', ')})`;
}

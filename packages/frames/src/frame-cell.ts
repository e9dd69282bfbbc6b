import type { DatasetProblemCode, FieldType } from '@scpkit/core';

/**
 * A frame cell written as the CSV text core's validator reads, or why it cannot be: the cell holds
 * a value of another JavaScript type than its field's (text in a number column, a number in a text
 * column, a `Date` object in a date column), or a non-finite number.
 */
export type FrameCellText = { readonly text: string } | { readonly code: DatasetProblemCode; readonly message: string };

/**
 * The text of one frame cell for a field of `type`. Missing (`null`, `undefined` or `NaN`, as danfo
 * leaves them) becomes `missingCode`; a number becomes its shortest round-trip decimal, written
 * without an exponent (`1e-7` as `0.0000001`, `-0` as `-0`), so core reads back the same float64.
 *
 * @example
 * frameCellText(4321, 'integer', '').text; // => '4321'
 * frameCellText(Number.NaN, 'number', '').text; // => ''
 * frameCellText('12', 'integer', '').code; // => 'not-an-integer'
 */
export function frameCellText(value: unknown, type: FieldType | undefined, missingCode: string): FrameCellText {
  if (value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value))) return { text: missingCode };
  if (type === undefined) return { text: typeof value === 'number' ? decimalText(value) : String(value) };
  switch (type) {
    case 'integer':
    case 'number': {
      const code = type === 'integer' ? 'not-an-integer' : 'not-a-number';
      if (typeof value !== 'number') return { code, message: `the cell holds ${described(value)}, not a number (the column is ${type}: convert it, e.g. with Number, before handing the frame back)` };
      if (!Number.isFinite(value)) return { code, message: `the cell holds ${String(value)}; a value must be finite (a division by zero in danfo gives Infinity)` };
      return { text: decimalText(value) };
    }
    case 'boolean':
      return typeof value === 'boolean' ? { text: String(value) } : { code: 'not-a-boolean', message: `the cell holds ${described(value)}, not true or false (the column is boolean)` };
    case 'date':
    case 'yearmonth': {
      if (typeof value === 'string') return { text: value };
      const code = type === 'date' ? 'not-a-date' : 'not-a-yearmonth';
      const form = type === 'date' ? 'YYYY-MM-DD' : 'YYYY-MM';
      return { code, message: `the cell holds ${described(value)}; a ${type} is text written ${form}${value instanceof Date ? ' (a Date object has a time and a time zone: write the day it means as text)' : ''}` };
    }
    case 'string':
      return typeof value === 'string' ? { text: value } : { code: 'not-a-string', message: `the cell holds ${described(value)}, not text (the column is a string field: an id or period that looks like a number must stay text)` };
  }
}

/** `String(value)` for a finite number, with an exponent form (`1e-7`, `1.5e+21`) spelt out in digits. */
export function decimalText(value: number): string {
  if (Object.is(value, -0)) return '-0';
  const text = String(value);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (match === null) return text;
  const [, sign, first, rest = '', exponentText] = match;
  const digits = `${first}${rest}`;
  const exponent = Number(exponentText);
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
  return `${sign}${digits}${'0'.repeat(Math.max(0, exponent - rest.length))}`;
}

function described(value: unknown): string {
  if (value instanceof Date) return 'a Date object';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return `the ${typeof value} ${String(value)}`;
  return `a value of type ${Array.isArray(value) ? 'array' : typeof value}`;
}

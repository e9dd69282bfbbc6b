// Properties of the round trip records -> DataFrame -> records on generated tables: any text
// (commas, quotes, line breaks, number-like ids), any finite float64, whole numbers, booleans,
// dates and missing values come back equal; a wrong-type cell is refused at its row and column.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DatasetError, type TableSchema } from '@scpkit/core';
import { loadDanfo } from './danfo.js';
import { fromDataFrame } from './from-data-frame.js';
import { toDataFrame } from './to-data-frame.js';

const schema = {
  fields: [
    { name: 'id', type: 'string', constraints: { required: true } },
    { name: 'label', type: 'string' },
    { name: 'count', type: 'integer' },
    { name: 'share', type: 'number' },
    { name: 'flag', type: 'boolean' },
    { name: 'day', type: 'date' },
  ],
  missingValues: ['', '[x]', '[z]', '[c]'],
  primaryKey: 'id',
} as const satisfies TableSchema;
const resource = { name: 'generated', schema };

/** Text core keeps verbatim: no invisible characters, not a missing-value code, not shaped like one. */
const text = fc
  .string({ unit: fc.constantFrom('a', 'Z', '0', '7', '/', ',', '"', '\n', ' ', '.', '-', '[', ']', 'é', '£'), maxLength: 12 })
  .filter((s) => s !== '' && !/^\[[a-z]{1,3}\]$/.test(s));
const day = fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const row = fc.record({
  label: fc.option(text, { nil: null }),
  count: fc.option(fc.maxSafeInteger(), { nil: null }),
  share: fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (Object.is(x, -0) ? 0 : x)), { nil: null }),
  flag: fc.option(fc.boolean(), { nil: null }),
  day: fc.option(day, { nil: null }),
});
const records = fc.uniqueArray(fc.tuple(text, row), { selector: ([id]) => id, maxLength: 8 }).map((rows) => rows.map(([id, r]) => ({ id, ...r })));

describe('round trip (properties)', () => {
  it('fromDataFrame(toDataFrame(records)) equals the records, with or without the schema', () => {
    fc.assert(
      fc.property(records, (rs) => {
        expect(fromDataFrame(toDataFrame(rs, resource), resource)).toEqual(rs);
        expect(fromDataFrame(toDataFrame(rs), resource)).toEqual(rs);
      }),
      { numRuns: 60 },
    );
  });

  it('refuses a cell of the wrong type at its row and column', () => {
    const wrong = { label: 5, count: '5', share: '0.5', flag: 'true', day: new Date(0) } as const;
    fc.assert(
      fc.property(records.filter((rs) => rs.length > 0), fc.nat(), fc.constantFrom(...(Object.keys(wrong) as (keyof typeof wrong)[])), (rs, n, column) => {
        const position = n % rs.length;
        const df = toDataFrame(rs, resource);
        const c = df.columns.indexOf(column);
        const rows = (df.values as unknown[][]).map((r, i) => (i === position ? r.map((v, j) => (j === c ? wrong[column] : v)) : r));
        const broken = new (loadDanfo().DataFrame)(rows, { columns: df.columns });
        let error: unknown;
        try {
          fromDataFrame(broken, resource);
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(DatasetError);
        expect((error as DatasetError).problems.map((p) => [p.file, p.row, p.field])).toEqual([['generated', position, column]]);
      }),
      { numRuns: 40 },
    );
  });
});

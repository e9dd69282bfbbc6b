import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { budgetLineSchema } from './schemas/budget-line.js';
import { contextValueSchema } from './schemas/context-value.js';
import { figureSchema } from './schemas/figure.js';
import type { TableSchema } from './table-schema.js';
import { validateTable } from './validate-table.js';

const lines = (file: string, text: string, schema: TableSchema, source?: string) =>
  validateTable({ file, text, schema, ...(source === undefined ? {} : { source: { path: 'source.txt', text: source } }) }).problems.map(
    (p) => `${p.file}:${p.row ?? '-'}:${p.field}: ${p.code}`,
  );

const VALUES_HEADER = 'indicator,period,value,section,quote\n';

describe('validateTable', () => {
  it('converts a valid file into records with their line numbers and missing-value codes', () => {
    const text = `statement,side,position,line,line_type,amount,section,quote
a,income,1,Grant,line,1000,9.C,Grant 1000
a,income,2,Other,line,Not yet advised,9.C,Other
a,expenditure,1,"Staff, salaries",line,[c],9.C,Staff
`;
    const table = validateTable({ file: 'budget-lines.csv', text, schema: budgetLineSchema });
    expect(table.problems).toEqual([]);
    expect(table.rowCount).toBe(3);
    expect(table.rowNumbers).toEqual([2, 3, 4]);
    expect(table.records[0]).toEqual({ statement: 'a', side: 'income', position: 1, line: 'Grant', line_type: 'line', amount: 1000, section: '9.C', quote: 'Grant 1000' });
    expect(table.records[1]?.['amount']).toBeNull();
    expect(table.missing).toEqual([{}, { amount: 'Not yet advised' }, { amount: '[c]' }]);
  });

  it('treats primary-key fields as required', () => {
    const schema: TableSchema = { fields: [{ name: 'k', type: 'string' }, { name: 'v', type: 'integer' }], primaryKey: 'k', missingValues: ['', '[x]'] };
    expect(lines('t.csv', 'k,v\n,1\n[x],2\n', schema)).toEqual(['t.csv:2:k: missing-required-value', 't.csv:3:k: missing-required-value']);
  });

  it('finds duplicate composite keys and reports the first occurrence', () => {
    const text = `${VALUES_HEADER}a,2021/22,1,3,q\nb,2021/22,2,3,q\na,2021/22,3,3,q\na,2020/21,4,3,q\n`;
    const table = validateTable({ file: 'context-values.csv', text, schema: contextValueSchema });
    expect(table.problems.map((p) => `${p.row}:${p.field}:${p.code}`)).toEqual(['4:indicator,period:duplicate-key']);
    expect(table.problems[0]?.message).toBe('duplicate primary key (indicator, period) = ("a", "2021/22") (first in row 2)');
  });

  it('reports a unique field that repeats, ignoring missing cells', () => {
    const schema: TableSchema = { fields: [{ name: 'k', type: 'integer' }, { name: 'u', type: 'string', constraints: { unique: true } }], primaryKey: 'k' };
    expect(lines('t.csv', 'k,u\n1,x\n2,\n3,\n4,x\n', schema)).toEqual(['t.csv:5:u: not-unique']);
  });

  it('applies the unit-dependent bounds of figures.csv per row', () => {
    const header = 'id,topic,measure,area,period,value,unit,qualifier,section,quote\n';
    const text = `${header}a,t,m,,,104,percent,,2,q\nb,t,m,,,297,percent-change,,2,q\nc,t,m,,,-36,percent-change,,2,q\nd,t,m,,,2.5,count,,2,q\ne,t,m,,,-1,count,,2,q\n`;
    expect(lines('figures.csv', text, figureSchema)).toEqual(['figures.csv:2:value: above-maximum', 'figures.csv:5:value: not-an-integer', 'figures.csv:6:value: below-minimum']);
  });

  it('checks quotes against the source text only when one is given', () => {
    const text = `${VALUES_HEADER}a,2021/22,1,3,Contacts 1\nb,2021/22,2,3,Contacts 2\n`;
    expect(lines('v.csv', text, contextValueSchema, 'Contacts 1 and more')).toEqual(['v.csv:3:quote: quote-not-in-source']);
    expect(lines('v.csv', text, contextValueSchema)).toEqual([]);
  });

  it('keeps checking the columns it has when the header is wrong', () => {
    const text = 'indicator,value,section,quote,extra\na,-1,3,q,x\n';
    expect(lines('v.csv', text, contextValueSchema)).toEqual(['v.csv:1:extra: unexpected-column', 'v.csv:1:period: missing-column', 'v.csv:2:value: below-minimum']);
  });

  it('skips the cells of a record of the wrong length, and reports the length', () => {
    const text = `${VALUES_HEADER}a,2021/22,1,3,q,extra\nb,2021/22,1.5,3,q\n`;
    expect(lines('v.csv', text, contextValueSchema)).toEqual(['v.csv:2:-: row-length', 'v.csv:3:value: not-an-integer']);
  });

  it('reports every bad cell of every row, in row order', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.nat({ max: 10_000 }).map(String), fc.constantFrom('-1', '1,234', '[y]', '2.5', '[c]', '')), { minLength: 1, maxLength: 30 }), (values) => {
        const text = VALUES_HEADER + values.map((v, i) => `i${i},2021/22,${/,/.test(v) ? `"${v}"` : v},3,q`).join('\n');
        const table = validateTable({ file: 'v.csv', text, schema: contextValueSchema });
        const expected = values.flatMap((v, i) => (/^\d+$/.test(v) ? [] : [i + 2]));
        return JSON.stringify(table.problems.map((p) => p.row)) === JSON.stringify(expected) && table.records.length === values.length;
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { DatasetError, InvalidInputError, type DatasetProblem } from '@scpkit/core';
import { loadDanfo } from './danfo.js';
import { fromDataFrame } from './from-data-frame.js';
import { toDataFrame } from './to-data-frame.js';

const COLUMNS = ['indicator', 'period', 'value', 'section', 'quote'];
const frame = (rows: unknown[][], columns = COLUMNS) => new (loadDanfo().DataFrame)(rows, { columns });
const values = [
  { indicator: 'referrals', period: '2021/22', value: 4321, section: '9.A', quote: 'Referrals 4321' },
  { indicator: 'referrals', period: '2020/21', value: 4169, section: '9.A', quote: 'was 4169' },
  { indicator: 'plans', period: '2021/22', value: 512, section: '9.A', quote: 'plans, 512' },
];

/** The problems of the DatasetError `call` throws, without their messages. */
function problemsOf(call: () => unknown): Omit<DatasetProblem, 'message'>[] {
  try {
    call();
  } catch (error) {
    if (error instanceof DatasetError) return error.problems.map(({ message: _, ...p }) => p);
    throw error;
  }
  throw new Error('no DatasetError');
}

describe('fromDataFrame', () => {
  it('gives back typed records in schema order from a filtered frame with its columns in any order', () => {
    const df = toDataFrame(values, 'context-values');
    const referrals = df.query(df['indicator'].eq('referrals'));
    expect(fromDataFrame(referrals, 'context-values')).toEqual(values.slice(0, 2));
    const shuffled = referrals.loc({ columns: ['quote', 'value', 'indicator', 'section', 'period'] });
    const records = fromDataFrame(shuffled, 'context-values');
    expect(records).toEqual(values.slice(0, 2));
    expect(Object.keys(records[0]!)).toEqual(COLUMNS);
  });

  it('refuses a column of the wrong type, naming the resource, row and column', () => {
    const df = frame([['referrals', '2021/22', '4321', '9.A', 'q'], ['plans', '2021/22', 512, '9.A', 'q']]);
    expect(problemsOf(() => fromDataFrame(df, 'context-values'))).toEqual([{ file: 'context-values', row: 0, field: 'value', code: 'not-an-integer' }]);
    expect(() => fromDataFrame(df, 'context-values')).toThrow(/^the DataFrame of context-values is invalid \(1 problem\):\ncontext-values:0:value: the cell holds the text "4321", not a number/);
  });

  it('refuses a period or id turned into a number, and a Date in a date column', () => {
    const df = frame([['referrals', 2021, 1, '9.A', 'q'], [7, '2021/22', 1, '9.A', 'q']]);
    expect(problemsOf(() => fromDataFrame(df, 'context-values'))).toEqual([
      { file: 'context-values', row: 0, field: 'period', code: 'not-a-string' },
      { file: 'context-values', row: 1, field: 'indicator', code: 'not-a-string' },
    ]);
    const schema = { fields: [{ name: 'day', type: 'date' }] } as const;
    const dated = new (loadDanfo().DataFrame)([[new Date('2022-03-31')]], { columns: ['day'] });
    expect(problemsOf(() => fromDataFrame(dated, { name: 'days', schema }))).toEqual([{ file: 'days', row: 0, field: 'day', code: 'not-a-date' }]);
    expect(fromDataFrame(frame([['2022-03-31']], ['day']), { name: 'days', schema })).toEqual([{ day: '2022-03-31' }]);
    // One column cannot hold a missing cell (its CSV line would be blank), as in a file.
    expect(problemsOf(() => fromDataFrame(frame([['2022-03-31'], [null]], ['day']), { name: 'days', schema }))).toEqual([{ file: 'days', row: 1, field: '-', code: 'blank-row' }]);
  });

  it("reports core's own checks (constraints, required, keys) at the frame's rows", () => {
    const df = frame([
      ['referrals', '2021/22', -1, '9.A', 'q'],
      ['referrals', '21/22', 2, '9.A', 'q'],
      ['lac', '2021/22', Number.NaN, '9.A', 'q'],
      ['plans', '2021/22', 3, '9.A', 'line one\nline two'],
      ['plans', '2021/22', 4, '9.A', 'q'],
    ]);
    let error: unknown;
    try {
      fromDataFrame(df, 'context-values');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DatasetError);
    const problems = (error as DatasetError).problems;
    expect(problems.map(({ message: _, ...p }) => p)).toEqual([
      { file: 'context-values', row: 0, field: 'value', code: 'below-minimum' },
      { file: 'context-values', row: 1, field: 'period', code: 'pattern-mismatch' },
      { file: 'context-values', row: 2, field: 'value', code: 'missing-required-value' },
      { file: 'context-values', row: 4, field: 'indicator,period', code: 'duplicate-key' },
    ]);
    // The key problem names the first row by its frame position too (the quote above spans two CSV lines).
    expect(problems[3]!.message).toMatch(/\(first in row 3\)$/);
  });

  it('reports a column the schema lacks and a field without a column', () => {
    const df = frame([['referrals', '2021/22', 1, '9.A', 'q']], ['indicator', 'period', 'value', 'section', 'note']);
    expect(problemsOf(() => fromDataFrame(df, 'context-values'))).toEqual([
      { file: 'context-values', row: null, field: 'note', code: 'unexpected-column' },
      { file: 'context-values', row: null, field: 'quote', code: 'missing-column' },
    ]);
  });

  it('reads missing-value codes in text cells as missing and checks quotes against a given source', () => {
    const figure = { id: 'a', topic: 't', measure: 'm', area: '[x]', period: null, value: 1.5, unit: 'score', qualifier: null, section: '5', quote: 'scored 1.5' };
    const df = new (loadDanfo().DataFrame)([Object.values(figure)], { columns: Object.keys(figure) });
    expect(fromDataFrame(df, 'figures')).toEqual([{ ...figure, area: null }]);
    expect(fromDataFrame(df, 'figures', { source: { path: 'source.txt', text: 'It scored 1.5 overall.' } })).toHaveLength(1);
    expect(problemsOf(() => fromDataFrame(df, 'figures', { source: { path: 'source.txt', text: 'no such words' } }))).toEqual([{ file: 'figures', row: 0, field: 'quote', code: 'quote-not-in-source' }]);
  });

  it('refuses what is not a DataFrame and an unknown resource with typed errors', () => {
    expect(() => fromDataFrame([] as never, 'figures')).toThrow(InvalidInputError);
    expect(() => fromDataFrame(frame([]), 'no-such-resource' as 'figures')).toThrow(/must be a standard resource/);
    expect(() => fromDataFrame(frame([]), 'figures', { source: 'x' as never })).toThrow(InvalidInputError);
  });
});

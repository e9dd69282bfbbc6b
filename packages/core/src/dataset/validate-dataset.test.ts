import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { DatasetProblem } from './dataset-problem.js';
import { DatasetError } from './dataset-error.js';
import type { ContextValue } from './schemas/context-value.js';
import type { Figure } from './schemas/figure.js';
import { parseDataset, validateDataset, type DatasetInput } from './validate-dataset.js';

// The corpus base: a small made-up dataset (5 resources) that is valid.
const BASE = new URL('./__corpus__/valid/base/', import.meta.url);
const baseFiles = (): Map<string, string> => new Map(readdirSync(BASE).map((name) => [name, readFileSync(new URL(name, BASE), 'utf8')]));
const baseDescriptor = (): Record<string, any> => JSON.parse(baseFiles().get('datapackage.json') ?? '{}');

function input(edit: (files: Map<string, string>) => void = () => {}, descriptor?: unknown): DatasetInput {
  const files = baseFiles();
  edit(files);
  return { descriptorText: descriptor === undefined ? files.get('datapackage.json') : JSON.stringify(descriptor), files };
}
const lines = (problems: readonly DatasetProblem[]) => problems.map((p) => `${p.file}:${p.row ?? '-'}:${p.field}: ${p.code}`);

describe('parseDataset', () => {
  it('returns typed records, their CSV lines and missing-value codes for a valid dataset', () => {
    const dataset = parseDataset(input());
    expectTypeOf(dataset.tables['context-values']).toEqualTypeOf<readonly ContextValue[] | undefined>();
    expectTypeOf(dataset.tables.figures).toEqualTypeOf<readonly Figure[] | undefined>();
    expect(dataset.tables['context-values']).toEqual([
      { indicator: 'contacts', period: '2030/31', value: 1234, section: '3', quote: 'Contacts\t1,234' },
      { indicator: 'referrals', period: '2030/31', value: 64, section: '3', quote: 'Referrals\t64' },
    ]);
    expect(dataset.tables.figures?.map((f) => [f.id, f.value, f.unit, f.qualifier])).toEqual([
      ['training-sessions', 12, 'count', null],
      ['training-attendees', 200, 'count', 'over'],
      ['school-audit-returns', 97, 'percent', null],
      ['contacts-change', 297, 'percent-change', null],
      ['referrals-change', -36, 'percent-change', null],
    ]);
    // The first figure's quote spans two lines, so the second figure starts on line 4.
    expect(dataset.rowNumbers['figures']).toEqual([2, 4, 5, 6, 7]);
    expect(dataset.missing['context-indicators']).toEqual([{ group: '' }, { group: '[z]' }]);
    expect(dataset.tables['acronyms']?.[2]?.expansion).toBe('Local Authority Designated Officer, "the LADO"');
    expect(dataset.tables['board-members']?.map((m) => [m.from, m.to])).toEqual([
      ['2031-02', null],
      [null, '2030-07'],
    ]);
    expect(dataset.tables['budget-lines']).toBeUndefined();
    expect(dataset.source?.path).toBe('source.txt');
    expect(dataset.descriptor.scpkit.partnership).toBe('Example');
  });

  it('throws one DatasetError listing every problem of every file as file:row:field: message', () => {
    const broken = input((files) => {
      files.set('context-values.csv', (files.get('context-values.csv') ?? '').replace(',1234,', ',-1234,'));
      files.set('acronyms.csv', (files.get('acronyms.csv') ?? '').replace('DSL,Designated', 'CSP,Designated'));
    });
    let error: unknown;
    try {
      parseDataset(broken);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DatasetError);
    const problems = (error as DatasetError).problems;
    expect(lines(problems)).toEqual(['acronyms.csv:3:acronym: duplicate-key', 'context-values.csv:2:value: below-minimum']);
    expect((error as DatasetError).code).toBe('dataset-invalid');
    expect((error as DatasetError).message).toBe(
      'example-2030-31 is invalid (2 problems):\n' +
        'acronyms.csv:3:acronym: duplicate primary key acronym = "CSP" (first in row 2)\n' +
        'context-values.csv:2:value: -1234 is below the minimum 0',
    );
  });
});

describe('validateDataset', () => {
  it('finds no problem in the valid base and summarises it', () => {
    const { problems, summary } = validateDataset(input());
    expect(problems).toEqual([]);
    expect(summary.name).toBe('example-2030-31');
    expect(summary.resources.map((r) => [r.name, r.rows, r.fields])).toEqual([
      ['acronyms', 3, 4],
      ['board-members', 2, 10],
      ['context-indicators', 2, 7],
      ['context-values', 2, 5],
      ['figures', 5, 10],
    ]);
    expect(summary.totals).toEqual({ resources: 5, rows: 14, fields: 36 });
  });

  it('returns the typed dataset when valid (as parseDataset does) and none when a file has a problem', () => {
    const valid = validateDataset(input());
    expect(valid.dataset).toEqual(parseDataset(input()));
    expect(valid.dataset?.tables.acronyms).toHaveLength(3);
    const wrong = validateDataset({ ...input(), sourceSha256: '0'.repeat(64) });
    expect(wrong.problems.length).toBeGreaterThan(0);
    expect(wrong.dataset).toBeUndefined();
  });

  it('reads files from a Map, a plain object or a reader function alike', () => {
    const files = baseFiles();
    const descriptorText = files.get('datapackage.json');
    expect(validateDataset({ descriptorText, files: Object.fromEntries(files) }).problems).toEqual([]);
    expect(validateDataset({ descriptorText, files: (path) => files.get(path) }).problems).toEqual([]);
    expect(lines(validateDataset({ descriptorText, files: (path) => (path === 'figures.csv' ? { unreadable: 'not UTF-8' } : files.get(path)) }).problems)).toEqual([
      'figures.csv:-:-: unreadable-file',
    ]);
  });

  it('checks the source digest only when the caller computed one', () => {
    const descriptor = baseDescriptor();
    const recorded: string = descriptor['scpkit']['source']['sha256'];
    expect(validateDataset({ ...input(), sourceSha256: recorded }).problems).toEqual([]);
    const wrong = validateDataset({ ...input(), sourceSha256: '0'.repeat(64) });
    expect(lines(wrong.problems)).toEqual(['source.txt:-:-: sha256-mismatch']);
  });

  it('reports a missing or non-JSON or non-object descriptor', () => {
    expect(lines(validateDataset({ descriptorText: undefined, files: new Map() }).problems)).toEqual(['datapackage.json:-:-: missing-file']);
    expect(lines(validateDataset({ descriptorText: '{\n  "name": 1,,\n}', files: new Map() }).problems)).toEqual(['datapackage.json:2:-: invalid-json']);
    expect(lines(validateDataset({ descriptorText: '[]', files: new Map() }).problems)).toEqual(['datapackage.json:-:-: invalid-descriptor']);
  });

  it('validates the good resources when another resource entry is malformed', () => {
    const descriptor = baseDescriptor();
    descriptor['resources'][1]['mediatype'] = 'text/plain';
    const result = validateDataset(
      input((files) => files.set('figures.csv', (files.get('figures.csv') ?? '').replace(',97,percent,', ',101,percent,')), descriptor),
    );
    // 101 is also not what the row's quote prints ("97% of schools ...").
    expect(lines(result.problems)).toEqual(['datapackage.json:-:resources[1].mediatype: invalid-descriptor', 'figures.csv:5:value: above-maximum', 'figures.csv:5:value: value-not-in-quote']);
  });

  it('keeps the standard resources on their standard path and schema', () => {
    const descriptor = baseDescriptor();
    descriptor['resources'][4]['path'] = 'figs.csv';
    descriptor['resources'][0]['schema']['missingValues'] = ['', 'n/a'];
    const result = validateDataset(input((files) => files.set('figs.csv', files.get('figures.csv') ?? ''), descriptor));
    expect(lines(result.problems)).toEqual(['datapackage.json:-:resources[0].schema.missingValues: nonstandard-schema', 'datapackage.json:-:resources[4].path: nonstandard-path']);
    expect(result.problems[0]?.message).toBe(
      'differs from the scpkit standard schema of "acronyms" (standard: ["","[x]","[z]","[c]"], found: ["","n/a"]); run scpkit describe to rewrite it',
    );
  });

  it('reports resource names used twice and foreign keys to resources the package lacks', () => {
    const descriptor = baseDescriptor();
    descriptor['resources'] = descriptor['resources'].filter((r: { name: string }) => r.name !== 'context-indicators');
    descriptor['resources'].push({ ...descriptor['resources'][0] });
    const result = validateDataset(input(() => {}, descriptor));
    expect(lines(result.problems)).toEqual([
      'datapackage.json:-:resources[2].schema.foreignKeys[0].reference.resource: unknown-reference-resource',
      'datapackage.json:-:resources[4].name: duplicate-resource',
      'datapackage.json:-:resources[4].path: duplicate-resource',
    ]);
  });

  it('lets a resource outside the standard carry its own schema', () => {
    const descriptor = baseDescriptor();
    descriptor['resources'].push({
      name: 'notes',
      path: 'notes.csv',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      schema: { fields: [{ name: 'n', type: 'integer', constraints: { required: true } }, { name: 'text', type: 'string' }], primaryKey: 'n' },
    });
    const files = (extra: string) => input((f) => f.set('notes.csv', extra), descriptor);
    const dataset = parseDataset(files('n,text\n1,hello\n2,\n'));
    expect(dataset.otherTables['notes']).toEqual([
      { n: 1, text: 'hello' },
      { n: 2, text: null },
    ]);
    expect(lines(validateDataset(files('n,text\n1,a\n1,b\n')).problems)).toEqual(['notes.csv:3:n: duplicate-key']);
  });

  it('reports CSV files in the folder that no resource describes', () => {
    const result = validateDataset({ ...input(), folderFiles: ['acronyms.csv', 'board-members.csv', 'context-indicators.csv', 'context-values.csv', 'figures.csv', 'extra.CSV', 'notes.txt'] });
    expect(lines(result.problems)).toEqual(['extra.CSV:-:-: undescribed-file']);
  });
});

describe('validateDataset with very many problems', () => {
  // Spreading a long list into a call (problems.push(...more)) overflows the stack beyond about
  // 110,000 items; every problem must still be reported.
  it('reports 150,000 bad descriptor keywords without a RangeError', () => {
    const descriptor = baseDescriptor();
    descriptor['keywords'] = Array.from({ length: 150_000 }, (_, i) => i);
    const result = validateDataset(input(undefined, descriptor));
    expect(result.dataset).toBeUndefined();
    const keywordProblems = result.problems.filter((p) => p.file === 'datapackage.json' && p.field.startsWith('keywords'));
    expect(keywordProblems).toHaveLength(150_000);
    expect(keywordProblems[149_999]?.field).toBe('keywords[149999]');
  });

  it('reports 200,000 bad rows of one table without a RangeError', () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => `indicator-${i},2030/31,not-a-number,3,x`);
    const result = validateDataset(input((files) => files.set('context-values.csv', `indicator,period,value,section,quote\n${rows.join('\n')}\n`)));
    expect(result.dataset).toBeUndefined();
    const valueProblems = result.problems.filter((p) => p.file === 'context-values.csv' && p.field === 'value');
    expect(valueProblems).toHaveLength(200_000);
    expect(valueProblems[0]?.row).toBe(2);
  });
});

import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DatasetError } from '../dataset/dataset-error.js';
import { formatDatasetProblem } from '../dataset/dataset-problem.js';
import { loadDataset, validateDatasetFolder } from './load-dataset.js';

const corpus = (path: string) => fileURLToPath(new URL(`../dataset/__corpus__/${path}`, import.meta.url));
const cases = (kind: 'valid' | 'invalid') => readdirSync(corpus(kind)).sort();

describe('loadDataset', () => {
  it('loads a folder into typed records', () => {
    const dataset = loadDataset(corpus('valid/base'));
    expect(dataset.tables['context-values']?.map((v) => v.value)).toEqual([1234, 64]);
    expect(dataset.source?.text.startsWith('Example Safeguarding Children Partnership')).toBe(true);
  });

  it('throws a DatasetError naming a missing file', () => {
    expect(() => loadDataset(corpus('invalid/missing-file'))).toThrow(DatasetError);
    try {
      loadDataset(corpus('invalid/missing-file'));
    } catch (error) {
      expect((error as DatasetError).problems.map(formatDatasetProblem)).toEqual(['context-values.csv:-:-: file not found (named by datapackage.json resources[3].path)']);
    }
  });

  it('loads a format 1.0 folder, whose records read the columns 1.1 added as missing', () => {
    const dataset = loadDataset(corpus('valid/chart-values-format-1-0'));
    expect(dataset.descriptor.scpkit.format).toBe('1.0');
    expect(dataset.tables['chart-series']?.map((p) => [p.label, p.value, p.value_printed])).toEqual([
      ['Neglect', 4, null],
      ['Other reasons', 2, null],
    ]);
    expect(dataset.missing['chart-series']?.map((m) => m['value_printed'])).toEqual(['', '']);
    const current = loadDataset(corpus('valid/chart-values'));
    expect(current.tables['chart-series']?.map((p) => p.value_printed)).toEqual(['in-chart', 'in-chart']);
  });

  it('refuses a dataset that names no source text (provenance cannot be switched off)', () => {
    expect(() => loadDataset(corpus('invalid/missing-provenance'))).toThrow(DatasetError);
    expect(() => loadDataset(corpus('invalid/value-not-in-quote'))).toThrow(/12340 is not printed in the row's quote/);
  });

  it('reports a folder without datapackage.json', () => {
    expect(validateDatasetFolder(corpus('')).problems.map((p) => p.code)).toEqual(['missing-file']);
  });
});

describe('the bad-input corpus', () => {
  it('has at least 15 invalid cases and the valid variants', () => {
    expect(cases('invalid').length).toBeGreaterThanOrEqual(15);
    expect(cases('valid')).toEqual(expect.arrayContaining(['base', 'utf8-bom', 'crlf', 'quoted-commas']));
  });

  it.each(cases('invalid'))('invalid/%s gives exactly the problems of its expected.txt', (name) => {
    const expected = readFileSync(corpus(`invalid/${name}/expected.txt`), 'utf8').trimEnd().split('\n');
    const { problems } = validateDatasetFolder(corpus(`invalid/${name}`));
    expect(problems.map(formatDatasetProblem)).toEqual(expected);
  });

  it.each(cases('valid'))('valid/%s has no problem', (name) => {
    expect(validateDatasetFolder(corpus(`valid/${name}`)).problems).toEqual([]);
  });
});

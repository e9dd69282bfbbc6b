import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkEesPair, formatEesFailure } from './check-ees.js';

const corpus = fileURLToPath(new URL('./__corpus__/', import.meta.url));
const cases = readdirSync(corpus).sort();
const read = (name: string, file: string) => readFileSync(join(corpus, name, file), 'utf8');
const check = (name: string) => checkEesPair('data.csv', read(name, 'data.csv'), 'data.meta.csv', read(name, 'data.meta.csv')).map(formatEesFailure);

describe('checkEesPair: the corpus of EES file pairs', () => {
  it('passes the valid pair (numbers, c, z, a National row with blank LA columns)', () => {
    expect(cases).toContain('valid');
    expect(check('valid')).toEqual([]);
  });

  for (const name of cases.filter((c) => c !== 'valid')) {
    it(`rejects ${name}, naming file, row and column (expected.txt)`, () => {
      const expected = read(name, 'expected.txt').split('\n').filter((l) => l !== '');
      expect(expected.length).toBeGreaterThan(0);
      expect(check(name)).toEqual(expected);
      for (const line of expected) expect(line).toMatch(/^data(\.meta)?\.csv:(\d+|-):[^:]+: \S/);
    });
  }

  it('covers the cases the issue names: blank indicator, ":" symbol, 4-digit financial year, missing meta row', () => {
    for (const c of ['blank-indicator', 'colon-symbol', 'four-digit-financial-year', 'missing-meta-row']) expect(cases).toContain(c);
  });
});

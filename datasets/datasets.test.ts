import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { formatDatasetProblem, renderDataDictionary, replaceDataDictionary } from '@scpkit/core';
import { describeFolder, findDatasets, validateDatasetFolder } from '@scpkit/core/node';

const root = fileURLToPath(new URL('.', import.meta.url));
const datasets = findDatasets(root);

describe('datasets/', () => {
  it('holds at least one dataset', () => {
    expect(datasets.length).toBeGreaterThan(0);
  });

  it('has a data dictionary in README.md that matches the schemas (run scpkit describe --dictionary)', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(replaceDataDictionary(readme, renderDataDictionary())).toBe(readme);
  });
});

describe.each(datasets.map((dir) => [relative(root, dir), dir]))('dataset %s', (_name, dir) => {
  const descriptor = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as {
    scpkit: { source?: { path: string; sha256: string } };
    resources: { path: string }[];
  };

  it('validates with no problem', () => {
    expect(validateDatasetFolder(dir).problems.map(formatDatasetProblem)).toEqual([]);
  });

  it('has a datapackage.json identical to what scpkit describe writes', () => {
    expect(describeFolder(dir).text).toBe(readFileSync(join(dir, 'datapackage.json'), 'utf8'));
  });

  it('names a source text whose SHA-256 matches the descriptor', () => {
    expect(descriptor.scpkit.source).toBeDefined();
    const source = descriptor.scpkit.source!;
    expect(createHash('sha256').update(readFileSync(join(dir, source.path))).digest('hex')).toBe(source.sha256);
  });

  it('has every quote of every CSV verbatim in the source text', () => {
    const source = readFileSync(join(dir, descriptor.scpkit.source!.path), 'utf8');
    let quotes = 0;
    const missing: string[] = [];
    for (const resource of descriptor.resources) {
      // Read with papaparse directly, independently of the validator.
      const parsed = Papa.parse<Record<string, string>>(readFileSync(join(dir, resource.path), 'utf8'), { header: true, skipEmptyLines: 'greedy' });
      expect(parsed.errors, resource.path).toEqual([]);
      expect(parsed.meta.fields, resource.path).toContain('quote');
      parsed.data.forEach((row, i) => {
        quotes += 1;
        const quote = row['quote'] ?? '';
        if (quote === '' || !source.includes(quote)) missing.push(`${resource.path} record ${i + 1}: ${JSON.stringify(quote)}`);
      });
    }
    expect(missing).toEqual([]);
    expect(quotes).toBeGreaterThan(0);
  });

  it("has every escalation's reason, action and outcome in the report's own words (verbatim in the source text)", () => {
    const resource = descriptor.resources.find((r) => r.path === 'escalations.csv');
    if (resource === undefined) return;
    const source = readFileSync(join(dir, descriptor.scpkit.source!.path), 'utf8');
    const parsed = Papa.parse<Record<string, string>>(readFileSync(join(dir, resource.path), 'utf8'), { header: true, skipEmptyLines: 'greedy' });
    const notVerbatim = parsed.data.flatMap((row, i) =>
      (['reason', 'action', 'outcome'] as const).flatMap((field) => {
        const text = row[field] ?? '';
        return text === '' || source.includes(text) ? [] : [`escalations.csv record ${i + 1} ${field}: ${JSON.stringify(text)}`];
      }),
    );
    expect(notVerbatim).toEqual([]);
  });
});

// Checks what the trends notebook leaves in docs/figures/ for the shipped datasets: a partnership
// with one report gets no trend figure, only the skip record saying why (the figure itself is
// drawn for a partnership with two reports in packages/cli/src/acceptance/any-partnership.test.ts).
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReports } from '@scpkit/core/node';
import { projectDefaults } from '@scpkit/charts';
import { figuresDir, recordedNotebook, repoRoot } from './figure-files.test-support.js';

const defaultDataset = projectDefaults(repoRoot)!.dataset!;
const reports = loadReports(dirname(defaultDataset));

describe('trends notebook on the default dataset', () => {
  it('skips the trend figure with its reason when the partnership has one report', () => {
    expect(reports).toHaveLength(1);
    expect(existsSync(`${figuresDir}trends.vl.json`)).toBe(false);
    const record = JSON.parse(readFileSync(`${figuresDir}trends.skipped.json`, 'utf8')) as { id: string; reason: string };
    expect(record).toEqual({
      id: 'trends',
      reason: `${basename(dirname(defaultDataset))}/ holds 1 report (${reports[0]!.descriptor.scpkit.period}): a trend needs two or more`,
    });
    expect(recordedNotebook('trends')).toBe('notebooks/trends.ipynb');
  });
});

import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportCommand } from './export.js';
import { recordingIO } from './test-io.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const eastSussex = join(root, 'datasets/east-sussex/2021-22');

describe('scpkit export --format ees', () => {
  it('writes the East Sussex report as EES file pairs that pass --check, at Local authority level with its codes', async () => {
    const out = mkdtempSync(join(tmpdir(), 'scpkit-ees-'));
    const io = recordingIO(root);
    expect(await exportCommand.run([eastSussex, '--format', 'ees', '--out', out], io)).toBe(0);
    expect(io.stderr).toEqual([]);
    expect(readdirSync(out).sort()).toEqual(['chart_series.csv', 'chart_series.meta.csv', 'context_values.csv', 'context_values.meta.csv', 'figures.csv', 'figures.meta.csv']);
    const values = readFileSync(join(out, 'context_values.csv'), 'utf8').split('\n');
    expect(values[0]).toBe('time_period,time_identifier,geographic_level,country_code,country_name,old_la_code,new_la_code,la_name,indicator_id,indicator,count');
    // The report's 4,169 referrals in 2021/22 (datasets/east-sussex/2021-22/context-values.csv).
    expect(values).toContain("202122,Financial year,Local authority,E92000001,England,845,E10000011,East Sussex,referrals-statutory-social-care,Referrals to statutory social care,4169");
    const figures = readFileSync(join(out, 'figures.csv'), 'utf8');
    // Never a blank indicator: the indicator columns (after the three filters) are all filled.
    expect(io.stdout.some((l) => /figures\.csv: \d+ rows, \d+ metadata rows; \d+ rows left out:/.test(l))).toBe(true);
    // Published data: no value is withheld.
    expect(figures.split('\n').filter((l) => l.split(',').includes('c'))).toEqual([]);

    const check = recordingIO(root);
    expect(await exportCommand.run(['--check', out], check)).toBe(0);
    expect(check.stdout.at(-1)).toMatch(/: 3 file pairs checked, 0 failures$/);
  });

  it('writes withheld values of a protect dataset as c', async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'scpkit-ees-protect-'));
    const dir = join(scratch, 'ds');
    cpSync(eastSussex, dir, { recursive: true, filter: (p) => !p.endsWith('.test.ts') });
    const descriptor = readFileSync(join(dir, 'datapackage.json'), 'utf8').replace(/"disclosure": "published"/g, '"disclosure": "protect"');
    writeFileSync(join(dir, 'datapackage.json'), descriptor);
    const io = recordingIO(root);
    expect(await exportCommand.run([dir, '--format', 'ees', '--out', join(scratch, 'out')], io)).toBe(0);
    const chart = readFileSync(join(scratch, 'out', 'chart_series.csv'), 'utf8').split('\n').slice(1).filter((l) => l !== '');
    expect(chart.length).toBeGreaterThan(10);
    for (const line of chart) expect(line.endsWith(',c') || Number(line.split(',').at(-1)) === 0 || Number(line.split(',').at(-1)) > 5, line).toBe(true);
  });

  it('refuses a dataset without local authority codes, a missing folder and bad usage', async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'scpkit-ees-nola-'));
    cpSync(eastSussex, scratch, { recursive: true, filter: (p) => !p.endsWith('.test.ts') });
    const d = JSON.parse(readFileSync(join(scratch, 'datapackage.json'), 'utf8'));
    delete d.scpkit.localAuthorities;
    writeFileSync(join(scratch, 'datapackage.json'), `${JSON.stringify(d, null, 2)}\n`);
    const io = recordingIO(root);
    expect(await exportCommand.run([scratch, '--format', 'ees', '--out', join(scratch, 'out')], io)).toBe(1);
    expect(io.stderr).toHaveLength(1);
    expect(io.stderr[0]).toMatch(/^scpkit export: .*datapackage\.json scpkit\.localAuthorities is needed for the open data export/);
    const usage = recordingIO(root);
    expect(await exportCommand.run([eastSussex, '--format', 'csv', '--out', scratch], usage)).toBe(2);
    expect(usage.stderr[0]).toBe('scpkit export: --format must be ees (got "csv")');
    const missing = recordingIO(root);
    expect(await exportCommand.run(['--check', join(scratch, 'nope')], missing)).toBe(2);
  });

  it('--check names file, row and column of each failure in a folder of EES files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scpkit-ees-broken-'));
    const corpus = fileURLToPath(new URL('../ees/__corpus__/colon-symbol/', import.meta.url));
    cpSync(join(corpus, 'data.csv'), join(dir, 'data.csv'));
    cpSync(join(corpus, 'data.meta.csv'), join(dir, 'data.meta.csv'));
    writeFileSync(join(dir, 'orphan.csv'), 'a\n1\n');
    const io = recordingIO(dir);
    expect(await exportCommand.run(['--check', '.'], io)).toBe(1);
    expect(io.stdout).toContain('data.csv:3:children_count: ":" is an obsolete symbol: use x (not available) or low');
    expect(io.stdout).toContain('orphan.csv:-:-: has no metadata file orphan.meta.csv beside it');
  });
});

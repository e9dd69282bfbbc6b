import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { standardSchemas } from '@scpkit/core';
import { initCommand } from './init.js';
import { recordingIO } from './test-io.js';
import { validateCommand } from './validate.js';

describe('scpkit init', () => {
  it('writes an empty dataset in the report format that validate passes and calls empty', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'scpkit-init-'));
    const io = recordingIO(cwd);
    expect(await initCommand.run(['Northby', '2022/23'], io)).toBe(0);
    const folder = join(cwd, 'datasets', 'northby', '2022-23');
    expect(io.stdout[0]).toBe('datasets/northby/2022-23: new dataset, 17 files (README.md, acronyms.csv, board-members.csv, budget-lines.csv, budget-statements.csv, budget-totals.csv, chart-series.csv, claims.csv, context-indicators.csv, context-values.csv, datapackage.json, escalations.csv, figures.csv, partnership-groups.csv, priorities.csv, quarterly-indicators.csv, source.txt)');
    for (const [name, schema] of Object.entries(standardSchemas)) {
      expect(readFileSync(join(folder, `${name}.csv`), 'utf8')).toBe(`${schema.fields.map((f) => f.name).join(',')}\n`);
    }
    const descriptor = JSON.parse(readFileSync(join(folder, 'datapackage.json'), 'utf8'));
    expect(descriptor.scpkit).toMatchObject({ format: '1.1', partnership: 'Northby', period: '2022/23', source: { path: 'source.txt' } });
    expect(descriptor.title).toBe('Northby Safeguarding Children Partnership annual report 2022/23');
    expect(readFileSync(join(folder, 'README.md'), 'utf8')).toContain('scpkit describe datasets/northby/2022-23');

    const check = recordingIO(cwd);
    expect(await validateCommand.run(['datasets/northby/2022-23'], check)).toBe(0);
    expect(check.stdout[0]).toBe('datasets/northby/2022-23: valid (Northby Safeguarding Children Partnership annual report 2022/23), empty: every CSV has its header and no rows yet (see its README.md for what to fill)');
  });

  it('never overwrites a folder that holds files, and refuses a period that is not a financial year', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'scpkit-init-'));
    expect(await initCommand.run(['Northby', '2022/23'], recordingIO(cwd))).toBe(0);
    writeFileSync(join(cwd, 'datasets/northby/2022-23/figures.csv'), 'mine\n');
    const again = recordingIO(cwd);
    expect(await initCommand.run(['Northby', '2022/23'], again)).toBe(2);
    expect(again.stderr[0]).toMatch(/^scpkit init: initDataset: .*already holds files: initDataset never overwrites a dataset/);
    expect(readFileSync(join(cwd, 'datasets/northby/2022-23/figures.csv'), 'utf8')).toBe('mine\n');
    const bad = recordingIO(cwd);
    expect(await initCommand.run(['Northby', '2022-23'], bad)).toBe(2);
    expect(bad.stderr[0]).toContain("must be a financial year written 'YYYY/YY'");
    expect(existsSync(join(cwd, 'datasets/northby/2022-23-x'))).toBe(false);
    const usage = recordingIO(cwd);
    expect(await initCommand.run(['Northby'], usage)).toBe(2);
    expect(usage.stderr[0]).toContain('Usage: scpkit init <partnership> <period>');
  });
});

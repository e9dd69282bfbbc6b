import { mkdtempSync, readFileSync, existsSync, writeFileSync, mkdirSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { absent, found } from '@scpkit/core';
import { setFigureWriteContext, type SkippedFigure } from '../figure-context.js';
import { rankedBars } from '../ranked-bars.js';
import { captureDisplays } from '../test-support.js';
import { openReport } from './open-report.js';
import { projectDefaults } from './project-defaults.js';

const repo = fileURLToPath(new URL('../../../../', import.meta.url));
const shipped = projectDefaults(repo)!.dataset!;

afterEach(() => setFigureWriteContext(undefined));

describe('projectDefaults', () => {
  it('reads the default dataset and figures folder from the nearest package.json with an scpkit block', () => {
    const d = projectDefaults(join(repo, 'notebooks'))!;
    expect(d.root).toBe(repo.replace(/\/$/, ''));
    expect(d.figures).toBe(join(repo, 'docs/figures'));
    expect(existsSync(join(d.dataset!, 'datapackage.json'))).toBe(true);
  });

  it('is undefined outside any such project', () => {
    expect(projectDefaults(mkdtempSync(join(tmpdir(), 'scpkit-no-project-')))).toBeUndefined();
  });
});

describe('openReport', () => {
  it('draws a figure when its needs are found and skips it with the reason otherwise, leaving a skip record', async () => {
    const figures = mkdtempSync(join(tmpdir(), 'scpkit-open-report-'));
    const skipped: SkippedFigure[] = [];
    setFigureWriteContext({ notebook: 'notebooks/x.ipynb', onSkip: (s) => skipped.push(s) });
    const report = openReport({ dataset: shipped, figures });
    expect(report.partnership).toBe(report.dataset.descriptor.scpkit.partnership);
    const lines: string[] = [];
    const log = console.log;
    console.log = (line: string) => lines.push(line);
    try {
      await captureDisplays(async () => {
        await report.figure('drawn', { n: report.value('training-participants') }, ({ n }) =>
          rankedBars([{ category: 'Participants', value: n }], { id: 'drawn', title: 'Participants', description: `${n} participants.`, valueTitle: 'Participants', categoryTitle: 'Measure' }),
        );
        await report.figure('not-drawn', { n: report.value('no-such-measure'), m: absent('no m') }, () => {
          throw new Error('never built');
        });
        await report.section('a table', { x: found(1), y: absent('no y') }, () => {
          throw new Error('never shown');
        });
      });
    } finally {
      console.log = log;
    }
    expect(readFileSync(join(figures, 'drawn.csv'), 'utf8')).toContain('Participants,869');
    expect(lines).toEqual(['skipped not-drawn: figures.csv has no row for measure "no-such-measure"; no m', 'not shown: a table: no y']);
    expect(skipped).toEqual([{ id: 'not-drawn', reason: 'figures.csv has no row for measure "no-such-measure"; no m', notebook: 'notebooks/x.ipynb' }]);
    // The record is the same whoever runs the notebook: the runner (told through onSkip) records the notebook.
    expect(JSON.parse(readFileSync(join(figures, 'not-drawn.skipped.json'), 'utf8'))).toEqual({ id: 'not-drawn', reason: skipped[0]!.reason });
  });

  it('a figure drawn after being skipped loses its skip record, and a skipped one loses its stale files', async () => {
    const figures = mkdtempSync(join(tmpdir(), 'scpkit-open-report-'));
    writeFileSync(join(figures, 'drawn.skipped.json'), '{"id":"drawn","reason":"old"}\n');
    writeFileSync(join(figures, 'gone.csv'), 'stale\n');
    const report = openReport({ dataset: shipped, figures });
    const log = console.log;
    console.log = () => {};
    try {
      await captureDisplays(async () => {
        await report.figure('drawn', { n: report.value('training-participants') }, ({ n }) =>
          rankedBars([{ category: 'Participants', value: n }], { id: 'drawn', title: 'Participants', description: `${n} participants.`, valueTitle: 'Participants', categoryTitle: 'Measure' }),
        );
        await report.figure('gone', { n: absent('gone') }, () => {
          throw new Error('never built');
        });
      });
    } finally {
      console.log = log;
    }
    expect(existsSync(join(figures, 'drawn.skipped.json'))).toBe(false);
    expect(existsSync(join(figures, 'gone.csv'))).toBe(false);
    expect(existsSync(join(figures, 'gone.skipped.json'))).toBe(true);
  });

  it('names the parameter when no dataset can be found', () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'scpkit-no-project-'));
    const cwd = process.cwd();
    const env = process.env['SCPKIT_DATASET'];
    delete process.env['SCPKIT_DATASET'];
    try {
      process.chdir(elsewhere);
      expect(() => openReport({ dataset: '' })).toThrow(/notebook parameter "dataset": no dataset folder given/);
    } finally {
      process.chdir(cwd);
      if (env !== undefined) process.env['SCPKIT_DATASET'] = env;
    }
  });
});

import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DatasetError, DESCRIPTOR_FILE, formatDatasetProblem, type Dataset, type SpcRunLength } from '@scpkit/core';
import { entryExists, loadDataset } from '@scpkit/core/node';
import { DASHBOARD_YEAR_ON_YEAR_PERCENT, dashboardIndexHtml, dashboardModel, projectDefaults, renderDashboard } from '@scpkit/charts';
import type { Command } from './command.js';
import { displayPath } from './display-path.js';
import { countOf } from '../count-of.js';
import { findDatasetsReporting } from './find-datasets-reporting.js';

const USAGE = 'scpkit dashboard [dir] --out <dir> [--year-on-year <percent>] [--run-length 6|7]';

/** The page `scpkit dashboard` writes in its `--out` folder. */
export const DASHBOARD_FILE = 'index.html';

/**
 * `scpkit dashboard [dir] --out <dir>`: writes the quarterly performance dashboard of the dataset in
 * `dir` (default: the project's dataset, `package.json` "scpkit.dataset") as one self-contained web
 * page, `<out>/index.html` (for a folder holding several datasets: `<out>/<dataset name>/index.html`
 * for each partnership report, comparators datasets skipped, and `<out>/index.html` listing them): one section per indicator group, each quarterly indicator with its XmR
 * chart (inline SVG), Making Data Count icons in words and colour, latest value and changes; a
 * summary table of every indicator; the escalation candidates with their reasons and the recorded
 * escalations with their actions; the annual indicators the report prints. Nothing is loaded from
 * the network when the page is opened. A dataset with a resource marked `protect` (the default) is read
 * through disclosure control first (`protectDataset`, via `dashboardModel`): counts from 1 to 5 and
 * what would give them back are `[c]`, and an indicator with a `[c]` quarter has no process chart.
 * Exit 0 written; 1 a dataset is invalid (its problems are
 * printed as `scpkit validate` prints them; the others are still written) or a folder cannot be
 * listed; 2 usage error, no such directory or no dataset.
 */
export const dashboardCommand: Command = {
  name: 'dashboard',
  summary: 'write the quarterly performance dashboard (SPC on every indicator, escalations) as a web page',
  usage: 'scpkit dashboard [dir] --out <dir>',
  run: async (args, io) => {
    let parsed: { dir: string | undefined; out: string; yearOnYearPercent: number; runLength: SpcRunLength } | 'help';
    try {
      parsed = parseDashboardArgs(args);
    } catch (error) {
      io.err(`scpkit dashboard: ${error instanceof Error ? error.message : String(error)}\nUsage: ${USAGE}`);
      return 2;
    }
    if (parsed === 'help') {
      io.out(`Usage: ${USAGE}`);
      io.out('Writes <out>/index.html: the dataset\'s quarterly-indicators with statistical process control (XmR, Making Data Count rules),');
      io.out('escalation candidates, the escalations it records and its annual indicators. The page is self-contained (no network).');
      io.out('[dir]                    the dataset folder, or a folder of datasets (one page each); default: the project\'s own (package.json "scpkit.dataset")');
      io.out('--out <dir>              folder to write index.html to (created if need be)');
      io.out(`--year-on-year <percent> escalate a change of at least this many per cent on a year earlier (default ${DASHBOARD_YEAR_ON_YEAR_PERCENT})`);
      io.out('--run-length 6|7         points in a row on one side of the mean that make a shift (default 7)');
      return 0;
    }
    const dir = parsed.dir === undefined ? projectDefaults(io.cwd)?.dataset : resolve(io.cwd, parsed.dir);
    if (dir === undefined) {
      io.err(`scpkit dashboard: no dataset folder given and the project names none ("scpkit": { "dataset": ... } in package.json)\nUsage: ${USAGE}`);
      return 2;
    }
    const shown = displayPath(io.cwd, dir);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      io.err(`scpkit dashboard: no such directory: ${shown}`);
      return 2;
    }
    const single = entryExists(join(dir, DESCRIPTOR_FILE));
    const found = single ? { dirs: [dir], skipped: 0 } : findDatasetsReporting(dir, 'dashboard', io);
    if (found.dirs.length === 0) {
      io.err(`scpkit dashboard: no dataset (a folder with ${DESCRIPTOR_FILE}) found in ${shown}`);
      return found.skipped > 0 ? 1 : 2;
    }
    const outDir = resolve(io.cwd, parsed.out);
    let failed = found.skipped > 0;
    const written: { name: string; title: string; file: string }[] = [];
    for (const datasetDir of found.dirs) {
      const datasetShown = displayPath(io.cwd, datasetDir);
      let dataset: Dataset;
      try {
        dataset = loadDataset(datasetDir);
      } catch (error) {
        if (!(error instanceof DatasetError)) throw error;
        for (const problem of error.problems) io.err(formatDatasetProblem({ ...problem, file: join(datasetShown, problem.file) }));
        io.err(`scpkit dashboard: ${datasetShown} is not a valid dataset (${countOf(error.problems.length, 'problem')}); run "scpkit validate ${datasetShown}"`);
        failed = true;
        continue;
      }
      // A comparators dataset (scpkit.kind, e.g. England's published rates) is no partnership's dashboard.
      if (!single && dataset.descriptor.scpkit.kind === 'comparators') {
        io.out(`${datasetShown}: skipped, a comparators dataset (scpkit.kind), not a partnership's report`);
        continue;
      }
      // Disclosure control: dashboardModel reads a dataset with a "protect" resource through protectDataset.
      const model = dashboardModel(dataset, { yearOnYearPercent: parsed.yearOnYearPercent, runLength: parsed.runLength });
      if (model.disclosure === 'protect') {
        io.out(`${datasetShown}: disclosure control: ${countOf(model.withheldCount, 'value')} withheld (resources marked "protect"); the page shows counts from 1 to 5 as [c]`);
      }
      const html = await renderDashboard(model);
      // One dataset: <out>/index.html; a folder of datasets: <out>/<dataset name>/index.html and an index of them.
      const pageDir = single ? outDir : join(outDir, dataset.descriptor.name);
      mkdirSync(pageDir, { recursive: true });
      const file = join(pageDir, DASHBOARD_FILE);
      writeFileSync(file, html);
      written.push({ name: dataset.descriptor.name, title: dataset.descriptor.title, file });
      const annual = model.groups.reduce((n, g) => n + g.annual.length, 0);
      io.out(
        `${displayPath(io.cwd, file)}: ${countOf(model.indicators.length, 'quarterly indicator')} in ${countOf(model.groups.length, 'group')}, ` +
          `${countOf(annual, 'annual indicator')}, ${countOf(model.candidates.length, 'escalation candidate')}, ${countOf(model.escalations.length, 'recorded escalation')}`,
      );
    }
    if (!single && written.length > 0) {
      const index = join(outDir, DASHBOARD_FILE);
      writeFileSync(index, dashboardIndexHtml(written.map((w) => ({ href: `${w.name}/${DASHBOARD_FILE}`, title: w.title }))));
      io.out(`${displayPath(io.cwd, index)}: index of ${countOf(written.length, 'dashboard')}`);
    }
    return failed ? 1 : 0;
  },
};

function parseDashboardArgs(args: readonly string[]): { dir: string | undefined; out: string; yearOnYearPercent: number; runLength: SpcRunLength } | 'help' {
  const parsed = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      'year-on-year': { type: 'string' },
      'run-length': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (parsed.values.help) return 'help';
  if (parsed.positionals.length > 1) throw new Error(`expected at most one dataset directory, got ${parsed.positionals.length}`);
  const out = parsed.values.out;
  if (out === undefined || out === '') throw new Error('--out <dir> is required: the folder to write index.html to');
  let yearOnYearPercent = DASHBOARD_YEAR_ON_YEAR_PERCENT;
  const yoy = parsed.values['year-on-year'];
  if (yoy !== undefined) {
    yearOnYearPercent = Number(yoy);
    if (yoy.trim() === '' || !Number.isFinite(yearOnYearPercent) || yearOnYearPercent <= 0) throw new Error(`--year-on-year must be a number greater than 0 (got "${yoy}")`);
  }
  let runLength: SpcRunLength = 7;
  const run = parsed.values['run-length'];
  if (run !== undefined) {
    if (run !== '6' && run !== '7') throw new Error(`--run-length must be 6 or 7 (got "${run}")`);
    runLength = Number(run) as SpcRunLength;
  }
  return { dir: parsed.positionals[0], out, yearOnYearPercent, runLength };
}

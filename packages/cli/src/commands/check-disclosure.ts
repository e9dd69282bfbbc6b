import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DatasetError, DESCRIPTOR_FILE, formatDatasetProblem, protectDataset, resourceDisclosure, type Dataset } from '@scpkit/core';
import { entryExists, loadDataset } from '@scpkit/core/node';
import { countOf } from '../count-of.js';
import { outputRisks } from '../disclosure/output-risks.js';
import type { Command, CommandIO } from './command.js';
import { displayPath } from './display-path.js';
import { findDatasetsReporting } from './find-datasets-reporting.js';

const USAGE = 'scpkit check-disclosure [dir] [--all]';

/**
 * `scpkit check-disclosure [dir] [--all]`: lists every disclosure risk, one line each,
 * `file:row:field: message`.
 *
 * - A dataset folder (`dir` has `datapackage.json`, or every dataset below `dir`): each value of a
 *   `protect` resource that must not be published as it is (a count from 1 to 5, a count that would let
 *   one be worked out from a total, a figure derived from one: what `protectDataset` withholds, and what
 *   every output shows as `[c]`). `published` resources are already public and are not listed.
 * - Written outputs (`dir`, `dir/figures`, `dir/notebooks`, as `scpkit reproduce --out` writes them):
 *   each figure written from protected data (`usermeta.scpkit.disclosure` in its `.vl.json`), its CSV
 *   and inline data, and then every executed notebook's tables and Markdown and the gallery: a whole
 *   number from 1 to 5, or a `[c]` that a "Total" row gives back. `--all` checks every figure, also
 *   those written from published data.
 * - Dashboard pages (`scpkit dashboard --out dir`: `dir/index.html`, `dir/<name>/index.html`)
 *   written from protected data (`--all`: every one): a value of unit count from 1 to 5, a bare table
 *   cell from 1 to 5, a `[c]` quarter that a year total on the page gives back, a small number in the
 *   report's words it quotes.
 *
 * Exit 0 when nothing is found, 1 when there is a risk (or a dataset is invalid), 2 for a usage error,
 * a missing directory, or a directory with neither a dataset nor outputs.
 */
export const checkDisclosureCommand: Command = {
  name: 'check-disclosure',
  summary: 'list every count 1-5 or recoverable [c] in a dataset or in written outputs',
  usage: USAGE,
  run: async (args, io) => {
    let options: { dir: string; all: boolean };
    try {
      const parsed = parseArgs({ args: [...args], allowPositionals: true, options: { all: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } } });
      if (parsed.values.help === true) {
        io.out(`Usage: ${USAGE}`);
        io.out('Lists every disclosure risk in a dataset (its protect resources) or in written outputs (figures, notebooks, gallery, dashboard pages).');
        io.out('Exit 0 no risk, 1 risks (one line each), 2 usage error.');
        return 0;
      }
      if (parsed.positionals.length > 1) throw new Error(`expected at most one directory, got ${parsed.positionals.length}`);
      options = { dir: parsed.positionals[0] ?? 'datasets', all: parsed.values.all };
    } catch (error) {
      io.err(`scpkit check-disclosure: ${error instanceof Error ? error.message : String(error)}\nUsage: ${USAGE}`);
      return 2;
    }
    const root = resolve(io.cwd, options.dir);
    if (!existsSync(root) || !statSync(root).isDirectory()) {
      io.err(`scpkit check-disclosure: no such directory: ${options.dir}`);
      return 2;
    }
    const atRoot = entryExists(join(root, DESCRIPTOR_FILE));
    const outputs = atRoot ? undefined : outputRisks(root, options.all);
    const found = atRoot ? { dirs: [root], skipped: 0 } : outputs?.found === true ? { dirs: [], skipped: 0 } : findDatasetsReporting(root, 'check-disclosure', io);
    if (found.dirs.length === 0 && outputs?.found !== true) {
      io.err(`scpkit check-disclosure: no dataset (a folder with ${DESCRIPTOR_FILE}) and no written outputs (figures, notebooks, gallery, dashboard pages) found in ${options.dir}`);
      return found.skipped > 0 ? 1 : 2;
    }
    let risky = found.skipped > 0;
    for (const dir of found.dirs) if (!checkDataset(dir, io)) risky = true;
    if (outputs !== undefined && outputs.found) {
      const shown = displayPath(io.cwd, root);
      for (const risk of outputs.risks) io.out(`${displayPath(io.cwd, risk.file)}:${risk.where}: ${risk.message}`);
      const { dashboards } = outputs;
      if (!outputs.figureOutputs) {
        // Only dashboard pages (scpkit dashboard --out).
      } else if (!outputs.protectedRun) {
        io.out(`${shown}: no figure written from protected data (run with --all to check the figures of published data too)`);
      } else {
        io.out(`${shown}: ${countOf(outputs.risks.length - dashboards.risks, 'risk')} in ${countOf(outputs.checkedFigures, 'figure')}, ${countOf(outputs.notebooks, 'notebook')} and the gallery`);
      }
      if (dashboards.pages > 0) {
        const unchecked = dashboards.pages - dashboards.checked;
        io.out(
          `${shown}: ${countOf(dashboards.risks, 'risk')} in ${countOf(dashboards.checked, 'dashboard page')} written from protected data` +
            (unchecked > 0 ? ` (${countOf(unchecked, 'page')} of published data not checked; --all checks them too)` : ''),
        );
      }
      if (outputs.risks.length > 0) risky = true;
    }
    return risky ? 1 : 0;
  },
};

/** Lists the risks of one dataset folder; false when it has any (or is invalid). */
function checkDataset(dir: string, io: CommandIO): boolean {
  const shown = displayPath(io.cwd, dir);
  let dataset: Dataset;
  try {
    dataset = loadDataset(dir);
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    for (const problem of error.problems) io.err(formatDatasetProblem({ ...problem, file: join(shown, problem.file) }));
    io.err(`scpkit check-disclosure: ${shown} is not a valid dataset (${countOf(error.problems.length, 'problem')}); run "scpkit validate ${shown}"`);
    return false;
  }
  const { withheld } = protectDataset(dataset);
  for (const w of withheld) {
    const detail = w.message.replace(/^[^:]+: /, '');
    io.out(`${join(shown, `${w.resource}.csv`)}:${w.row}:${w.field}: ${detail} (resource marked "protect": do not publish this file as it is)`);
  }
  const names = dataset.descriptor.resources.map((r) => r.name);
  const published = names.filter((n) => resourceDisclosure(dataset, n) === 'published');
  io.out(
    `${shown}: ${countOf(withheld.length, 'risk')} in ${countOf(names.length - published.length, 'protected resource')}${published.length > 0 ? ` (${countOf(published.length, 'resource')} marked "published", already public, not checked)` : ''}`,
  );
  return withheld.length === 0;
}

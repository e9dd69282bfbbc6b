import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DatasetError, DESCRIPTOR_FILE, formatDatasetProblem, InvalidInputError, type Dataset } from '@scpkit/core';
import { entryExists, loadDataset } from '@scpkit/core/node';
import { countOf } from '../count-of.js';
import { checkEesPair, formatEesFailure, type EesFailure } from '../ees/check-ees.js';
import { csvText, exportEes } from '../ees/export-ees.js';
import type { Command, CommandIO } from './command.js';
import { displayPath } from './display-path.js';

const USAGE = 'scpkit export <dataset> --format ees --out <dir>  |  scpkit export --check <dir>';

/**
 * `scpkit export <dataset> --format ees --out <dir>`: writes each numeric resource of the dataset
 * (figures, context values, chart points) as a tidy CSV with its `.meta.csv`, in the DfE open data
 * standard for Explore Education Statistics (`src/ees/ees-standard.ts` cites it), after disclosure
 * control (a value withheld from a `protect` resource is `c`); rows EES cannot hold in the file are
 * listed. The written files are screened before the command ends.
 *
 * `scpkit export --check <dir>`: runs the screener rules on every `<name>.csv` with a
 * `<name>.meta.csv` in `dir` and prints each failure as `file:row:column: message`.
 *
 * Exit 0 when written (or checked) without failure, 1 when a dataset is invalid or a file fails a
 * rule, 2 for a usage error, a missing directory or no file pair to check.
 */
export const exportCommand: Command = {
  name: 'export',
  summary: 'write a dataset as open data (DfE EES CSV + .meta.csv), or --check such files',
  usage: 'scpkit export <dataset> --format ees --out <dir>',
  run: async (args, io) => {
    let parsed: { positionals: string[]; values: { format?: string; out?: string; check?: string; help?: boolean } };
    try {
      parsed = parseArgs({ args: [...args], allowPositionals: true, options: { format: { type: 'string' }, out: { type: 'string' }, check: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
      if (parsed.values.help === true) {
        io.out('Usage: scpkit export <dataset> --format ees --out <dir>');
        io.out('       scpkit export --check <dir>');
        io.out('Writes each numeric resource as DfE open data (tidy CSV + .meta.csv), or checks such files by file, row and column.');
        io.out('Exit 0 written or passed, 1 check failures, 2 usage error or invalid dataset.');
        return 0;
      }
      if (parsed.values.check !== undefined) {
        if (parsed.positionals.length > 0 || parsed.values.format !== undefined || parsed.values.out !== undefined) throw new Error('--check <dir> takes no dataset, --format or --out');
      } else {
        if (parsed.positionals.length !== 1) throw new Error(`expected one dataset folder, got ${parsed.positionals.length}`);
        if (parsed.values.format !== 'ees') throw new Error(`--format must be ees (got ${parsed.values.format === undefined ? 'none' : JSON.stringify(parsed.values.format)})`);
        if (parsed.values.out === undefined || parsed.values.out === '') throw new Error('--out <dir> is needed');
      }
    } catch (error) {
      io.err(`scpkit export: ${error instanceof Error ? error.message : String(error)}\nUsage: ${USAGE}`);
      return 2;
    }
    if (parsed.values.check !== undefined) return checkFolder(parsed.values.check, io);
    return exportFolder(parsed.positionals[0]!, parsed.values.out!, io);
  },
};

function exportFolder(dir: string, out: string, io: CommandIO): number {
  const root = resolve(io.cwd, dir);
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    io.err(`scpkit export: no such directory: ${dir}`);
    return 2;
  }
  if (!entryExists(join(root, DESCRIPTOR_FILE))) {
    io.err(`scpkit export: ${dir} is not a dataset folder (no ${DESCRIPTOR_FILE})`);
    return 2;
  }
  const shown = displayPath(io.cwd, root);
  let dataset: Dataset;
  try {
    dataset = loadDataset(root);
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    for (const problem of error.problems) io.err(formatDatasetProblem({ ...problem, file: join(shown, problem.file) }));
    io.err(`scpkit export: ${shown} is not a valid dataset (${countOf(error.problems.length, 'problem')}); run "scpkit validate ${shown}"`);
    return 1;
  }
  let pairs;
  try {
    pairs = exportEes(dataset, join(shown, DESCRIPTOR_FILE));
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    io.err(`scpkit export: ${error.message.replace(/^exportEes: /, '')}`);
    return 1;
  }
  const target = resolve(io.cwd, out);
  mkdirSync(target, { recursive: true });
  const failures: EesFailure[] = [];
  for (const pair of pairs) {
    const data = csvText(pair.data);
    const meta = csvText(pair.meta);
    writeFileSync(join(target, `${pair.name}.csv`), data);
    writeFileSync(join(target, `${pair.name}.meta.csv`), meta);
    const dataFile = displayPath(io.cwd, join(target, `${pair.name}.csv`));
    io.out(`${dataFile}: ${countOf(pair.data.length - 1, 'row')}, ${countOf(pair.meta.length - 1, 'metadata row')}${pair.left.length > 0 ? `; ${countOf(pair.left.length, 'row')} left out:` : ''}`);
    for (const line of pair.left) io.out(`  ${line}`);
    failures.push(...checkEesPair(dataFile, data, displayPath(io.cwd, join(target, `${pair.name}.meta.csv`)), meta));
  }
  for (const f of failures) io.err(formatEesFailure(f));
  return failures.length > 0 ? 1 : 0;
}

function checkFolder(dir: string, io: CommandIO): number {
  const root = resolve(io.cwd, dir);
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    io.err(`scpkit export: no such directory: ${dir}`);
    return 2;
  }
  const names = readdirSync(root).sort();
  const dataFiles = names.filter((n) => n.endsWith('.csv') && !n.endsWith('.meta.csv'));
  const pairs = dataFiles.filter((n) => names.includes(n.replace(/\.csv$/, '.meta.csv')));
  const failures: EesFailure[] = [];
  for (const n of dataFiles.filter((d) => !pairs.includes(d))) failures.push({ file: displayPath(io.cwd, join(root, n)), row: '-', column: '-', message: `has no metadata file ${n.replace(/\.csv$/, '.meta.csv')} beside it` });
  for (const n of names.filter((m) => m.endsWith('.meta.csv') && !names.includes(m.replace(/\.meta\.csv$/, '.csv')))) {
    failures.push({ file: displayPath(io.cwd, join(root, n)), row: '-', column: '-', message: `has no data file ${n.replace(/\.meta\.csv$/, '.csv')} beside it` });
  }
  if (dataFiles.length === 0) {
    io.err(`scpkit export: no EES data file (<name>.csv with <name>.meta.csv) in ${dir}`);
    return 2;
  }
  for (const n of pairs) {
    const meta = n.replace(/\.csv$/, '.meta.csv');
    failures.push(
      ...checkEesPair(displayPath(io.cwd, join(root, n)), readFileSync(join(root, n), 'utf8'), displayPath(io.cwd, join(root, meta)), readFileSync(join(root, meta), 'utf8')),
    );
  }
  for (const f of failures) io.out(formatEesFailure(f));
  io.out(`${displayPath(io.cwd, root)}: ${countOf(pairs.length, 'file pair')} checked, ${countOf(failures.length, 'failure')}`);
  return failures.length > 0 ? 1 : 0;
}

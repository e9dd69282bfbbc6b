import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { claimRegisterProblems, DESCRIPTOR_FILE, formatDatasetProblem, indicatorSeries, type Dataset, type DatasetProblem, type DatasetSummary, type SeriesRevision } from '@scpkit/core';
import { entryExists, validateDatasetFolder } from '@scpkit/core/node';
import { findDatasetsReporting } from './find-datasets-reporting.js';
import type { Command, CommandIO } from './command.js';
import { displayPath } from './display-path.js';
import { countOf } from '../count-of.js';

const USAGE = 'scpkit validate [dir] [--json]';

/** One dataset's validation as `scpkit validate --json` reports it; problem files are relative to the working directory. */
export interface DatasetReport {
  readonly dir: string;
  readonly valid: boolean;
  readonly summary: DatasetSummary;
  readonly problems: readonly DatasetProblem[];
}

/** Two reports of one partnership that print different values for the same indicator and year (the series keeps the later). */
export interface RevisionReport {
  readonly partnership: string;
  readonly revision: SeriesRevision;
}

/**
 * `scpkit validate [dir] [--json]`: validates the dataset in `dir` (default `datasets`) or, when `dir`
 * has no `datapackage.json`, every dataset below it. Valid: a summary per dataset (rows and fields
 * per resource, totals), exit 0. Invalid: one `file:row:field: message` line per problem (file
 * relative to the working directory) and a count, exit 1. A folder below `dir` that cannot be listed
 * is named on stderr and skipped, exit 1. No such directory or no dataset: exit 2.
 */
export const validateCommand: Command = {
  name: 'validate',
  summary: 'check dataset folders against their datapackage.json',
  usage: USAGE,
  run: async (args, io) => {
    let options: { dir: string; json: boolean };
    try {
      const parsed = parseArgs({ args: [...args], allowPositionals: true, options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } } });
      if (parsed.values.help === true) {
        io.out(`Usage: ${USAGE}`);
        io.out('Validates the dataset in dir (default: datasets) or every dataset below it; lists values a later report revises.');
        io.out('Exit 0 valid, 1 problems (one file:row:field: message line each), 2 usage error or no dataset.');
        return 0;
      }
      if (parsed.positionals.length > 1) throw new Error(`expected at most one directory, got ${parsed.positionals.length}`);
      options = { dir: parsed.positionals[0] ?? 'datasets', json: parsed.values.json };
    } catch (error) {
      io.err(`scpkit validate: ${error instanceof Error ? error.message : String(error)}\nUsage: ${USAGE}`);
      return 2;
    }
    const root = resolve(io.cwd, options.dir);
    if (!existsSync(root) || !statSync(root).isDirectory()) {
      io.err(`scpkit validate: no such directory: ${options.dir}`);
      return 2;
    }
    const { dirs, skipped } = entryExists(join(root, DESCRIPTOR_FILE)) ? { dirs: [root], skipped: 0 } : findDatasetsReporting(root, 'validate', io);
    if (dirs.length === 0) {
      io.err(`scpkit validate: no dataset (a folder with ${DESCRIPTOR_FILE}) found in ${options.dir}`);
      return skipped > 0 ? 1 : 2;
    }
    const validated = dirs.map((dir) => validateFolder(dir, io.cwd));
    const reports = validated.map((v) => v.report);
    const revisions = revisionsAcrossReports(validated.flatMap((v) => (v.dataset === undefined ? [] : [v.dataset])));
    if (options.json) io.out(JSON.stringify({ datasets: reports, revisions }, null, 2));
    else {
      printReports(reports, io);
      printRevisions(revisions, io);
    }
    return reports.every((r) => r.valid) && skipped === 0 ? 0 : 1;
  },
};

/**
 * Validates one dataset folder, rewriting problem files relative to `cwd`. A folder whose tables are
 * valid and that holds a claims register also has every claim's references resolved, so a dangling
 * or malformed reference is reported here and not first by `scpkit audit`.
 */
export function validateFolder(dir: string, cwd: string): { report: DatasetReport; dataset: Dataset | undefined } {
  const { problems: tableProblems, summary, dataset } = validateDatasetFolder(dir);
  const problems = dataset === undefined ? tableProblems : claimsProblems(dataset);
  const report = {
    dir: displayPath(cwd, dir),
    valid: problems.length === 0,
    summary,
    problems: problems.map((p) => ({ ...p, file: displayPath(cwd, join(dir, p.file)) })),
  };
  return { report, dataset: problems.length === 0 ? dataset : undefined };
}

/** Revisions between the valid reports of each partnership that has two or more (see `indicatorSeries`). */
function revisionsAcrossReports(datasets: readonly Dataset[]): RevisionReport[] {
  const byPartnership = new Map<string, Dataset[]>();
  for (const d of datasets) byPartnership.set(d.descriptor.scpkit.partnership, [...(byPartnership.get(d.descriptor.scpkit.partnership) ?? []), d]);
  const out: RevisionReport[] = [];
  for (const [partnership, reports] of byPartnership) {
    const periods = new Set(reports.map((r) => r.descriptor.scpkit.period));
    if (reports.length < 2 || periods.size < reports.length) continue;
    try {
      for (const revision of indicatorSeries(reports).revisions) out.push({ partnership, revision });
    } catch {
      // Reports whose periods are not years have no series; validation has nothing more to say.
    }
  }
  return out;
}

function printRevisions(revisions: readonly RevisionReport[], io: CommandIO): void {
  for (const { partnership, revision: r } of revisions) {
    const where = (s: SeriesRevision['earlier']['source']) => `${s.report} (${s.resource}.csv${s.row === null ? '' : `:${s.row}`}, section ${s.section})`;
    io.out(`revision: ${partnership} ${r.key} ${r.period}: ${r.earlier.value} in ${where(r.earlier.source)}, ${r.later.value} in ${where(r.later.source)}; the series keeps ${r.later.value}`);
  }
  if (revisions.length > 0) io.out(`${revisions.length === 1 ? '1 revision' : `${revisions.length} revisions`} between reports`);
}

/** The claims register's problems as dataset problems (`claims.csv:row:field: message [claim id]`). */
function claimsProblems(dataset: Dataset): DatasetProblem[] {
  if (dataset.tables.claims === undefined) return [];
  return claimRegisterProblems(dataset).map((p) => ({
    file: 'claims.csv',
    row: p.row,
    field: p.field,
    code: 'invalid-claim',
    message: `${p.message} [${p.claim}]`,
  }));
}

function printReports(reports: readonly DatasetReport[], io: CommandIO): void {
  let problemCount = 0;
  for (const report of reports) {
    if (report.valid) {
      const empty = report.summary.totals.rows === 0 ? ', empty: every CSV has its header and no rows yet (see its README.md for what to fill)' : '';
      io.out(`${report.dir}: valid${report.summary.title === undefined ? '' : ` (${report.summary.title})`}${empty}`);
      printSummary(report.summary, io);
    } else {
      for (const problem of report.problems) io.out(formatDatasetProblem(problem));
      problemCount += report.problems.length;
    }
  }
  const invalid = reports.filter((r) => !r.valid).length;
  const datasets = countOf(reports.length, 'dataset');
  if (invalid === 0) io.out(`${datasets} valid`);
  else io.out(`${countOf(problemCount, 'problem')} in ${invalid} of ${datasets}`);
}

function printSummary(summary: DatasetSummary, io: CommandIO): void {
  const width = summary.resources.reduce((widest, r) => Math.max(widest, r.name.length), 8);
  const row = (name: string, rows: number | string, fields: number | string) => `  ${name.padEnd(width)}  ${String(rows).padStart(6)}  ${String(fields).padStart(6)}`;
  io.out(row('resource', 'rows', 'fields'));
  for (const resource of summary.resources) io.out(row(resource.name, resource.rows, resource.fields));
  const { resources, rows, fields } = summary.totals;
  io.out(row(countOf(resources, 'resource'), rows, fields));
}

import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  auditClaims,
  ClaimRegisterError,
  countClaimStatuses,
  DatasetError,
  DESCRIPTOR_FILE,
  formatClaimProblem,
  formatDatasetProblem,
  groupClaimsByStatus,
  type ClaimAuditOptions,
  type ClaimAuditResult,
  type Dataset,
  type PrintedRounding,
} from '@scpkit/core';
import { entryExists, loadDataset } from '@scpkit/core/node';
import { findDatasetsReporting } from './find-datasets-reporting.js';
import type { Command, CommandIO } from './command.js';
import { displayPath } from './display-path.js';
import { countOf } from '../count-of.js';

const USAGE =
  'scpkit audit [dir] [--json] [--rounding half-up|half-even|truncate] [--tolerance N] [--flat-within-percent P | --flat-within-absolute N]';

/** One audited claim as `scpkit audit --json` prints it: the audit result and the dataset folder it belongs to. */
export type AuditedClaim = ClaimAuditResult & { readonly dataset: string };

/**
 * `scpkit audit [dir] [--json]`: audits the claims register (`claims.csv`) of the dataset in `dir`
 * (default `datasets`) or, when `dir` has no `datapackage.json`, of every dataset below it that
 * has one. Prints the claims grouped by status, inconsistent first, with counts per status;
 * `--json` prints one array of `{ dataset, id, section, quote, kind, stated, statedValue, computed,
 * computedValue, status, explanation, references }`. The audit's options are flags (defaults as in
 * `auditClaims`). Exit 0 when the audit ran, whatever it found; 1 when a dataset is invalid (its
 * problems are printed as `scpkit validate` prints them), has no claims register, or the register
 * has problems; 2 for a usage error, a missing directory or no dataset.
 */
export const auditCommand: Command = {
  name: 'audit',
  summary: "recompute and classify every claim of a dataset's claims register",
  usage: 'scpkit audit [dir] [--json]',
  run: async (args, io) => {
    let dir: string;
    let json: boolean;
    let options: ClaimAuditOptions;
    if (args.length === 1 && (args[0] === '--help' || args[0] === '-h')) {
      io.out(`Usage: ${USAGE}`);
      io.out("Recomputes every claim of the claims register (claims.csv) of the dataset in dir (default: datasets) or of every dataset below it,");
      io.out('and classifies each as consistent, consistent after rounding, inconsistent or unverifiable. Exit 0 when the audit ran.');
      return 0;
    }
    try {
      ({ dir, json, options } = parseAuditArgs(args));
    } catch (error) {
      io.err(`scpkit audit: ${error instanceof Error ? error.message : String(error)}\nUsage: ${USAGE}`);
      return 2;
    }
    const root = resolve(io.cwd, dir);
    if (!existsSync(root) || !statSync(root).isDirectory()) {
      io.err(`scpkit audit: no such directory: ${dir}`);
      return 2;
    }
    const atRoot = entryExists(join(root, DESCRIPTOR_FILE));
    const found = atRoot ? { dirs: [root], skipped: 0 } : findDatasetsReporting(root, 'audit', io);
    const dirs = atRoot ? found.dirs : found.dirs.filter((d) => entryExists(join(d, 'claims.csv')));
    if (dirs.length === 0) {
      io.err(`scpkit audit: no dataset with a claims register (claims.csv and ${DESCRIPTOR_FILE}) found in ${dir}`);
      return found.skipped > 0 ? 1 : 2;
    }

    const audited: AuditedClaim[] = [];
    let failed = false;
    for (const datasetDir of dirs) {
      const shown = displayPath(io.cwd, datasetDir);
      const results = auditFolder(datasetDir, shown, options, io);
      if (results === null) {
        failed = true;
        continue;
      }
      for (const r of results) audited.push({ dataset: shown, ...r });
      if (!json) printAudit(shown, results, io);
    }
    if (json) io.out(JSON.stringify(audited, null, 2));
    return failed || found.skipped > 0 ? 1 : 0;
  },
};

function parseAuditArgs(args: readonly string[]): { dir: string; json: boolean; options: ClaimAuditOptions } {
  const parsed = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      rounding: { type: 'string' },
      tolerance: { type: 'string' },
      'flat-within-percent': { type: 'string' },
      'flat-within-absolute': { type: 'string' },
    },
  });
  if (parsed.positionals.length > 1) throw new Error(`expected at most one directory, got ${parsed.positionals.length}`);
  const values = parsed.values;
  const options: { -readonly [K in keyof ClaimAuditOptions]: ClaimAuditOptions[K] } = {};
  if (values.rounding !== undefined) {
    if (!['half-up', 'half-even', 'truncate'].includes(values.rounding)) throw new Error(`--rounding must be half-up, half-even or truncate (got "${values.rounding}")`);
    options.rounding = values.rounding as PrintedRounding;
  }
  if (values.tolerance !== undefined) options.tolerance = nonNegative('--tolerance', values.tolerance);
  if (values['flat-within-percent'] !== undefined && values['flat-within-absolute'] !== undefined) {
    throw new Error('give --flat-within-percent or --flat-within-absolute, not both');
  }
  if (values['flat-within-percent'] !== undefined) options.flatWithin = { percent: nonNegative('--flat-within-percent', values['flat-within-percent']) };
  if (values['flat-within-absolute'] !== undefined) options.flatWithin = { absolute: nonNegative('--flat-within-absolute', values['flat-within-absolute']) };
  return { dir: parsed.positionals[0] ?? 'datasets', json: values.json, options };
}

function nonNegative(flag: string, text: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value < 0) throw new Error(`${flag} must be a number of at least 0 (got "${text}")`);
  return value;
}

/** Loads (validating it once) and audits one dataset folder; prints its problems and returns `null` when it cannot be audited. */
function auditFolder(dir: string, shown: string, options: ClaimAuditOptions, io: CommandIO): ClaimAuditResult[] | null {
  let dataset: Dataset;
  try {
    dataset = loadDataset(dir);
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    const { problems } = error;
    for (const problem of problems) io.err(formatDatasetProblem({ ...problem, file: join(shown, problem.file) }));
    io.err(`scpkit audit: ${shown} is not a valid dataset (${countOf(problems.length, 'problem')}); run "scpkit validate ${shown}"`);
    return null;
  }
  if (dataset.tables.claims === undefined) {
    io.err(`scpkit audit: ${shown} has no claims register (claims.csv described in ${DESCRIPTOR_FILE})`);
    return null;
  }
  try {
    return auditClaims(dataset, options);
  } catch (error) {
    if (!(error instanceof ClaimRegisterError)) throw error;
    for (const problem of error.problems) io.err(formatClaimProblem(problem, join(shown, 'claims.csv')));
    io.err(`scpkit audit: the claims register of ${shown} has ${countOf(error.problems.length, 'problem')}`);
    return null;
  }
}

/** Prints one dataset's audit: a count per status, then the claims grouped by status, inconsistent first. */
function printAudit(shown: string, results: readonly ClaimAuditResult[], io: CommandIO): void {
  const counts = countClaimStatuses(results);
  const tally = Object.entries(counts)
    .map(([status, n]) => `${n} ${status}`)
    .join(', ');
  io.out(`${shown}: ${countOf(results.length, 'claim')}: ${tally}`);
  for (const group of groupClaimsByStatus(results)) {
    io.out('');
    io.out(`${group.status.toUpperCase()} (${group.results.length})`);
    const rows = group.results.map((r) => [r.id, r.section, r.kind, oneLine(r.stated), oneLine(r.computed ?? '-')]);
    const header = ['id', 'section', 'kind', 'stated', 'computed'];
    const widths = header.map((h, i) => rows.reduce((widest, row) => Math.max(widest, (row[i] ?? '').length), h.length));
    const line = (cells: readonly string[]) => `  ${cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join('  ')}`.trimEnd();
    io.out(line(header));
    group.results.forEach((r, i) => {
      io.out(line(rows[i] ?? []));
      io.out(`      ${r.explanation}`);
    });
  }
  io.out('');
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

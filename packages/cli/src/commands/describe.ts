import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DESCRIPTOR_FILE, DatasetError, ScpkitError, formatDatasetProblem, renderDataDictionary, replaceDataDictionary, type DatasetKind, type DatasetMetadata } from '@scpkit/core';
import { describeFolder } from '@scpkit/core/node';
import type { Command, CommandIO } from './command.js';
import { expectedErrorLine } from '../error-line.js';

const USAGE = 'scpkit describe [dir] [--title T] [--partnership P] [--period Y] [--source FILE] [--name N] [--description D] [--kind report|comparators] [--check] | scpkit describe --dictionary [README.md] [--check]';

/** The README whose data dictionary `scpkit describe --dictionary` regenerates when no file is given. */
export const DEFAULT_DICTIONARY_FILE = 'datasets/README.md';

/**
 * `scpkit describe [dir]`: (re)writes `dir/datapackage.json` (default: the working directory) from
 * the scpkit standard schemas for every standard CSV in the folder, keeping the dataset-level
 * metadata already there; options set or replace that metadata. `--dictionary [file]` instead
 * regenerates the data dictionary between the marker comments of `file` (default
 * `datasets/README.md`). `--check` writes nothing and exits 1 when the file is out of date.
 * Exit codes: 0 written or up to date, 1 out of date (`--check`) or cannot describe, 2 usage.
 */
export const describeCommand: Command = {
  name: 'describe',
  summary: 'write datapackage.json (or the data dictionary) from the standard schemas',
  usage: 'scpkit describe [dir] [--check] [--dictionary [file]]',
  run: async (args, io) => {
    let parsed;
    try {
      parsed = parseArgs({
        args: [...args],
        allowPositionals: true,
        options: {
          title: { type: 'string' },
          partnership: { type: 'string' },
          period: { type: 'string' },
          source: { type: 'string' },
          name: { type: 'string' },
          description: { type: 'string' },
          kind: { type: 'string' },
          check: { type: 'boolean', default: false },
          dictionary: { type: 'boolean', default: false },
          help: { type: 'boolean', short: 'h' },
        },
      });
      if (parsed.values.help === true) {
        io.out(`Usage: ${USAGE}`);
        io.out("(Re)writes dir/datapackage.json (default: the working directory) from the standard schemas, keeping the dataset's metadata;");
        io.out('--dictionary [file] regenerates the data dictionary (default datasets/README.md); --check writes nothing and exits 1 when out of date.');
        return 0;
      }
      if (parsed.positionals.length > 1) throw new Error(`expected at most one path, got ${parsed.positionals.length}`);
    } catch (error) {
      io.err(`scpkit describe: ${error instanceof Error ? error.message : String(error)}\nUsage: ${USAGE}`);
      return 2;
    }
    const { values, positionals } = parsed;
    if (values.dictionary) return writeDictionary(positionals[0] ?? DEFAULT_DICTIONARY_FILE, values.check, io);

    const metadata: DatasetMetadata = {
      ...(values.title === undefined ? {} : { title: values.title }),
      ...(values.partnership === undefined ? {} : { partnership: values.partnership }),
      ...(values.period === undefined ? {} : { period: values.period }),
      ...(values.source === undefined ? {} : { sourcePath: values.source }),
      ...(values.name === undefined ? {} : { name: values.name }),
      ...(values.description === undefined ? {} : { description: values.description }),
      ...(values.kind === undefined ? {} : { kind: values.kind as DatasetKind }),
    };
    const dirArg = positionals[0] ?? '.';
    const dir = resolve(io.cwd, dirArg);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      io.err(`scpkit describe: no such directory: ${dirArg}`);
      return 2;
    }
    const target = join(dir, DESCRIPTOR_FILE);
    const shown = relative(io.cwd, target);
    let described;
    try {
      described = describeFolder(dir, metadata);
    } catch (error) {
      if (error instanceof DatasetError) {
        for (const problem of error.problems) io.err(formatDatasetProblem({ ...problem, file: relative(io.cwd, join(dir, problem.file)) }));
        io.err(`scpkit describe: cannot describe ${dirArg}`);
        return 1;
      }
      throw error;
    }
    for (const drop of described.dropped) io.err(`scpkit describe: ${shown}: ${drop.path}: ${drop.reason}; left out`);
    for (const file of described.unknownFiles) io.err(`scpkit describe: ${relative(io.cwd, join(dir, file))} is not a standard resource and has no resource in ${DESCRIPTOR_FILE}; left out`);
    const current = existsSync(target) ? readFileSync(target, 'utf8') : undefined;
    return writeIfChanged(target, shown, current, described.text, values.check, io);
  },
};

function writeDictionary(file: string, check: boolean, io: CommandIO): number {
  const path = resolve(io.cwd, file);
  if (!existsSync(path)) {
    io.err(`scpkit describe: no such file: ${file}`);
    return 2;
  }
  if (!statSync(path).isFile()) {
    io.err(`scpkit describe: ${file} is not a file`);
    return 2;
  }
  const current = readFileSync(path, 'utf8');
  let next: string;
  try {
    next = replaceDataDictionary(current, renderDataDictionary());
  } catch (error) {
    if (error instanceof ScpkitError) {
      io.err(`scpkit describe: ${file}: ${error.message}`);
      return 1;
    }
    throw error;
  }
  return writeIfChanged(path, relative(io.cwd, path), current, next, check, io);
}

function writeIfChanged(path: string, shown: string, current: string | undefined, next: string, check: boolean, io: CommandIO): number {
  if (current === next) {
    io.out(`${shown}: up to date`);
    return 0;
  }
  if (check) {
    io.out(`${shown}: out of date (run scpkit describe without --check to rewrite it)`);
    return 1;
  }
  try {
    writeFileSync(path, next);
  } catch (error) {
    io.err(`scpkit describe: cannot write ${shown}: ${expectedErrorLine(error) ?? String(error)}`);
    return 1;
  }
  io.out(`${shown}: ${current === undefined ? 'written' : 'rewritten'}`);
  return 0;
}

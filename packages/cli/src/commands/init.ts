import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { ScpkitError } from '@scpkit/core';
import { initDataset } from '@scpkit/core/node';
import type { Command } from './command.js';
import { displayPath } from './display-path.js';

const USAGE = 'scpkit init <partnership> <period> [--dir <dir>] [--title <title>]';

/**
 * `scpkit init <partnership> <period> [--dir <dir>]`: writes a new, empty report dataset
 * `<dir>/<partnership>/<period>/` (default dir `datasets`): the full `datapackage.json`, a
 * header-only CSV per standard resource, an empty claims register and source text, and a README
 * saying what to fill. Exit 0 written, 2 usage error or a folder that already holds files.
 */
export const initCommand: Command = {
  name: 'init',
  summary: 'write a new, empty report dataset folder to fill',
  usage: USAGE,
  run: async (args, io) => {
    let parsed;
    try {
      parsed = parseArgs({ args: [...args], allowPositionals: true, options: { dir: { type: 'string' }, title: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
    } catch (error) {
      io.err(`scpkit init: ${(error as Error).message}\nUsage: ${USAGE}`);
      return 2;
    }
    if (parsed.values.help === true) {
      io.out(`Usage: ${USAGE}`);
      io.out('Writes <dir>/<partnership>/<period>/ (default dir: datasets) with every resource of the report format as a header-only CSV,');
      io.out('an empty claims register, an empty source.txt for the report text, datapackage.json and a README saying what to fill.');
      io.out('<period> is the report\'s financial year, YYYY/YY.');
      return 0;
    }
    const [partnership, period, ...rest] = parsed.positionals;
    if (partnership === undefined || period === undefined || rest.length > 0) {
      io.err(`scpkit init: expected a partnership and a period. Usage: ${USAGE}`);
      return 2;
    }
    try {
      const result = initDataset({
        partnership,
        period,
        dir: resolve(io.cwd, parsed.values.dir ?? 'datasets'),
        cwd: io.cwd,
        ...(parsed.values.title === undefined ? {} : { title: parsed.values.title }),
      });
      const shown = displayPath(io.cwd, result.folder);
      io.out(`${shown}: new dataset, ${result.files.length} files (${result.files.join(', ')})`);
      io.out(`Next: paste the report text into ${shown}/source.txt, run scpkit describe ${shown}, fill the CSVs (see ${shown}/README.md), then scpkit validate ${shown}.`);
      return 0;
    } catch (error) {
      if (error instanceof ScpkitError) {
        io.err(`scpkit init: ${error.message}`);
        return 2;
      }
      throw error;
    }
  },
};

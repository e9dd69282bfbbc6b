import { reproduce } from '../reproduce/index.js';
import type { Command } from './command.js';

const USAGE = 'scpkit reproduce [--dataset <dir>] [--out <dir>] [--only <notebook-or-figure-id>] [--timeout <seconds>]';

/**
 * `scpkit reproduce`: run every notebook headlessly (tslab executor, no Jupyter), store outputs,
 * write figures (through the notebooks' own `writeFigure` calls) and `docs/figures/index.html`.
 * Exit 0 all ran, 1 a cell failed (every notebook still runs; failures are named), 2 usage/setup.
 */
export const reproduceCommand: Command = {
  name: 'reproduce',
  summary: 'run the notebooks headlessly, store their outputs, write docs/figures/ and its gallery',
  usage: USAGE,
  run: async (args, io) => {
    let only: string | undefined;
    let timeout: number | undefined;
    let dataset: string | undefined;
    let outDir: string | undefined;
    for (let i = 0; i < args.length; i++) {
      const arg = args[i]!;
      const value = args[i + 1];
      if ((arg === '--only' || arg === '--timeout' || arg === '--dataset' || arg === '--out') && (value === undefined || value.startsWith('--'))) {
        io.err(`scpkit reproduce: ${arg} needs a value. Usage: ${USAGE}`);
        return 2;
      }
      if (arg === '--only') {
        only = value;
        i++;
      } else if (arg === '--dataset') {
        dataset = value;
        i++;
      } else if (arg === '--out') {
        outDir = value;
        i++;
      } else if (arg === '--timeout') {
        timeout = Number(value);
        if (!Number.isFinite(timeout) || timeout <= 0) {
          io.err(`scpkit reproduce: --timeout must be a positive number of seconds (got ${JSON.stringify(value)})`);
          return 2;
        }
        i++;
      } else if (arg === '--help' || arg === '-h') {
        io.out(`Usage: ${USAGE}`);
        io.out('Runs notebooks/*.ipynb in order through tslab, stores their outputs, writes docs/figures/index.html.');
        io.out('--dataset <dir> run every notebook on this dataset folder (set through each notebook\'s parameters cell); default: the project\'s own (package.json "scpkit.dataset")');
        io.out('--out <dir>     write figures and the gallery to <dir>/figures/ and the executed notebooks to <dir>/notebooks/ (default with --dataset: out/<partnership>-<period>); without either, outputs go into the notebooks and docs/figures/');
        io.out('--only <name>   one notebook, by file stem (budget for notebooks/budget.ipynb) or by the id of a figure it wrote');
        io.out('--timeout <s>   interrupt a cell still awaiting after this many seconds (default 600)');
        return 0;
      } else {
        io.err(`scpkit reproduce: unknown argument ${JSON.stringify(arg)}. Usage: ${USAGE}`);
        return 2;
      }
    }
    return reproduce({ root: io.cwd, ...(only === undefined ? {} : { only }), ...(dataset === undefined ? {} : { dataset }), ...(outDir === undefined ? {} : { outDir }), ...(timeout === undefined ? {} : { cellTimeoutSeconds: timeout }), out: io.out, err: io.err });
  },
};

import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { FIGURES_DIR, writeGallery } from './gallery.js';
import { mergeFigureNotebooks, readFigureNotebooks, writeFigureNotebooks, type FigureNotebooks } from './figure-notebooks.js';
import { findNotebooks, NOTEBOOKS_DIR, notebookStem } from './find-notebooks.js';
import { runNotebook, type NotebookRun } from './run-notebook.js';
import { SharedConverters } from './shared-converters.js';
import { startStaging, type Staging } from './staging.js';
import { loadTslab, type TslabRuntime } from './tslab-runtime.js';
import { countOf } from '../count-of.js';
import { expectedErrorLine } from '../error-line.js';

/** Options of {@link reproduce}. */
export interface ReproduceOptions {
  /** Repository root: `notebooks/` and `docs/figures/` are under it. */
  readonly root: string;
  /** Run one notebook only: its file stem (`budget` for `notebooks/budget.ipynb`), or the id of a figure it wrote. */
  readonly only?: string;
  /** Seconds a cell may keep awaiting before it is interrupted. Default 600. */
  readonly cellTimeoutSeconds?: number;
  /**
   * Dataset folder to run every notebook on (absolute, or relative to `root`), set through each
   * notebook's parameters cell. Default: the project's own (package.json `scpkit.dataset`), with
   * notebooks' outputs stored in place and figures in `docs/figures/`.
   */
  readonly dataset?: string;
  /**
   * Output folder: figures and the gallery go to `<out>/figures/`, executed notebooks to
   * `<out>/notebooks/`; the notebooks themselves are not touched. Default with `dataset`:
   * `out/<dataset folder name>` under `root`.
   */
  readonly outDir?: string;
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

/**
 * `scpkit reproduce`: runs every notebook (or `only` one) headlessly through tslab's executor,
 * stores outputs back into the notebooks, then records which notebook wrote each figure
 * (`docs/figures/notebooks.json`) and writes the gallery `docs/figures/index.html` from the figure files. The run is written to a staging folder beside the figures folder (a copy of it,
 * and the executed notebooks) and moved into place only at the end, so an interrupted run leaves
 * the previous complete state; a run whose gallery cannot be written changes nothing. Prints one progress line per notebook and a summary. A failing cell stops its
 * notebook; the other notebooks still run (so one run reports every broken notebook), and the exit
 * code is then 1, with each failure named as `<notebook>: cell <n> ...`. Exit 2: usage or setup error.
 */
export async function reproduce(options: ReproduceOptions): Promise<number> {
  const started = performance.now();
  const { root, out, err } = options;
  const timeoutSeconds = options.cellTimeoutSeconds ?? 600;
  let all: string[];
  try {
    all = await findNotebooks(root);
  } catch (error) {
    err(`scpkit reproduce: cannot list ${NOTEBOOKS_DIR}/ under ${root}: ${(error as Error).message}. Run it from the repository root.`);
    return 2;
  }
  let selected = all;
  if (options.only !== undefined) {
    const chosen = await selectNotebook(outputPlace(root, options).figuresDir, all, options.only);
    if (chosen === undefined) {
      err(`scpkit reproduce: --only ${options.only}: no notebook with that name and no figure with that id.`);
      err(`  notebooks: ${all.map(notebookStem).join(', ') || '(none)'}`);
      return 2;
    }
    selected = [chosen];
  }
  const place = outputPlace(root, options);
  if (place.outDir !== undefined) out(`dataset ${displayed(root, place.parameters?.['dataset'] ?? 'the project default')}; writing to ${displayed(root, place.outDir)}`);
  let tslab: TslabRuntime;
  try {
    tslab = loadTslab(root);
  } catch (error) {
    err(`scpkit reproduce: ${(error as Error).message}`);
    return 2;
  }

  let staging: Staging;
  try {
    staging = await startStaging(place.figuresDir);
  } catch (error) {
    const line = expectedErrorLine(error);
    if (line === undefined) throw error;
    err(`scpkit reproduce: cannot stage the run beside ${displayed(root, place.figuresDir)}: ${line}`);
    return 1;
  }
  try {
    return await runStaged(options, { selected, place, tslab, staging, started, timeoutSeconds });
  } finally {
    await staging.discard();
  }
}

/**
 * The run itself, written to `staging`: the notebooks, then the gallery; everything is moved into
 * place (`staging.commit()`) only once the gallery is written, so an interrupted run leaves the
 * previous complete state.
 */
async function runStaged(
  options: ReproduceOptions,
  run: { selected: readonly string[]; place: OutputPlace; tslab: TslabRuntime; staging: Staging; started: number; timeoutSeconds: number },
): Promise<number> {
  const { root, out, err } = options;
  const { selected, place, tslab, staging, started, timeoutSeconds } = run;
  const runs: NotebookRun[] = [];
  // One TypeScript converter for all the notebooks (they share a folder): building it is the
  // largest fixed cost of a notebook; each notebook still gets its own executor and state.
  const converters = new SharedConverters(tslab);
  try {
    for (const file of selected) {
      const t0 = performance.now();
      const target = place.outDir === undefined ? join(root, file) : join(place.outDir, file);
      const run = await runNotebook(file, {
        root,
        tslab,
        cellTimeoutMs: timeoutSeconds * 1000,
        ...(place.parameters === undefined ? {} : { parameters: place.parameters, outputPath: target }),
        writePath: staging.notebookPath(target),
        redirectDir: (dir) => staging.redirectDir(dir),
        converters,
      });
      const seconds = (performance.now() - t0) / 1000;
      runs.push(run);
      const figures = countOf(run.figuresWritten.length, 'figure') + (run.figuresSkipped.length > 0 ? `, ${run.figuresSkipped.length} skipped` : '');
      for (const s of run.figuresSkipped) out(`skipped ${s.id}: ${s.reason}`);
      if (run.failure === null) {
        out(`${file}: ${run.codeCellsRun} cells, ${figures}, ${seconds.toFixed(1)} s`);
      } else {
        const where = run.failure.cell === null ? 'invalid notebook' : `cell ${run.failure.cell} (In [${run.failure.executionCount}]) failed`;
        out(`${file}: FAILED, ${where}, ${run.codeCellsRun} cells run, ${figures}, ${seconds.toFixed(1)} s`);
        err(`scpkit reproduce: ${file}: ${where}: ${run.failure.message}`);
      }
    }
  } finally {
    converters.close();
  }

  const figuresShown = displayed(root, place.figuresDir);
  let gallery: Awaited<ReturnType<typeof writeGallery>>;
  let previous: FigureNotebooks;
  try {
    previous = await readFigureNotebooks(staging.figuresDir);
    const ran = Object.fromEntries(runs.flatMap((r) => [...r.figuresWritten, ...r.figuresSkipped].map((f) => [f.id, r.file] as const)));
    await writeFigureNotebooks(staging.figuresDir, mergeFigureNotebooks(previous, ran, await figureIds(staging.figuresDir)));
    gallery = await writeGallery(root, { figuresDir: staging.figuresDir, notebooksBase: place.outDir ?? root, linksFrom: place.figuresDir });
  } catch (error) {
    const line = expectedErrorLine(error);
    if (line === undefined) throw error;
    err(`scpkit reproduce: cannot write the gallery ${figuresShown}/index.html: ${staging.unstaged(line)}`);
    return 1;
  }
  try {
    await staging.commit();
  } catch (error) {
    const line = expectedErrorLine(error);
    if (line === undefined) throw error;
    err(`scpkit reproduce: cannot move the run into place (${figuresShown}, notebooks): ${line}`);
    return 1;
  }
  for (const p of gallery.problems) err(`scpkit reproduce: ${figuresShown}/${p.file}: ${p.problem}`);
  for (const run of runs) {
    if (run.failure !== null) continue;
    const written = new Set([...run.figuresWritten, ...run.figuresSkipped].map((f) => f.id));
    for (const f of gallery.figures) {
      if (previous[f.id] === run.file && !written.has(f.id)) {
        err(`scpkit reproduce: warning: ${figuresShown}/${f.id}.* record ${run.file} as their notebook, which no longer writes them (stale files?)`);
      }
    }
  }
  out(`${figuresShown}/index.html: ${countOf(gallery.figures.length, 'figure')}${gallery.skipped.length > 0 ? `, ${gallery.skipped.length} skipped` : ''}`);

  const failed = runs.filter((r) => r.failure !== null);
  const cells = runs.reduce((n, r) => n + r.codeCellsRun, 0);
  const figures = runs.reduce((n, r) => n + r.figuresWritten.length, 0);
  const skipped = runs.reduce((n, r) => n + r.figuresSkipped.length, 0);
  const seconds = (performance.now() - started) / 1000;
  out(
    `reproduce: ${countOf(runs.length, 'notebook')}, ${cells} cells, ${countOf(figures, 'figure')} written${skipped > 0 ? `, ${skipped} skipped` : ''}, ${seconds.toFixed(1)} s` +
      (failed.length > 0 ? `; ${failed.length} failed: ${failed.map((r) => r.file).join(', ')}` : ''),
  );
  return failed.length > 0 || gallery.problems.length > 0 ? 1 : 0;
}

/** The ids of the figures in `dir`: those with a `<id>.vl.json` or a `<id>.skipped.json`. */
async function figureIds(dir: string): Promise<Set<string>> {
  const names = await readdir(dir);
  return new Set(names.flatMap((n) => (n.endsWith('.vl.json') ? [n.slice(0, -'.vl.json'.length)] : n.endsWith('.skipped.json') ? [n.slice(0, -'.skipped.json'.length)] : [])));
}

/** `--only`: a notebook stem, else the notebook that `docs/figures/notebooks.json` records for figure `only`. */
async function selectNotebook(dir: string, notebooks: readonly string[], only: string): Promise<string | undefined> {
  const byStem = notebooks.find((f) => notebookStem(f) === only);
  if (byStem !== undefined) return byStem;
  let names: string[] = [];
  try {
    names = await readdir(dir);
  } catch {
    return undefined;
  }
  if (!names.includes(`${only}.vl.json`) && !names.includes(`${only}.skipped.json`)) return undefined;
  const notebook = (await readFigureNotebooks(dir))[only];
  return notebook !== undefined && notebooks.includes(notebook) ? notebook : undefined;
}

/** Where a run writes: figures folder, output folder (none for the default in-place run) and the parameters to inject. */
interface OutputPlace {
  readonly figuresDir: string;
  readonly outDir: string | undefined;
  readonly parameters: Readonly<Record<string, string>> | undefined;
}

function outputPlace(root: string, options: ReproduceOptions): OutputPlace {
  if (options.dataset === undefined && options.outDir === undefined) return { figuresDir: join(root, FIGURES_DIR), outDir: undefined, parameters: undefined };
  const dataset = options.dataset === undefined ? undefined : resolve(root, options.dataset);
  const outDir = resolve(root, options.outDir ?? join('out', dataset === undefined ? 'default' : basename(dataset) === '' ? 'dataset' : `${basename(resolve(dataset, '..'))}-${basename(dataset)}`));
  const figuresDir = join(outDir, 'figures');
  return { figuresDir, outDir, parameters: { ...(dataset === undefined ? {} : { dataset }), figures: figuresDir } };
}

/** A path as printed: relative to the root when inside it. */
function displayed(root: string, path: string): string {
  const rel = relative(root, path);
  return rel === '' ? '.' : rel.startsWith('..') ? path : rel.split('\\').join('/');
}

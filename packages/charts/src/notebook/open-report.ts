import { resolve } from 'node:path';
import { allFound, protectDataset, reportLookup, type Dataset, type FoundValues, type Lookup, type ReportLookup, type WithheldValue } from '@scpkit/core';
import { loadDataset } from '@scpkit/core/node';
import { NotebookParameterError } from '../errors.js';
import type { Figure } from '../figure.js';
import { fitTitles } from '../fit-titles.js';
import { getFigureWriteContext } from '../figure-context.js';
import { figureDisclosureProblems, setOutputProtection } from '../protect.js';
import { showAndWriteFigure } from '../show-figure.js';
import { projectDefaults } from './project-defaults.js';
import { writeSkipRecord } from './skip-record.js';

/**
 * A notebook's parameters (its first code cell, tagged `parameters` as papermill does). Leave one
 * empty (or `null`, `undefined`) for its default: the environment variable (`SCPKIT_DATASET`, `SCPKIT_FIGURES`), else
 * the project's `package.json` `scpkit` block. `scpkit reproduce --dataset <dir> --out <dir>` sets both.
 *
 * @example
 * import { mkdtempSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { basename, join } from 'node:path';
 * const dir = mkdtempSync(join(tmpdir(), 'scpkit-figures-'));
 * const parameters: ReportParameters = { dataset: 'datasets/east-sussex/2021-22', figures: dir };
 * const report = openReport(parameters);
 * [basename(report.datasetDir), report.figuresDir === dir]; // => ['2021-22', true]
 */
export interface ReportParameters {
  /** The dataset folder (`datasets/<partnership>/<period>`), absolute or relative to the working directory. */
  readonly dataset?: string | null | undefined;
  /** The folder figures are written to. */
  readonly figures?: string | null | undefined;
}

/**
 * Needs of a figure or a section: named lookups, all of which must be found.
 *
 * @example
 * const report = openReport({ dataset: 'datasets/east-sussex/2021-22' });
 * const needs: Needs = { deaths: report.value('cdop-deaths', { area: null }) };
 * const shown: unknown[] = [];
 * await report.section('child deaths', needs, ({ deaths }) => { shown.push(deaths); });
 * shown; // => [17]
 */
export type Needs = Readonly<Record<string, Lookup<unknown>>>;

/**
 * One report opened in a notebook: its lookups, where its figures go, and figure/section guards.
 *
 * @example
 * const report: NotebookReport = openReport({ dataset: 'datasets/east-sussex/2021-22' });
 * [report.withheld, report.dataset.descriptor.scpkit.period]; // => [[], '2021/22']
 */
export interface NotebookReport extends ReportLookup {
  /**
   * The dataset the lookups read: when a resource is `protect` (datasets/FORMAT.md section 2), the
   * protected one (`protectDataset`: counts 1-5, their complements and what derives from them withheld).
   */
  readonly dataset: Dataset;
  /** What disclosure control withheld from the dataset (empty when every resource is `published`). */
  readonly withheld: readonly WithheldValue[];
  /** Absolute path of the dataset folder. */
  readonly datasetDir: string;
  /** Absolute path of the figures folder. */
  readonly figuresDir: string;
  /**
   * Draws figure `id` from what it needs: when every need is found, `build` makes the figure, whose
   * titles are fitted to its width (`fitTitles`) and which is shown and written (`writeFigure`, which lints it); otherwise prints `skipped <id>: <reason>`, records the skip
   * in the figures folder (the gallery lists it). A notebook never throws for a measure the dataset
   * lacks. Resolves to nothing, so a cell ending with it shows no value (the runner is told what was written).
   */
  figure<N extends Needs>(id: string, needs: N, build: (found: FoundValues<N>) => Figure | Promise<Figure>): Promise<void>;
  /** Runs `show` (a table, a sentence) when every need is found; otherwise prints `not shown: <what>: <reason>`. */
  section<N extends Needs>(what: string, needs: N, show: (found: FoundValues<N>) => void | Promise<void>): Promise<void>;
}

/**
 * Opens the dataset a notebook runs on and returns its {@link NotebookReport}.
 *
 * @example
 * // parameters cell: '' means the project's defaults (package.json "scpkit"), here East Sussex 2021/22
 * const dataset: string = '';
 * const figures: string = '';
 * // next cell
 * const report = openReport({ dataset, figures });
 * [report.partnership, report.period]; // => ['East Sussex', '2021/22']
 * report.value('no-such-measure').found; // => false
 * @throws {NotebookParameterError} when no dataset folder is given and the project names none.
 * @throws {DatasetError} (from loadDataset) listing every problem of an invalid dataset.
 */
export function openReport(parameters: ReportParameters = {}): NotebookReport {
  const defaults = projectDefaults(process.cwd());
  const datasetParameter = nonEmpty(parameters.dataset) ?? nonEmpty(process.env['SCPKIT_DATASET']);
  const datasetDir = datasetParameter !== undefined ? resolve(datasetParameter) : defaults?.dataset;
  if (datasetDir === undefined) {
    throw new NotebookParameterError('dataset', 'no dataset folder given: set it in the parameters cell, or SCPKIT_DATASET, or "scpkit": { "dataset": ... } in the project package.json');
  }
  const figuresParameter = nonEmpty(parameters.figures) ?? nonEmpty(process.env['SCPKIT_FIGURES']);
  const figuresDir = figuresParameter !== undefined ? resolve(figuresParameter) : (defaults?.figures ?? resolve('figures'));
  const loaded = loadDataset(datasetDir);
  // Disclosure control before anything is drawn: a dataset with a "protect" resource is read
  // through protectDataset, and every output of the process is protected from here on.
  const anyProtected = loaded.descriptor.resources.some((r) => r.disclosure !== 'published');
  const { dataset, withheld } = anyProtected ? protectDataset(loaded) : { dataset: loaded, withheld: [] as const };
  if (anyProtected) {
    setOutputProtection(true);
    console.log(`disclosure control: ${withheld.length} value${withheld.length === 1 ? '' : 's'} withheld from ${loaded.descriptor.name} (resources marked "protect"); outputs show counts from 1 to 5 as [c]`);
  }
  const lookup = reportLookup(dataset);

  const skip = async (id: string, reason: string): Promise<void> => {
    const notebook = getFigureWriteContext()?.notebook;
    console.log(`skipped ${id}: ${reason}`);
    const skipped = { id, reason, ...(notebook === undefined ? {} : { notebook }) };
    await writeSkipRecord(figuresDir, skipped);
    getFigureWriteContext()?.onSkip?.(skipped);
  };

  return {
    ...lookup,
    dataset,
    withheld,
    datasetDir,
    figuresDir,
    figure: async (id, needs, build) => {
      const all = allFound(needs);
      if (!all.found) return skip(id, all.reason);
      // Titles wider than their chart are wrapped to it (the figure lint would refuse them).
      const figure = await fitTitles(await build(all.value));
      const problems = figureDisclosureProblems(figure);
      if (problems.length > 0) return skip(id, `withheld by disclosure control: ${problems[0]}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`);
      // showFigure then writeFigure, from one layout of the chart.
      await showAndWriteFigure(figure, figuresDir);
    },
    section: async (what, needs, show) => {
      const all = allFound(needs);
      if (!all.found) {
        console.log(`not shown: ${what}: ${all.reason}`);
        return;
      }
      await show(all.value);
    },
  };
}

function nonEmpty(value: string | null | undefined): string | undefined {
  return value === undefined || value === null || value === '' ? undefined : value;
}

import { ScpkitError } from '@scpkit/core';
import type { FigureLintProblem, FigureLintRule } from './lint/lint-problem.js';

/**
 * A Vega-Lite spec that does not compile, or a compiled chart that vega/resvg could not render.
 *
 * @example
 * await renderSvg({ $schema: VEGA_LITE_SCHEMA, mark: 'wiggle' } as never); // throws ChartRenderError
 * new ChartRenderError('budget-actual', 'no marks').message; // => 'cannot render chart "budget-actual": no marks'
 */
export class ChartRenderError extends ScpkitError {
  /** Figure id or spec title the failure is about, when known. */
  readonly chart: string;

  constructor(chart: string, problem: string, options?: { cause?: unknown }) {
    super('chart-render-failed', `cannot render chart ${JSON.stringify(chart)}: ${problem}`, options);
    this.chart = chart;
  }
}

/**
 * `showFigure` / `showTable` called outside a tslab kernel or `scpkit reproduce` (nowhere to display).
 *
 * @example
 * showMarkdown('17,011 family contacts'); // throws DisplayUnavailableError: outside a notebook
 * new DisplayUnavailableError('showTable').code; // => 'display-unavailable'
 */
export class DisplayUnavailableError extends ScpkitError {
  constructor(what: string) {
    super(
      'display-unavailable',
      `${what}: no notebook display is active. Call it from a tslab notebook (Jupyter) or a notebook run by "scpkit reproduce"; in a script, use writeFigure or renderSvg instead`,
    );
  }
}

/**
 * A figure file could not be written (the directory or a file is not writable).
 *
 * @example
 * new FigureWriteError('docs/figures/x.svg', 'permission denied').message; // => 'cannot write docs/figures/x.svg: permission denied'
 */
export class FigureWriteError extends ScpkitError {
  readonly path: string;

  constructor(path: string, problem: string, options?: { cause?: unknown }) {
    super('figure-write-failed', `cannot write ${path}: ${problem}`, options);
    this.path = path;
  }
}

/**
 * A notebook's parameters name no dataset folder, and neither the environment nor the project gives one.
 *
 * @example
 * new NotebookParameterError('dataset', 'names no folder').message; // => 'notebook parameter "dataset": names no folder'
 */
export class NotebookParameterError extends ScpkitError {
  readonly parameter: string;

  constructor(parameter: string, problem: string) {
    super('notebook-parameter-missing', `notebook parameter "${parameter}": ${problem}`);
    this.parameter = parameter;
  }
}

/**
 * A figure that fails the figure lint (`lintFigure`): `writeFigure` refuses to write it.
 *
 * @example
 * new FigureLintError('budget-actual', [{ rule: 'title-too-wide', message: 'the title runs 12 px past the chart' }]).rules; // => ['title-too-wide']
 */
export class FigureLintError extends ScpkitError {
  /** Id of the figure. */
  readonly figure: string;
  /** What the lint found, by rule. */
  readonly problems: readonly FigureLintProblem[];
  /** The rules broken, each once, in lint order. */
  readonly rules: readonly FigureLintRule[];

  constructor(figure: string, problems: readonly FigureLintProblem[]) {
    const rules = [...new Set(problems.map((p) => p.rule))];
    super(
      'figure-lint-failed',
      `figure "${figure}" fails the figure lint (${rules.join(', ')}): ${problems.map((p) => `[${p.rule}] ${p.message}`).join('; ')}`,
    );
    this.figure = figure;
    this.problems = problems;
    this.rules = rules;
  }
}

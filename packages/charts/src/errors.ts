import { ScpkitError } from '@scpkit/core';

/** A Vega-Lite spec that does not compile, or a compiled chart that vega/resvg could not render. */
export class ChartRenderError extends ScpkitError {
  /** Figure id or spec title the failure is about, when known. */
  readonly chart: string;

  constructor(chart: string, problem: string, options?: { cause?: unknown }) {
    super('chart-render-failed', `cannot render chart ${JSON.stringify(chart)}: ${problem}`, options);
    this.chart = chart;
  }
}

/** `showFigure` / `showTable` called outside a tslab kernel or `scpkit reproduce` (nowhere to display). */
export class DisplayUnavailableError extends ScpkitError {
  constructor(what: string) {
    super(
      'display-unavailable',
      `${what}: no notebook display is active. Call it from a tslab notebook (Jupyter) or a notebook run by "scpkit reproduce"; in a script, use writeFigure or renderSvg instead`,
    );
  }
}

/** A figure file could not be written (the directory or a file is not writable). */
export class FigureWriteError extends ScpkitError {
  readonly path: string;

  constructor(path: string, problem: string, options?: { cause?: unknown }) {
    super('figure-write-failed', `cannot write ${path}: ${problem}`, options);
    this.path = path;
  }
}

/** A notebook's parameters name no dataset folder, and neither the environment nor the project gives one. */
export class NotebookParameterError extends ScpkitError {
  readonly parameter: string;

  constructor(parameter: string, problem: string) {
    super('notebook-parameter-missing', `notebook parameter "${parameter}": ${problem}`);
    this.parameter = parameter;
  }
}

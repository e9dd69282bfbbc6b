import { setOutputProtection } from './protect.js';

/**
 * What {@link writeFigure} reports after writing a figure's files (paths as written).
 *
 * @example
 * import { mkdtempSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { basename, join } from 'node:path';
 * const dir = mkdtempSync(join(tmpdir(), 'scpkit-figures-'));
 * const written: WrittenFigure = await writeFigure(rankedBars([{ category: 'Police', value: 412 }], { id: 'referrals-by-source', title: 'Referrals by source', description: 'Police made the most referrals.', valueTitle: 'Referrals' }), dir);
 * [basename(written.svg), basename(written.spec), written.notebook]; // => ['referrals-by-source.svg', 'referrals-by-source.vl.json', undefined]
 */
export interface WrittenFigure {
  readonly id: string;
  readonly svg: string;
  readonly png: string;
  readonly spec: string;
  readonly csv: string;
  /** Notebook that wrote it, when a {@link FigureWriteContext} was set. */
  readonly notebook?: string;
}

/**
 * Set by a notebook runner (`scpkit reproduce`) while it runs one notebook: `writeFigure` calls
 * `onWrite` for each figure (with `notebook`), so the runner records which notebook wrote which
 * figure. The files written do not depend on it: a notebook run in Jupyter, where no runner sets a
 * context, writes the same bytes.
 *
 * @example
 * import { mkdtempSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { basename, join } from 'node:path';
 * const dir = mkdtempSync(join(tmpdir(), 'scpkit-figures-'));
 * const notebooks: (string | undefined)[] = [];
 * const context: FigureWriteContext = { notebook: 'notebooks/budget.ipynb', onWrite: (w) => notebooks.push(w.notebook) };
 * setFigureWriteContext(context);
 * await writeFigure(rankedBars([{ category: 'Police', value: 412 }], { id: 'referrals-by-source', title: 'Referrals by source', description: 'Police made the most referrals.', valueTitle: 'Referrals' }), dir);
 * setFigureWriteContext(undefined);
 * notebooks; // => ['notebooks/budget.ipynb']
 */
export interface FigureWriteContext {
  /** Notebook path relative to the repository root, with `/` separators, e.g. `notebooks/budget.ipynb`. */
  readonly notebook: string;
  readonly onWrite?: (written: WrittenFigure) => void;
  /** Called for each figure a notebook skips because the dataset lacks what it needs. */
  readonly onSkip?: (skipped: SkippedFigure) => void;
  /**
   * Where the files meant for folder `dir` really go (`scpkit reproduce` stages a run in a folder
   * it moves into place at the end). Paths reported and named in errors stay the ones asked for,
   * so a notebook's outputs do not depend on the staging folder. Default: `dir` itself.
   */
  readonly redirectDir?: (dir: string) => string;
}

/**
 * A figure a notebook did not draw, and why (one line, e.g. "figures.csv has no row for measure \"cdop-deaths\"").
 *
 * @example
 * import { mkdtempSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { basename, join } from 'node:path';
 * const dir = mkdtempSync(join(tmpdir(), 'scpkit-figures-'));
 * await writeSkipRecord(dir, { id: 'cdop-deaths', reason: 'figures.csv has no row for measure "cdop-deaths"' });
 * const skipped: SkippedFigure | undefined = await readSkipRecord(join(dir, 'cdop-deaths.skipped.json'));
 * skipped?.reason; // => 'figures.csv has no row for measure "cdop-deaths"'
 */
export interface SkippedFigure {
  readonly id: string;
  readonly reason: string;
  /** Notebook that skipped it, when a {@link FigureWriteContext} was set. */
  readonly notebook?: string;
}

// A process-wide slot under a registered symbol: the runner (ESM build) and notebook cells (CJS
// build, loaded by tslab) may hold different copies of this module, and must see the same context.
const SLOT = Symbol.for('@scpkit/charts/figure-write-context');

type Slot = { [SLOT]?: FigureWriteContext };

/**
 * Sets (or with `undefined` clears) the process-wide figure-write context, and switches output protection off (see `setOutputProtection`).
 *
 * @example
 * const written: string[] = [];
 * setFigureWriteContext({ notebook: 'notebooks/budget.ipynb', onWrite: (w) => written.push(w.id) });
 * getFigureWriteContext()?.notebook; // => 'notebooks/budget.ipynb'
 * setFigureWriteContext(undefined);
 * getFigureWriteContext(); // => undefined
 */
export function setFigureWriteContext(context: FigureWriteContext | undefined): void {
  const slot = globalThis as Slot;
  // A new notebook run starts unprotected; opening a protected dataset switches protection on.
  setOutputProtection(false);
  if (context === undefined) delete slot[SLOT];
  else slot[SLOT] = context;
}

/** The folder files meant for `dir` are written to: the context's {@link FigureWriteContext.redirectDir}, else `dir`. Internal. */
export function writeDirFor(dir: string): string {
  return getFigureWriteContext()?.redirectDir?.(dir) ?? dir;
}

/**
 * The current figure-write context, if a runner set one.
 *
 * @example
 * getFigureWriteContext(); // => undefined
 */
export function getFigureWriteContext(): FigureWriteContext | undefined {
  return (globalThis as Slot)[SLOT];
}

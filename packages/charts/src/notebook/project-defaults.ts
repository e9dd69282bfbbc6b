import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * Where figures go, relative to the project root, when no `figures` parameter is given. The one name for that folder.
 *
 * @example
 * DEFAULT_FIGURES_DIR; // => 'docs/figures'
 */
export const DEFAULT_FIGURES_DIR = 'docs/figures';

/**
 * A project's defaults for notebooks, from the `scpkit` block of its root `package.json`.
 *
 * @example
 * import { relative } from 'node:path';
 * const defaults: ProjectDefaults = projectDefaults('.')!;
 * relative(defaults.root, defaults.figures); // => 'docs/figures'
 */
export interface ProjectDefaults {
  /** The folder holding that `package.json`. */
  readonly root: string;
  /** Absolute path of the default dataset folder (`scpkit.dataset`), if the project names one. */
  readonly dataset: string | undefined;
  /** Absolute path of the figures folder (`scpkit.figures`, default {@link DEFAULT_FIGURES_DIR}). */
  readonly figures: string;
  /**
   * Absolute path of the default comparators (`scpkit.comparators`): a comparators dataset folder,
   * or a folder of them (one per period, e.g. the national figures a notebook compares rates with),
   * if the project names one.
   */
  readonly comparators: string | undefined;
}

/**
 * The defaults of the project `from` lies in: the nearest `package.json` at or above `from` that
 * has an `scpkit` block, e.g. `{ "scpkit": { "dataset": "datasets/<partnership>/<period>" } }`.
 * `undefined` when there is none (a notebook then needs its `dataset` parameter).
 *
 * @example
 * import { relative } from 'node:path';
 * // from a notebook's folder: the nearest package.json with an "scpkit" block
 * const d = projectDefaults('notebooks')!;
 * [relative(d.root, d.dataset!), relative(d.root, d.figures!)]; // => ['datasets/east-sussex/2021-22', 'docs/figures']
 */
export function projectDefaults(from: string): ProjectDefaults | undefined {
  let dir = resolve(from);
  for (;;) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      let block: unknown;
      try {
        block = (JSON.parse(readFileSync(file, 'utf8')) as { scpkit?: unknown }).scpkit;
      } catch {
        block = undefined;
      }
      if (block !== null && typeof block === 'object') {
        const { dataset, figures, comparators } = block as { dataset?: unknown; figures?: unknown; comparators?: unknown };
        return {
          root: dir,
          dataset: typeof dataset === 'string' && dataset !== '' ? resolve(dir, dataset) : undefined,
          figures: resolve(dir, typeof figures === 'string' && figures !== '' ? figures : DEFAULT_FIGURES_DIR),
          comparators: typeof comparators === 'string' && comparators !== '' ? resolve(dir, comparators) : undefined,
        };
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

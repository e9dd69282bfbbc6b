import { createRequire } from 'node:module';
import { join, sep } from 'node:path';
import { DisplayUnavailableError } from './errors.js';

/**
 * A Jupyter MIME bundle: MIME type -> representation (text, or JSON data for `+json` types).
 *
 * @example
 * const bundle: MimeBundle = tableBundle({ columns: ['Source', 'Referrals'], rows: [['Police', 412]] });
 * Object.keys(bundle); // => ['text/html', 'text/plain']
 */
export type MimeBundle = Readonly<Record<string, unknown>>;

/**
 * Jupyter `display_data` content as tslab passes it to its display writer.
 *
 * @example
 * const data: DisplayData = { data: markdownBundle('**17,011** contacts'), metadata: {}, transient: {} };
 * Object.keys(data.data); // => ['text/markdown', 'text/plain']
 */
export interface DisplayData {
  readonly data: MimeBundle;
  readonly metadata: Readonly<Record<string, unknown>>;
  readonly transient: Readonly<Record<string, unknown>>;
}

type DisplayWriter = (data: DisplayData, update: boolean) => void;

const TSLAB_JUPYTER_MODULE = `${sep}tslab${sep}dist${sep}jupyter.js`;

/**
 * Finds tslab's active display writer. tslab (1.0.22) keeps it in `tslab/dist/jupyter`'s exported
 * `lastWriteDisplayData`, set by its Jupyter kernel for every executed cell and by `scpkit
 * reproduce` for headless runs; `tslab.display` writes through it. We look the module up in Node's
 * module cache rather than importing tslab, so this package does not depend on tslab and always
 * reaches the copy the running kernel loaded.
 *
 * @example
 * findTslabDisplayWriter(); // => undefined
 */
export function findTslabDisplayWriter(): DisplayWriter | undefined {
  const cache = createRequire(join(process.cwd(), 'scpkit-display-lookup.js')).cache;
  for (const [file, mod] of Object.entries(cache)) {
    if (!file.endsWith(TSLAB_JUPYTER_MODULE)) continue;
    const writer = (mod?.exports as { lastWriteDisplayData?: unknown } | undefined)?.lastWriteDisplayData;
    if (typeof writer === 'function') return writer as DisplayWriter;
  }
  return undefined;
}

/**
 * Displays ONE output holding every representation in `bundle` (Jupyter picks the richest it can
 * render). `what` names the caller in the error thrown when no notebook display is active.
 *
 * @example
 * displayBundle({ 'text/plain': 'hello' }, 'myDisplay'); // throws DisplayUnavailableError: outside a notebook
 */
export function displayBundle(bundle: MimeBundle, what: string): void {
  const writer = findTslabDisplayWriter();
  if (writer === undefined) throw new DisplayUnavailableError(what);
  writer({ data: bundle, metadata: {}, transient: {} }, false);
}

// Loads danfojs-node on first use, not at import: `require('danfojs-node')` costs about a second
// (it brings TensorFlow.js), and importing @scpkit/frames for its types or for `fromDataFrame`
// should not pay for it.
import { createRequire } from 'node:module';

/** The danfojs-node module, as `require('danfojs-node')` returns it. */
export type Danfo = typeof import('danfojs-node');

let danfo: Danfo | undefined;

/**
 * danfojs-node, loaded once on first call (about a second the first time, then free).
 *
 * @example
 * const { DataFrame } = loadDanfo();
 * new DataFrame([[1, 'a']], { columns: ['n', 's'] }).shape; // => [1, 2]
 */
export function loadDanfo(): Danfo {
  danfo ??= createRequire(import.meta.url)('danfojs-node') as Danfo;
  return danfo;
}

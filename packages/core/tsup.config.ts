import { defineConfig, type Options } from 'tsup';
import { esmTypesFromCjs, minifyKeepingNames } from '../../scripts/tsup-shared.js';

// ES modules: one file per source file (bundle: false), so that an app's bundler, told by
// "sideEffects": false, leaves out every module the app does not reach, with that module's imports
// (papaparse, zod). CommonJS (Node's require, tslab notebooks): bundled per entry, with zod loaded on
// first use (see src/dataset/zod.ts).
//
// Types and minification: see scripts/tsup-shared.ts (one set of declarations, the .d.cts; names kept).
const entries = { index: 'src/index.ts', node: 'src/node.ts' };

/** CommonJS build: replace src/dataset/zod.ts by a lazy require, so require('@scpkit/core') does not load zod. */
const lazyZodForCommonJs: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'lazy-zod-for-commonjs',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]dataset[\\/]zod\.ts$/ }, () => ({
      loader: 'ts',
      contents: `let loaded: typeof import('zod') | undefined;
export function zod(): typeof import('zod') {
  return (loaded ??= require('zod'));
}
`,
    }));
  },
};

export default defineConfig([
  {
    entry: ['src/**/*.ts', '!src/**/*.test.ts', '!src/**/*.test-support.ts', '!src/**/*.test-data.ts'],
    format: ['esm'],
    bundle: false,
    clean: true,
    sourcemap: false,
    target: 'node20',
    ...minifyKeepingNames,
    onSuccess: esmTypesFromCjs(entries),
  },
  {
    entry: entries,
    format: ['cjs'],
    splitting: true,
    dts: true,
    sourcemap: false,
    target: 'node20',
    ...minifyKeepingNames,
    esbuildPlugins: [lazyZodForCommonJs],
  },
]);

import { defineConfig, type Options } from 'tsup';
import { esmTypesFromCjs, minifyKeepingNames } from '../../scripts/tsup-shared.js';

// ES modules: one file per source file (bundle: false), so that an app's bundler, told by
// "sideEffects": false, leaves out every module the app does not reach, with that module's imports
// (papaparse, zod). CommonJS (Node's require, tslab notebooks): bundled per entry, with zod loaded
// on first use (lazyRequireForCommonJs below).
//
// Types and minification: see scripts/tsup-shared.ts (one set of declarations, the .d.cts; names kept).
const entries = { index: 'src/index.ts', node: 'src/node.ts' };

/**
 * CommonJS build: the loader file of the dependency that costs more at load than all of core,
 * src/dataset/zod.ts (zod), is replaced by a `require` on first use, so require('@scpkit/core') does
 * not load it until a dataset is validated.
 */
const lazyLoaders: Record<string, { name: string; module: string }> = {
  'src/dataset/zod.ts': { name: 'zod', module: 'zod' },
};
const lazyRequireForCommonJs: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'lazy-require-for-commonjs',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]dataset[\\/]zod\.ts$/ }, (args) => {
      const file = Object.keys(lazyLoaders).find((f) => args.path.replace(/\\/g, '/').endsWith(f));
      if (file === undefined) return undefined;
      const { name, module } = lazyLoaders[file]!;
      return {
        loader: 'ts',
        contents: `let loaded: unknown;
export function ${name}() {
  return (loaded ??= require(${JSON.stringify(module)}));
}
`,
      };
    });
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
    esbuildPlugins: [lazyRequireForCommonJs],
  },
]);

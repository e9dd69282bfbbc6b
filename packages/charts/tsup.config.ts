import { defineConfig } from 'tsup';
import { esmTypesFromCjs, minifyKeepingNames } from '../../scripts/tsup-shared.js';

// ES module and CommonJS builds, bundled; one set of types (the .d.cts) and names kept: see scripts/tsup-shared.ts.
const entries = { index: 'src/index.ts' };

export default defineConfig([
  {
    entry: entries,
    format: ['esm'],
    clean: true,
    sourcemap: false,
    target: 'node20',
    ...minifyKeepingNames,
    onSuccess: esmTypesFromCjs(entries),
  },
  {
    entry: entries,
    format: ['cjs'],
    dts: true,
    sourcemap: false,
    target: 'node20',
    ...minifyKeepingNames,
  },
]);

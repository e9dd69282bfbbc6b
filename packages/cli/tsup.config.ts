import { defineConfig } from 'tsup';
import { bundledLibraryBuilds, minifyKeepingNames } from '../../scripts/tsup-shared.js';

// The library entry (ES module and CommonJS; one set of types, the .d.cts) and the `scpkit` command;
// names kept: see scripts/tsup-shared.ts.
export default defineConfig([
  ...bundledLibraryBuilds({ index: 'src/index.ts' }),
  {
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    banner: { js: '#!/usr/bin/env node' },
    sourcemap: false,
    target: 'node20',
    ...minifyKeepingNames,
  },
]);

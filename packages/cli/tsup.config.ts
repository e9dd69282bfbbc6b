import { defineConfig } from 'tsup';
import { esmTypesFromCjs, minifyKeepingNames } from '../../scripts/tsup-shared.js';

// The library entry (ES module and CommonJS; one set of types, the .d.cts) and the `scpkit` command;
// names kept: see scripts/tsup-shared.ts.
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
  {
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    banner: { js: '#!/usr/bin/env node' },
    sourcemap: false,
    target: 'node20',
    ...minifyKeepingNames,
  },
]);

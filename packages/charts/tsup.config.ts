import { defineConfig } from 'tsup';
import { bundledLibraryBuilds } from '../../scripts/tsup-shared.js';

// ES module and CommonJS builds, bundled; one set of types (the .d.cts) and names kept: see scripts/tsup-shared.ts.
export default defineConfig(bundledLibraryBuilds({ index: 'src/index.ts' }));

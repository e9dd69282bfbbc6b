import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: false,
  target: 'node20',
  // `import.meta.url` (the lazy require of danfojs-node in src/danfo.ts) in the CommonJS build too.
  shims: true,
});

import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (pkg: string, entry = 'index') =>
  fileURLToPath(new URL(`./packages/${pkg}/src/${entry}.ts`, import.meta.url));

// Tests import workspace packages from source, so a test never runs against a stale build.
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@scpkit\/core\/node$/, replacement: src('core', 'node') },
      { find: /^@scpkit\/core$/, replacement: src('core') },
      { find: /^@scpkit\/charts$/, replacement: src('charts') },
      { find: /^@scpkit\/frames$/, replacement: src('frames') },
    ],
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'datasets/**/*.test.ts', 'tests/**/*.test.ts'],
    testTimeout: 60_000,
  },
});

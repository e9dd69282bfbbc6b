// Build settings shared by the packages' tsup configs (issue 10: the weight of the published tarballs).
import { writeFile } from 'node:fs/promises';
import type { Options } from 'tsup';

/**
 * Published JavaScript: whitespace and syntax minified, identifiers kept. No source maps are shipped,
 * so kept names are what makes a user's stack trace readable (function and variable names as in the
 * source); renaming them would save only about 5% more, the weight being the code and its messages.
 */
export const minifyKeepingNames = { minifyWhitespace: true, minifySyntax: true, minifyIdentifiers: false } satisfies Options;

/**
 * One set of type declarations, the CommonJS one (`dist/<entry>.d.cts`, every TSDoc comment kept):
 * each entry's ES module declarations `dist/<entry>.d.ts` are the one line `export * from './<entry>.cjs'`,
 * which TypeScript resolves to the .d.cts (an ES module may import CommonJS; the reverse would need
 * `require(esm)`). Two full copies doubled the types' share of the tarball. For tsup's `onSuccess` of
 * the build without `dts`: `onSuccess: esmTypesFromCjs(entries)`.
 */
export function esmTypesFromCjs(entries: Record<string, string>): () => Promise<void> {
  return async () => {
    for (const name of Object.keys(entries)) {
      await writeFile(`dist/${name}.d.ts`, `export * from './${name}.cjs';\n`);
    }
  };
}

/**
 * The two builds of a library bundled per entry (charts, cli): an ES module build (which cleans
 * `dist/` and writes the one-line ES types, {@link esmTypesFromCjs}) and a CommonJS build with the
 * declarations, both minified with names kept, no source maps, for Node 20.
 */
export function bundledLibraryBuilds(entries: Record<string, string>): Options[] {
  const common = { entry: entries, sourcemap: false, target: 'node20', ...minifyKeepingNames } satisfies Options;
  return [
    { ...common, format: ['esm'], clean: true, onSuccess: esmTypesFromCjs(entries) },
    { ...common, format: ['cjs'], dts: true },
  ];
}

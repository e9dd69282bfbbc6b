// What a user of the built packages gets from every public entry point (issue 10: the published
// tarballs were made lighter by shipping one set of type declarations and minified JavaScript).
// For each subpath export of each workspace package, through the package's own "exports" as an
// installed user resolves it (node_modules/@scpkit/* links to the workspace):
// - `import` (ES module) and `require` (CommonJS) both give every value the source exports;
// - TypeScript finds every exported name, values and types, from an ES module and from a CommonJS
//   file (node16 resolution) and as a bundler resolves it, and the names keep their TSDoc.
// Needs `npm run build` (it reads packages/*/dist, not the sources).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { entries, publicExports } from '../docs/public-exports.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const list = entries(root);
const exported = publicExports(root);
const namesOf = (specifier: string, kind?: 'value') =>
  exported.filter((e) => e.entry === specifier && (kind === undefined || e.kind === kind)).map((e) => e.name).sort();

/** The sorted own keys of the module as Node loads it in a fresh process, by `import` or `require`. */
function runtimeKeys(specifier: string, how: 'import' | 'require'): string[] {
  const code =
    how === 'import'
      ? `const m = await import(${JSON.stringify(specifier)}); console.log(JSON.stringify(Object.keys(m).sort()));`
      : `const m = require(${JSON.stringify(specifier)}); console.log(JSON.stringify(Object.keys(m).filter((k) => k !== '__esModule').sort()));`;
  const args = how === 'import' ? ['--input-type=module', '-e', code] : ['-e', code];
  return JSON.parse(execFileSync(process.execPath, args, { cwd: root }).toString()) as string[];
}

type Mode = { name: string; file: string; options: ts.CompilerOptions };
const modes: Mode[] = [
  { name: 'node16, from an ES module', file: 'consumer.mts', options: { module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16 } },
  { name: 'node16, from CommonJS', file: 'consumer.cts', options: { module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16 } },
  { name: 'bundler', file: 'consumer.ts', options: { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler } },
];

/** The names TypeScript sees exported by `specifier` from a consumer file in `mode`, with the TSDoc of each, and any error. */
function typeExports(specifier: string, mode: Mode): { names: string[]; documented: number; declarationFiles: string[]; errors: string[] } {
  const file = join(root, `__published-entries__${mode.file}`);
  const source = `import * as entry from ${JSON.stringify(specifier)};\nexport type Entry = typeof entry;\n`;
  const options: ts.CompilerOptions = { ...mode.options, strict: true, noEmit: true, skipLibCheck: false, types: [], target: ts.ScriptTarget.ES2022 };
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (name, languageVersion, ...rest) =>
    name === file ? ts.createSourceFile(name, source, languageVersion) : read(name, languageVersion, ...rest);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => name === file || fileExists(name);
  const program = ts.createProgram({ rootNames: [file], options, host });
  const checker = program.getTypeChecker();
  const consumer = program.getSourceFile(file)!;
  const errors = ts.getPreEmitDiagnostics(program, consumer).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  const importDeclaration = consumer.statements[0] as ts.ImportDeclaration;
  const moduleSymbol = checker.getSymbolAtLocation(importDeclaration.moduleSpecifier);
  if (moduleSymbol === undefined) return { names: [], documented: 0, declarationFiles: [], errors: [...errors, `${specifier}: no module`] };
  const symbols = checker.getExportsOfModule(moduleSymbol);
  const documented = symbols.filter((s) => ts.displayPartsToString((s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s).getDocumentationComment(checker)).length > 0).length;
  const declarationFiles = program.getSourceFiles().map((f) => f.fileName).filter((f) => f.includes('/packages/')).map((f) => f.slice(root.length));
  return { names: symbols.map((s) => s.getName()).sort(), documented, declarationFiles, errors };
}

describe('the built packages, as a user imports them', () => {
  it('are built (npm run build)', () => {
    for (const e of list) expect(existsSync(join(root, e.source.replace('/src/', '/dist/').replace(/\.ts$/, '.js'))), e.specifier).toBe(true);
  });

  for (const e of list) {
    describe(e.specifier, () => {
      const values = namesOf(e.specifier, 'value');
      it('gives every value the source exports, by import and by require', () => {
        expect(values.length).toBeGreaterThan(0);
        expect(runtimeKeys(e.specifier, 'import')).toEqual(values);
        expect(runtimeKeys(e.specifier, 'require')).toEqual(values);
      });

      for (const mode of modes) {
        it(`has types for every exported name (${mode.name}), with their TSDoc`, () => {
          const found = typeExports(e.specifier, mode);
          expect(found.errors).toEqual([]);
          expect(found.names).toEqual(namesOf(e.specifier));
          expect(found.declarationFiles.every((f) => f.includes('/dist/')), found.declarationFiles.join(', ')).toBe(true);
          // Most exports carry TSDoc in the source (the few without are listed in tests/docs): the published types keep it.
          expect(found.documented).toBeGreaterThan(found.names.length / 2);
        });
      }
    });
  }
});

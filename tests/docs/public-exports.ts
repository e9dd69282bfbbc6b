// The public exports of the workspace packages and their TSDoc @example blocks, read with the
// TypeScript compiler from the sources behind every package.json export (scripts/public-entries.mjs).
import { join } from 'node:path';
import ts from 'typescript';
// @ts-expect-error -- a plain .mjs script without types
import { publicEntries } from '../../scripts/public-entries.mjs';

/** One exported name of one public entry point. */
export interface PublicExport {
  /** The import specifier (`@scpkit/core`, `@scpkit/core/node`). */
  readonly entry: string;
  readonly name: string;
  /** `value` (function, class, constant: has a runtime value) or `type` (interface, type alias only). */
  readonly kind: 'value' | 'type';
  /** Source file (repository-relative) of its declaration and the line, for messages. */
  readonly file: string;
  readonly line: number;
  /** The text of each `@example` tag of its TSDoc, in order (fences kept). */
  readonly examples: readonly string[];
}

export interface Entry {
  readonly pkg: string;
  readonly subpath: string;
  readonly specifier: string;
  readonly source: string;
}

export const entries = (root: string): Entry[] => publicEntries(root) as Entry[];

/** Every export of every public entry point, sorted by entry then name. */
export function publicExports(root: string): PublicExport[] {
  const list = entries(root);
  const config = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.docs.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n')); } });
  if (config === undefined) throw new Error('cannot read tsconfig.docs.json');
  const program = ts.createProgram({ rootNames: list.map((e) => join(root, e.source)), options: config.options });
  const checker = program.getTypeChecker();
  const found: PublicExport[] = [];
  for (const e of list) {
    const file = program.getSourceFile(join(root, e.source));
    const moduleSymbol = file === undefined ? undefined : checker.getSymbolAtLocation(file);
    if (moduleSymbol === undefined) throw new Error(`${e.source}: not a module`);
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const declarations = symbol.getDeclarations() ?? [];
      const declaration = declarations[0];
      if (declaration === undefined) continue;
      const isValue = (symbol.flags & ts.SymbolFlags.Value) !== 0;
      const source = declaration.getSourceFile();
      const examples = declarations.flatMap((d) => ts.getJSDocTags(exampleHost(d)).filter((t) => t.tagName.text === 'example').map((t) => commentText(t.comment)));
      found.push({
        entry: e.specifier,
        name: exported.getName(),
        kind: isValue ? 'value' : 'type',
        file: source.fileName.slice(root.length).replace(/^\//, ''),
        line: source.getLineAndCharacterOfPosition(declaration.getStart()).line + 1,
        examples: [...new Set(examples)],
      });
    }
  }
  return found.sort((a, b) => a.entry.localeCompare(b.entry) || a.name.localeCompare(b.name));
}

/** The node whose JSDoc documents `d` (a variable's comment sits on its statement). */
function exampleHost(d: ts.Declaration): ts.Node {
  if (ts.isVariableDeclaration(d)) return d.parent.parent;
  return d;
}

function commentText(comment: string | ts.NodeArray<ts.JSDocComment> | undefined): string {
  if (comment === undefined) return '';
  if (typeof comment === 'string') return comment;
  return comment.map((c) => (typeof c.text === 'string' ? c.text : '')).join('');
}

// Turns a TSDoc @example into a module the examples test runs (tests/docs/examples.test.ts).
//
// The convention (docs/architecture.md, "Documenting an export"): an example is TypeScript; each
// expression statement whose result is shown carries the result in a comment, on its line or on
// the next line:
//   percentChange(100, 112.5); // => 12.5
//   rankedBars(rows, options).table.columns;
//   // => ['Category', 'Referrals']
//   percentChange(0, 1); // throws InvalidInputError
// The shown result is a JavaScript expression (a literal). Numbers are compared to the decimals
// shown (`// => 0.57` passes for 0.5712), everything else with deep equality. Names of every public
// entry point are in scope (the example's own entry first); `import` lines of the example are kept.
import ts from 'typescript';

/** One shown result: the statement and what the example says it gives. */
export interface ShownResult {
  readonly code: string;
  readonly shown: string;
  readonly throws: boolean;
}

/** `text` of an @example without a surrounding ``` fence. */
export function exampleCode(text: string): string {
  const fenced = /```[a-z]*\n([\s\S]*?)\n\s*```/i.exec(text);
  if (fenced !== null) return fenced[1]!.trim();
  // Unfenced: the code ends where a prose paragraph (a reference, a note) starts after a blank line.
  return text.split(/\n[ \t]*\n(?=(?:References?|Sources?|Notes?|See)\b)/)[0]!.trim();
}

/**
 * The module source for one example: `prelude` (imports) first, the example's own import lines
 * hoisted, then `export default async function (check)` running the rest, every shown-result
 * statement replaced by `await check(() => <expression>, <shown>, <throws>, <code>)`.
 * Returns the shown results too (an example with none shows nothing and fails the test).
 */
export function exampleProgram(code: string, prelude: string | ((ownImports: ReadonlySet<string>) => string)): { source: string; shown: ShownResult[] } {
  const file = ts.createSourceFile('example.ts', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const shown: ShownResult[] = [];
  const edits: { start: number; end: number; text: string }[] = [];
  const imports: string[] = [];
  const imported = new Set<string>();
  for (const statement of file.statements) {
    if (ts.isImportDeclaration(statement)) {
      imports.push(statement.getText(file));
      const bindings = statement.importClause?.namedBindings;
      if (bindings !== undefined && ts.isNamedImports(bindings)) for (const el of bindings.elements) imported.add(el.name.text);
      if (statement.importClause?.name !== undefined) imported.add(statement.importClause.name.text);
      edits.push({ start: statement.getStart(file), end: statement.getEnd(), text: '' });
      continue;
    }
    if (!ts.isExpressionStatement(statement)) continue;
    const result = shownAfter(code, statement.getEnd());
    if (result === undefined) continue;
    const expression = statement.expression.getText(file);
    shown.push({ code: expression, shown: result.text, throws: result.throws });
    const expected = result.throws ? JSON.stringify(result.text) : `(() => (${result.text}))`;
    edits.push({
      start: statement.getStart(file),
      end: statement.getEnd(),
      text: `await check(async () => (${expression}), ${expected}, ${result.throws}, ${JSON.stringify(expression)});`,
    });
  }
  let body = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) body = body.slice(0, edit.start) + edit.text + body.slice(edit.end);
  const source = `${typeof prelude === 'string' ? prelude : prelude(imported)}\n${imports.join('\n')}\nexport default async function (check: (actual: () => Promise<unknown>, expected: unknown, throws: boolean, code: string) => Promise<void>): Promise<void> {\n${body}\n}\n`;
  return { source, shown };
}

/** The `// => value` or `// throws Name` comment right after position `end` (same line, or alone on the next line). */
function shownAfter(code: string, end: number): { text: string; throws: boolean } | undefined {
  const rest = code.slice(end);
  const m = /^[ \t]*(?:\r?\n[ \t]*)?\/\/[ \t]*(=>|throws\b)[ \t]*(.*)$/m.exec(rest);
  if (m === null || m.index !== 0) return undefined;
  // A shown value may go on over the next comment lines that are indented (`//   more`) or close it (`// }`).
  let text = m[2]!;
  for (const line of rest.slice(m[0].length).split('\n').slice(1)) {
    const c = /^[ \t]*\/\/ ?(.*)$/.exec(line);
    if (c === null || !/^(\s|[}\])])/.test(c[1]!)) break;
    text += `\n${c[1]!}`;
  }
  m[2] = text;
  const throws = m[1] !== '=>';
  // `// throws InvalidInputError: why` shows the error's name, then optionally why.
  return { text: throws ? (/^[A-Za-z_$][\w$]*/.exec(m[2]!.trim())?.[0] ?? m[2]!.trim()) : m[2]!.trim(), throws };
}

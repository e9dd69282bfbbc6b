// Every public export of every package entry (package.json "exports") has TSDoc with a worked
// @example whose result is shown, and every example runs and gives what it shows, so the docs
// cannot drift from the code. See tests/docs/example-program.ts for the convention.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { exampleCode, exampleProgram } from './example-program.js';
import { entries, publicExports, type PublicExport } from './public-exports.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const all = publicExports(root);
const key = (e: PublicExport) => `${e.entry} ${e.name}`;

/** Examples with at least one shown result (`// => …` or `// throws …`). */
const runnable = (e: PublicExport) => e.examples.filter((x) => exampleProgram(exampleCode(x), '').shown.length > 0);

const scratch = join(root, 'tests/docs/.examples');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Import lines bringing every public name into scope, `own` entry first (a name two entries export comes from the first). */
function prelude(own: string, ownImports: ReadonlySet<string>): string {
  const order = [own, ...entries(root).map((e) => e.specifier).filter((s) => s !== own)];
  const taken = new Set<string>(ownImports);
  const lines: string[] = [];
  for (const specifier of order) {
    const source = entries(root).find((e) => e.specifier === specifier)!.source;
    const names = all.filter((e) => e.entry === specifier && !taken.has(e.name));
    for (const n of names) taken.add(n.name);
    if (names.length === 0) continue;
    const list = names.map((n) => (n.kind === 'type' ? `type ${n.name}` : n.name)).join(', ');
    lines.push(`import { ${list} } from ${JSON.stringify(pathToFileURL(join(root, source)).pathname)};`);
  }
  return lines.join('\n');
}

/** Decimals a shown number has (`0.57` -> 2). */
const decimals = (n: number) => (Number.isInteger(n) ? 0 : (String(n).split('.')[1] ?? '').length);

/** `actual` agrees with the shown `expected`: numbers to the decimals shown, the rest deeply equal. */
function agrees(actual: unknown, expected: unknown): boolean {
  if (typeof expected === 'number' && typeof actual === 'number') {
    if (!Number.isFinite(expected)) return Object.is(actual, expected);
    return Number(actual.toFixed(decimals(expected))) === expected;
  }
  if (Array.isArray(expected)) return Array.isArray(actual) && actual.length === expected.length && expected.every((x, i) => agrees(actual[i], x));
  if (expected !== null && typeof expected === 'object' && actual !== null && typeof actual === 'object' && !Array.isArray(actual)) {
    const a = Object.entries(actual as Record<string, unknown>).filter(([, v]) => v !== undefined);
    const b = Object.entries(expected as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return a.length === b.length && b.every(([k, v]) => agrees((actual as Record<string, unknown>)[k], v));
  }
  return isDeepStrictEqual(actual, expected);
}

describe('API examples', () => {
  it('every public export has a worked @example with its result shown', () => {
    expect(all.length).toBeGreaterThan(400);
    const lacking = all.filter((e) => runnable(e).length === 0);
    const lines = lacking.map((e) => `${e.entry} ${e.name} (${e.file}:${e.line}): ${e.examples.length === 0 ? 'no @example' : '@example shows no result (add `// => value`)'}`);
    expect(lines, `exports without a worked @example (see docs/architecture.md, "Documenting an export"):\n${lines.join('\n')}`).toEqual([]);
  });

  const withExamples = all.filter((e) => runnable(e).length > 0);
  it.each(withExamples.map((e) => [key(e), e] as const))('%s: its examples give what they show', async (_name, e) => {
    mkdirSync(scratch, { recursive: true });
    for (const [i, text] of runnable(e).entries()) {
      const { source } = exampleProgram(exampleCode(text), (ownImports) => prelude(e.entry, ownImports));
      const file = join(scratch, `${e.entry.replace(/[@/]/g, '_')}-${e.name}-${i}.ts`);
      writeFileSync(file, source);
      const run = ((await import(pathToFileURL(file).href)) as { default: (check: unknown) => Promise<void> }).default;
      const failures: string[] = [];
      await run(async (actual: () => Promise<unknown>, expected: unknown, throws: boolean, code: string) => {
        if (throws) {
          try {
            await actual();
            failures.push(`${code}: shown to throw ${String(expected)}, returned`);
          } catch (error) {
            const name = (error as Error)?.name ?? (error as object)?.constructor?.name;
            if (name !== expected && (error as object)?.constructor?.name !== expected) failures.push(`${code}: shown to throw ${String(expected)}, threw ${String(name)}: ${(error as Error).message}`);
          }
          return;
        }
        const value = await actual();
        const shown = (expected as () => unknown)();
        if (!agrees(value, shown)) failures.push(`${code}\n  shown:  ${JSON.stringify(shown)}\n  actual: ${JSON.stringify(value)}`);
      });
      expect(failures, `${e.entry} ${e.name} (${e.file}:${e.line}), example ${i + 1}:\n${failures.join('\n')}`).toEqual([]);
    }
  });
});

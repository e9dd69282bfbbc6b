import { describe, expect, it } from 'vitest';
import { exampleCode, exampleProgram } from './example-program.js';

describe('exampleProgram', () => {
  it('turns each shown result into a check: same line, next line, continued lines, throws', () => {
    const code = ["import { join } from 'node:path';", 'const x = 2;', 'x * 3; // => 6', 'join("a", "b");', "// => 'a/b'", '[x,', '  x]; // => [', '//   2, 2]', 'f(); // throws InvalidInputError: why', 'x; // not a shown result'].join('\n');
    const { source, shown } = exampleProgram(code, (own) => `// prelude without ${[...own].join(',')}`);
    expect(shown).toEqual([
      { code: 'x * 3', shown: '6', throws: false },
      { code: 'join("a", "b")', shown: "'a/b'", throws: false },
      { code: '[x,\n  x]', shown: '[\n  2, 2]', throws: false },
      { code: 'f()', shown: 'InvalidInputError', throws: true },
    ]);
    expect(source.startsWith("// prelude without join\nimport { join } from 'node:path';\nexport default async function")).toBe(true);
    expect(source).toContain('await check(async () => (x * 3), (() => (6)), false, "x * 3");');
    expect(source).toContain('x; // not a shown result');
  });

  it('reads the code of a fenced example, and stops an unfenced one at a reference paragraph', () => {
    expect(exampleCode('```ts\nf(); // => 1\n```\nmore prose')).toBe('f(); // => 1');
    expect(exampleCode('f(); // => 1\n\nReference: somewhere, 2021.')).toBe('f(); // => 1');
  });

  it('a generated example fails when the code does not give what it shows (the check sees both)', async () => {
    const { source } = exampleProgram('1 + 1; // => 3', '');
    const seen: [unknown, unknown][] = [];
    const body = source.replace(/^[\s\S]*?\{\n/, '').replace(/\n\}\n$/, '');
    const run = new Function('check', `return (async () => {\n${body}\n})();`) as (check: unknown) => Promise<void>;
    await run(async (actual: () => Promise<unknown>, expected: () => unknown) => {
      seen.push([await actual(), expected()]);
    });
    expect(seen).toEqual([[2, 3]]);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as spc from './index.js';

// Examples that cannot drift (STYLE.md: simple-statistics' linted @example): every `@example` in
// these files is run, and each `// => value` must equal the statement just before it. A result may
// continue on following lines written `//    ...`; other `//` lines are commentary.
const FILES = ['variation-class.ts', 'assurance-class.ts', 'spc-summary.ts', 'escalation-candidates.ts'];

interface Check {
  readonly setup: string[];
  readonly expression: string;
  readonly expected: string;
}

function examplesOf(source: string): Check[][] {
  const blocks: Check[][] = [];
  for (const comment of source.match(/\/\*\*[\s\S]*?\*\//g) ?? []) {
    const lines = comment.split('\n').map((line) => line.replace(/^\s*\*( |$)/, ''));
    let at = lines.findIndex((line) => line.startsWith('@example'));
    while (at >= 0) {
      const checks: Check[] = [];
      const statements: string[] = [];
      let pending = '';
      let i = at + 1;
      for (; i < lines.length; i += 1) {
        const line = lines[i] as string;
        if (line.trim() === '' || line.startsWith('@') || line.startsWith('*/')) break;
        if (line.startsWith('// =>')) {
          let expected = line.slice('// =>'.length);
          while (i + 1 < lines.length && /^\/\/ {2,}\S/.test(lines[i + 1] as string)) {
            i += 1;
            expected += `\n${(lines[i] as string).slice(2)}`;
          }
          checks.push({ setup: statements.slice(0, -1), expression: (statements.at(-1) ?? '').replace(/;\s*$/, ''), expected });
        } else if (!line.startsWith('//')) {
          pending += `${line}\n`;
          if (line.trimEnd().endsWith(';')) {
            statements.push(pending);
            pending = '';
          }
        }
      }
      blocks.push(checks);
      const next = lines.slice(i).findIndex((line) => line.startsWith('@example'));
      at = next < 0 ? -1 : i + next;
    }
  }
  return blocks;
}

const names = Object.keys(spc);
const values = names.map((name) => (spc as Record<string, unknown>)[name]);

describe('TSDoc @example blocks of the SPC summaries', () => {
  for (const file of FILES) {
    const blocks = examplesOf(readFileSync(new URL(file, import.meta.url), 'utf8'));
    it(`${file} has an @example with shown results, and they hold`, () => {
      expect(blocks.length).toBeGreaterThan(0);
      for (const checks of blocks) {
        expect(checks.length).toBeGreaterThan(0);
        for (const { setup, expression, expected } of checks) {
          const actual = new Function(...names, `${setup.join('')}return (${expression});`)(...values);
          expect(actual, `${file}: ${expression.trim()}`).toEqual(new Function(`return (${expected});`)());
        }
      }
    });
  }
});

import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkDisclosureCommand } from './check-disclosure.js';
import { recordingIO } from './test-io.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const eastSussex = join(root, 'datasets/east-sussex/2021-22');
const spec = (disclosure?: string) => JSON.stringify({ $schema: 'https://vega.github.io/schema/vega-lite/v5.json', usermeta: { scpkit: { notebook: 'notebooks/x.ipynb', ...(disclosure === undefined ? {} : { disclosure }) } } });

/** An output folder as reproduce --out writes it: figures/ (spec + CSV), notebooks/, the gallery. */
function outputs(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'scpkit-check-disclosure-'));
  mkdirSync(join(dir, 'figures'));
  mkdirSync(join(dir, 'notebooks'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('scpkit check-disclosure', () => {
  it('a published dataset has no risk; the same report declared protect lists each small count by file, line and field', async () => {
    const io = recordingIO(root);
    expect(await checkDisclosureCommand.run([eastSussex], io)).toBe(0);
    expect(io.stdout.at(-1)).toBe('datasets/east-sussex/2021-22: 0 risks in 0 protected resources (13 resources marked "published", already public, not checked)');

    const dir = mkdtempSync(join(tmpdir(), 'scpkit-check-disclosure-ds-'));
    cpSync(eastSussex, dir, { recursive: true, filter: (p) => !p.endsWith('.test.ts') });
    const descriptor = join(dir, 'datapackage.json');
    const { readFileSync } = await import('node:fs');
    writeFileSync(descriptor, readFileSync(descriptor, 'utf8').replace(/"disclosure": "published"/g, '"disclosure": "protect"'));
    const protectedIo = recordingIO(dir);
    expect(await checkDisclosureCommand.run(['.'], protectedIo)).toBe(1);
    // chart-series.csv line 3: "rapid-review-abuse-types,...,2,Non accidental infant injury - Head trauma,3" (a count of 3).
    expect(protectedIo.stdout).toContain('chart-series.csv:3:value: chart "rapid-review-abuse-types" point 2 (3) is a count from 1 to 5: shown as [c] (resource marked "protect": do not publish this file as it is)');
    expect(protectedIo.stdout.at(-1)).toMatch(/^\.: \d+ risks in 13 protected resources$/);
  });

  it('outputs: a protected figure CSV with a small count, a [c] a Total row gives back, a notebook table and Markdown, the gallery', async () => {
    const dir = outputs({
      'figures/a.vl.json': spec('protect'),
      'figures/a.csv': 'Type,Children\nNeglect,3\nOther,20\n',
      'figures/b.vl.json': spec('protect'),
      'figures/b.csv': 'Type,Children\nNeglect,[c]\nOther,20\nTotal,23\n',
      'figures/published.vl.json': spec(),
      'figures/published.csv': 'Type,Children\nNeglect,2\n',
      'figures/index.html': '<table><tr><td>Neglect</td><td>4</td></tr></table>',
      'notebooks/x.ipynb': JSON.stringify({ cells: [{ outputs: [{ output_type: 'display_data', data: { 'text/html': '<table><tr><td>5</td></tr></table>', 'text/markdown': 'We held 2 reviews in Q1.' } }] }] }),
    });
    const io = recordingIO(dir);
    expect(await checkDisclosureCommand.run(['.'], io)).toBe(1);
    expect(io.stdout).toEqual([
      'figures/a.csv:2:Children: publishes 3, a count from 1 to 5',
      'figures/b.csv:2:Children: [c] is the only hidden cell of its column, so the "Total" row gives it back',
      'figures/index.html:table cell 2: publishes 4, a count from 1 to 5',
      'notebooks/x.ipynb:cell 1:output 1: a table cell publishes 5, a count from 1 to 5',
      'notebooks/x.ipynb:cell 1:output 1: Markdown text states a whole number from 1 to 5: "We held 2 reviews in Q1."',
      '.: 5 risks in 2 figures, 1 notebook and the gallery',
    ]);
    // --all also checks the figure written from published data.
    const all = recordingIO(dir);
    expect(await checkDisclosureCommand.run(['.', '--all'], all)).toBe(1);
    expect(all.stdout).toContain('figures/published.csv:2:Children: publishes 2, a count from 1 to 5');
  });

  it('outputs of published data only: nothing checked unless --all; clean protected outputs exit 0', async () => {
    const published = outputs({ 'figures/p.vl.json': spec(), 'figures/p.csv': 'Type,Children\nNeglect,2\n' });
    const io = recordingIO(published);
    expect(await checkDisclosureCommand.run(['.'], io)).toBe(0);
    expect(io.stdout).toEqual(['.: no figure written from protected data (run with --all to check the figures of published data too)']);
    const clean = outputs({ 'figures/c.vl.json': spec('protect'), 'figures/c.csv': 'Type,Children\nNeglect,[c]\nAbuse,[c]\nOther,20\nTotal,31\n' });
    const ok = recordingIO(clean);
    expect(await checkDisclosureCommand.run(['.'], ok)).toBe(0);
    expect(ok.stdout).toEqual(['.: 0 risks in 1 figure, 0 notebooks and the gallery']);
  });

  it('usage errors and missing folders exit 2 with one line', async () => {
    const io = recordingIO(root);
    expect(await checkDisclosureCommand.run(['no-such-folder'], io)).toBe(2);
    expect(io.stderr).toEqual(['scpkit check-disclosure: no such directory: no-such-folder']);
    const two = recordingIO(root);
    expect(await checkDisclosureCommand.run(['a', 'b'], two)).toBe(2);
    expect(two.stderr[0]).toBe('scpkit check-disclosure: expected at most one directory, got 2');
    const empty = recordingIO(mkdtempSync(join(tmpdir(), 'scpkit-check-disclosure-empty-')));
    expect(await checkDisclosureCommand.run(['.'], empty)).toBe(2);
  });
});

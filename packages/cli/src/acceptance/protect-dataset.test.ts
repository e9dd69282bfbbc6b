// Acceptance test of issue 12 (disclosure control): the committed East Sussex report, copied and
// declared "protect" in every resource, is run through `scpkit reproduce --dataset --out` by the built
// CLI, as a user would. No figure CSV, notebook output or gallery cell may then hold a count from 1 to
// 5, nor a [c] that a total gives back; `scpkit check-disclosure` agrees, and lists the dataset's own
// small counts. Slow (every notebook runs once): the one reproduce of this file.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvToTable } from '@scpkit/charts';
import { tableRisks } from '../disclosure/output-risks.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const cli = join(root, 'packages/cli/dist/cli.js');
const run = (args: string[]) => spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8', timeout: 900_000 });
const source = join(root, 'datasets/east-sussex/2021-22');

let scratch: string;
let dataset: string;
let out: string;
let reproduced: ReturnType<typeof run>;

/** A whole number from 1 to 5, as a whole cell. */
const small = (text: string) => /^\s*[1-5]\s*$/.test(text);
/** Cells of the HTML tables of a text. */
const htmlCells = (html: string) => [...html.matchAll(/<t[dh]\b[^>]*>([\s\S]*?)<\/t[dh]>/gi)].map((m) => (m[1] ?? '').replace(/<[^>]*>/g, '').trim());

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'scpkit-protect-'));
  dataset = join(scratch, 'datasets', 'made-up', '2021-22');
  out = join(scratch, 'out');
  cpSync(source, dataset, { recursive: true, filter: (path) => !path.endsWith('.test.ts') });
  const descriptorPath = join(dataset, 'datapackage.json');
  const descriptor = JSON.parse(readFileSync(descriptorPath, 'utf8')) as { resources: { disclosure?: string }[] };
  for (const resource of descriptor.resources) resource.disclosure = 'protect';
  writeFileSync(descriptorPath, `${JSON.stringify(descriptor, null, 2)}\n`);
  reproduced = run(['reproduce', '--dataset', dataset, '--out', out]);
}, 1_000_000);

afterAll(() => {
  if (scratch !== undefined) rmSync(scratch, { recursive: true, force: true });
});

describe('a dataset declared "protect", reproduced', () => {
  it('runs every notebook, draws figures and skips those it cannot draw safely, with the reason', () => {
    expect(reproduced.status, reproduced.stdout + reproduced.stderr).toBe(0);
    // Each notebook says, in its output, that it reads the dataset through disclosure control.
    const executed = readFileSync(join(out, 'notebooks', 'rapid-reviews.ipynb'), 'utf8');
    expect(executed).toMatch(/disclosure control: \d+ values withheld from /);
    const written = readdirSync(join(out, 'figures')).filter((n) => n.endsWith('.vl.json'));
    expect(written.length).toBeGreaterThan(10);
    // The report's charts of rapid-review counts are all small counts: not drawn.
    expect(reproduced.stdout).toContain('skipped rapid-review-abuse-types: ');
    for (const name of written) {
      const spec = JSON.parse(readFileSync(join(out, 'figures', name), 'utf8'));
      expect(spec.usermeta.scpkit.disclosure, name).toBe('protect');
    }
  });

  it('no figure CSV holds a count from 1 to 5 or a [c] a total row gives back', () => {
    const csvs = readdirSync(join(out, 'figures')).filter((n) => n.endsWith('.csv'));
    expect(csvs.length).toBeGreaterThan(10);
    for (const name of csvs) {
      const table = csvToTable(readFileSync(join(out, 'figures', name), 'utf8'), name);
      for (const row of table.rows) for (const cell of row) expect(small(String(cell)), `${name}: ${row.join(',')}`).toBe(false);
      expect(tableRisks(name, table)).toEqual([]);
    }
  });

  it('no notebook output table or Markdown text, and no gallery cell, holds a count from 1 to 5', () => {
    const notebooks = readdirSync(join(out, 'notebooks')).filter((n) => n.endsWith('.ipynb'));
    expect(notebooks.length).toBe(readdirSync(join(root, 'notebooks')).filter((n) => n.endsWith('.ipynb')).length);
    let tables = 0;
    for (const name of notebooks) {
      const nb = JSON.parse(readFileSync(join(out, 'notebooks', name), 'utf8')) as { cells: { outputs?: { data?: Record<string, string | string[]> }[] }[] };
      for (const cell of nb.cells) {
        for (const output of cell.outputs ?? []) {
          const text = (key: string) => [output.data?.[key] ?? ''].flat().join('');
          for (const value of htmlCells(text('text/html'))) {
            tables++;
            expect(small(value), `${name}: ${value}`).toBe(false);
          }
          expect(text('text/markdown'), name).not.toMatch(/(?<![\w.,/£:-])[1-5](?![\w.,/%:-]|\s*%)/);
        }
      }
    }
    expect(tables).toBeGreaterThan(100);
    const gallery = readFileSync(join(out, 'figures', 'index.html'), 'utf8');
    const cells = htmlCells(gallery);
    expect(cells.length).toBeGreaterThan(100);
    for (const value of cells) expect(small(value), value).toBe(false);
  });

  it('scpkit check-disclosure finds nothing in the outputs, and lists the small counts of the dataset itself', () => {
    const outputs = run(['check-disclosure', out]);
    expect(outputs.stderr).toBe('');
    const notebooks = readdirSync(join(root, 'notebooks')).filter((name) => name.endsWith('.ipynb')).length;
    expect(outputs.stdout).toMatch(new RegExp(`: 0 risks in \\d+ figures, ${notebooks} notebooks and the gallery\\n$`));
    expect(outputs.status).toBe(0);
    const data = run(['check-disclosure', dataset]);
    expect(data.status).toBe(1);
    expect(data.stdout).toMatch(/chart-series\.csv:\d+:value: chart "rapid-review-abuse-types" point 2 \(3\) is a count from 1 to 5: shown as \[c\]/);
  });
});

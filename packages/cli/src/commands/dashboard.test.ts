import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { dashboardCommand } from './dashboard.js';
import { recordingIO } from './test-io.js';

const repository = fileURLToPath(new URL('../../../../', import.meta.url));
const example = join(repository, 'datasets/example-synthetic/2022-23');
const scratch = mkdtempSync(join(tmpdir(), 'scpkit-dashboard-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('scpkit dashboard', () => {
  it('writes the page and says what it holds (exit 0)', async () => {
    const io = recordingIO(repository);
    const out = join(scratch, 'example');
    expect(await dashboardCommand.run([example, '--out', out], io)).toBe(0);
    expect(io.stderr).toEqual([]);
    // The example is "protect" (and holds no count from 1 to 5): read through disclosure control, nothing withheld.
    expect(io.stdout[0]).toMatch(/: disclosure control: 0 values withheld \(resources marked "protect"\); the page shows counts from 1 to 5 as \[c\]$/);
    expect(io.stdout[1]).toMatch(/index\.html: 60 quarterly indicators in 5 groups, 0 annual indicators, \d+ escalation candidates, 2 recorded escalations$/);
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(html.match(/<article id="ind-/g)?.length).toBe(60);
    expect(html.match(/<figure class="spc-chart"/g)?.length).toBe(60);
  });

  it('uses the project dataset when none is given, and takes --year-on-year and --run-length', async () => {
    const io = recordingIO(repository);
    expect(await dashboardCommand.run(['--out', join(scratch, 'default'), '--year-on-year', '10', '--run-length', '6'], io)).toBe(0);
    expect(io.stdout[0]).toMatch(/recorded escalations?$/);
  });

  it('refuses a usage error with exit 2 and the usage line', async () => {
    for (const args of [[example], [example, '--out', join(scratch, 'x'), '--run-length', '5'], [example, '--out', join(scratch, 'x'), '--year-on-year', 'many'], ['a', 'b', '--out', 'x'], [example, '--out', join(scratch, 'x'), '--colour']]) {
      const io = recordingIO(repository);
      expect(await dashboardCommand.run(args, io), args.join(' ')).toBe(2);
      expect(io.stderr.join('\n')).toContain('Usage: scpkit dashboard [dir] --out <dir>');
    }
    const io = recordingIO(repository);
    expect(await dashboardCommand.run([join(scratch, 'no-such'), '--out', join(scratch, 'x')], io)).toBe(2);
    expect(io.stderr[0]).toMatch(/^scpkit dashboard: no such directory: /);
  });

  it('prints the problems of an invalid dataset as validate does (exit 1), and writes nothing', async () => {
    const broken = join(scratch, 'broken');
    cpSync(example, broken, { recursive: true });
    const csv = readFileSync(join(broken, 'quarterly-indicators.csv'), 'utf8').split('\n');
    csv[3] = csv[3]!.replace(',count,neutral,', ',count,upwards,');
    writeFileSync(join(broken, 'quarterly-indicators.csv'), csv.join('\n'));
    const io = recordingIO(scratch);
    expect(await dashboardCommand.run(['broken', '--out', 'broken-out'], io)).toBe(1);
    expect(io.stderr[0]).toMatch(/^broken\/quarterly-indicators\.csv:4:improvement: /);
    expect(io.stderr.at(-1)).toMatch(/^scpkit dashboard: broken is not a valid dataset \(\d+ problems?\); run "scpkit validate broken"$/);
    expect(existsSync(join(scratch, 'broken-out'))).toBe(false);
  });

  it('writes one page per dataset of a folder, named by the dataset, and an index of them', async () => {
    const folder = join(scratch, 'several');
    cpSync(example, join(folder, 'a', '2022-23'), { recursive: true });
    cpSync(join(repository, 'datasets/east-sussex/2021-22'), join(folder, 'b', '2021-22'), { recursive: true });
    cpSync(join(repository, 'datasets/england/2021-22'), join(folder, 'c', '2021-22'), { recursive: true });
    const io = recordingIO(scratch);
    expect(await dashboardCommand.run(['several', '--out', 'pages'], io)).toBe(0);
    const names = [JSON.parse(readFileSync(join(example, 'datapackage.json'), 'utf8')).name, JSON.parse(readFileSync(join(repository, 'datasets/east-sussex/2021-22/datapackage.json'), 'utf8')).name] as string[];
    // The example is "protect": a line on disclosure control comes before its page.
    expect(io.stdout.map((l) => l.split(':')[0])).toEqual(['several/a/2022-23', ...names.map((n) => `pages/${n}/index.html`), 'several/c/2021-22', 'pages/index.html']);
    expect(io.stdout).toContain("several/c/2021-22: skipped, a comparators dataset (scpkit.kind), not a partnership's report");
    const index = readFileSync(join(scratch, 'pages', 'index.html'), 'utf8');
    for (const n of names) expect(index).toContain(`<a href="${n}/index.html">`);
  });

  it('prints its help (exit 0)', async () => {
    const io = recordingIO(repository);
    expect(await dashboardCommand.run(['--help'], io)).toBe(0);
    expect(io.stdout[0]).toBe('Usage: scpkit dashboard [dir] --out <dir> [--year-on-year <percent>] [--run-length 6|7]');
  });
});

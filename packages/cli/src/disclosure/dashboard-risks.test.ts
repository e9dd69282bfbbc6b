// Issue 12 on the dashboard: a synthetic "protect" dataset whose quarterly counts include 1 to 5, run
// through `scpkit dashboard`, gives pages with none of them, and `scpkit check-disclosure` proves it;
// pages that leak (tampered copies) are caught, each risk named by file and place.
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDisclosureCommand } from '../commands/check-disclosure.js';
import { dashboardCommand } from '../commands/dashboard.js';
import { recordingIO } from '../commands/test-io.js';
import { dashboardRisks } from './output-risks.js';

const repository = fileURLToPath(new URL('../../../../', import.meta.url));
const example = join(repository, 'datasets/example-synthetic/2022-23');
const scratch = mkdtempSync(join(tmpdir(), 'scpkit-dashboard-risks-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const secure = 'children-in-secure-units';
/** New values of some quarters of one count indicator: counts from 1 to 5, and a 0 (a true zero, shown). */
const planted: Readonly<Record<string, number>> = { 'Q3 2018/19': 3, 'Q2 2020/21': 1, 'Q1 2021/22': 0, 'Q4 2022/23': 5 };

/**
 * A copy of the synthetic example (every resource "protect") with `planted` written into its
 * quarterly-indicators.csv and into the source.txt lines they quote, and the source checksum updated,
 * so it is a valid dataset (scpkit validate) that holds counts from 1 to 5.
 */
function smallCountDataset(): string {
  const dir = join(scratch, 'dataset');
  cpSync(example, dir, { recursive: true, filter: (p) => !p.endsWith('.test.ts') });
  const rewrite = (file: string) => {
    let text = readFileSync(join(dir, file), 'utf8');
    for (const [period, value] of Object.entries(planted)) {
      const quote = new RegExp(`${secure}, ${period.replace('/', '\\/')}: \\d+`, 'g');
      expect(text, `${file} quotes ${secure} ${period}`).toMatch(quote);
      text = text.replace(quote, `${secure}, ${period}: ${value}`);
      if (file.endsWith('.csv')) text = text.replace(new RegExp(`(${secure},[^\\n]*,${period.replace('/', '\\/')}),\\d+,count,`), `$1,${value},count,`);
    }
    writeFileSync(join(dir, file), text);
  };
  rewrite('quarterly-indicators.csv');
  rewrite('source.txt');
  const descriptor = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8'));
  descriptor.scpkit.source.sha256 = createHash('sha256').update(readFileSync(join(dir, 'source.txt'))).digest('hex');
  writeFileSync(join(dir, 'datapackage.json'), `${JSON.stringify(descriptor, null, 2)}\n`);
  return dir;
}

describe('scpkit dashboard on a protected dataset with quarterly counts from 1 to 5', () => {
  let page = '';
  const out = join(scratch, 'out');

  it('writes a page with no count from 1 to 5, says what was withheld, and check-disclosure finds no risk in it', async () => {
    const dataset = smallCountDataset();
    // The dataset itself does hold them: check-disclosure on it lists each, exit 1.
    const before = recordingIO(repository);
    expect(await checkDisclosureCommand.run([dataset], before)).toBe(1);
    expect(before.stdout.filter((l) => l.includes(`"${secure}"`) && l.includes('is a count from 1 to 5'))).toHaveLength(3);

    const io = recordingIO(repository);
    expect(await dashboardCommand.run([dataset, '--out', out], io)).toBe(0);
    expect(io.stdout[0]).toMatch(/: disclosure control: 3 values withheld \(resources marked "protect"\); the page shows counts from 1 to 5 as \[c\]$/);
    page = readFileSync(join(out, 'index.html'), 'utf8');
    const article = page.slice(page.indexOf(`<article id="ind-${secure}"`), page.indexOf('</article>', page.indexOf(`<article id="ind-${secure}"`)));
    expect(article).toContain('No process chart: 3 of the 20 quarters are suppressed ([c]) by disclosure control.');
    expect(article).not.toContain('<figure');
    for (const [period, value] of Object.entries(planted)) {
      const cell = `data-indicator="${secure}" data-period="${period}"`;
      expect(article).toContain(value === 0 ? `${cell}>0</data>` : `${cell} class="suppressed">[c]</data>`);
    }
    // The other 59 indicators keep their charts.
    expect(page.match(/<figure class="spc-chart"/g)?.length).toBe(59);

    const check = recordingIO(repository);
    expect(await checkDisclosureCommand.run([out], check)).toBe(0);
    expect(check.stdout).toHaveLength(1);
    expect(check.stdout[0]).toMatch(/: 0 risks in 1 dashboard page written from protected data$/);
  }, 300_000);

  it('a tampered copy of the page is caught: a count shown, a bare table cell, a [c] its year total gives back, a small number in quoted words', () => {
    expect(page).not.toBe('');
    const tampered = join(scratch, 'tampered', 'index.html');
    mkdirSync(join(scratch, 'tampered'));
    const shown = `data-indicator="${secure}" data-period="Q3 2018/19" class="suppressed">[c]</data>`;
    const leak = page
      // 1. the hidden 3 printed after all
      .replace(`<data value="[c]" data-unit="count" ${shown}`, `<data value="3" data-unit="count" data-indicator="${secure}" data-period="Q3 2018/19">3</data>`)
      // 2. a bare cell, and 4. a quoted small number
      .replace('</tbody>', '<tr><td>Extra</td><td>4</td></tr></tbody>')
      .replace('<span data-text="report">', '<span data-text="report">2 children were held; ')
      // 3. the year 2020/21 of the indicator printed as an annual total
      .replace('</main>', `<table><tr><td><data value="999" data-unit="count" data-indicator="${secure}" data-period="2020/21">999</data></td></tr></table></main>`);
    writeFileSync(tampered, leak);
    const { risks, checked } = dashboardRisks(tampered, false);
    expect(checked).toBe(true);
    expect(risks.map((r) => `${r.where}: ${r.message}`)).toEqual([
      `${secure} Q3 2018/19: publishes 3, a count from 1 to 5`,
      expect.stringMatching(/^table cell \d+: a table cell publishes 4, a count from 1 to 5$/),
      expect.stringMatching(new RegExp(`^${secure} 2020/21: the only \\[c\\] quarter of 2020/21 is given back by the year's total 999 less the quarters shown \\(\\d+\\), if the quarters add up to it$`)),
      expect.stringMatching(/^report text: states a whole number from 1 to 5: "2 children were held/),
    ]);
    // The count of risks is 4 here; the same page marked published is not checked unless --all.
    const published = join(scratch, 'tampered', 'published.html');
    writeFileSync(published, leak.replace('content="protect"', 'content="published"'));
    expect(dashboardRisks(published, false).checked).toBe(false);
    expect(dashboardRisks(published, true).risks).toHaveLength(4);
  });

  it('the committed dashboards: the protected synthetic page has no risk; the published one is checked with --all', async () => {
    const io = recordingIO(repository);
    expect(await checkDisclosureCommand.run(['docs/dashboard'], io)).toBe(0);
    expect(io.stdout).toEqual(['docs/dashboard: 0 risks in 1 dashboard page written from protected data (1 page of published data not checked; --all checks them too)']);
  });
});

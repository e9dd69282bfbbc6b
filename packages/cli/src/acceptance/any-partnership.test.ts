// Acceptance test of issue 8 "any partnership, any year": a second, invented partnership with two
// reports is created through `scpkit init`, filled (most resources left empty, one value revised by
// the later report), and every command runs on it through the built CLI, as a user would.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareWithBenchmark, rateWithCI } from '@scpkit/core';
import { fillSyntheticReport, type SyntheticReport } from './synthetic-partnership.test-support.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const cli = join(root, 'packages/cli/dist/cli.js');
// reproduce runs every notebook (14 with explore and dashboard): several minutes each on a shared machine.
const run = (args: string[]) => spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8', timeout: 1_200_000 });

const reports: readonly SyntheticReport[] = [
  {
    period: '2021/22',
    previous: '2020/21',
    referrals: { current: 4321, previous: 4000, statedChange: 8 },
    plans: { current: 301, previous: 333 },
    lookedAfter: { current: 455, previous: 440 },
    children: 61234,
    training: { courses: 40, participants: 612, attendance: 71, excellent: 55, good: 40 },
    deaths: 9,
    rapidReviews: 5,
  },
  {
    period: '2022/23',
    previous: '2021/22',
    // The later report prints 4,330 referrals for 2021/22 where the earlier printed 4,321: a revision.
    referrals: { current: 4512, previous: 4330, statedChange: 4 },
    plans: { current: 310, previous: 301 },
    lookedAfter: { current: 470, previous: 455 },
    children: 61500,
    training: { courses: 44, participants: 700, attendance: 69, excellent: 60, good: 36 },
  },
];

let scratch: string;
let statusBefore: string;
const repositoryStatus = () => execFileSync('git', ['status', '--porcelain', '--', 'docs', 'notebooks', 'datasets'], { cwd: root, encoding: 'utf8' });
const folder = (period: string) => join(scratch, 'datasets', 'northby', period.replace('/', '-'));
const outOf = (period: string) => join(scratch, `out-${period.replace('/', '-')}`);
const reproduced = new Map<string, ReturnType<typeof run>>();

/** Every file under `dir`, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'scpkit-any-partnership-'));
  statusBefore = repositoryStatus();
  for (const r of reports) {
    const init = run(['init', 'Northby', r.period, '--dir', join(scratch, 'datasets')]);
    expect(init.status, init.stderr).toBe(0);
    fillSyntheticReport(folder(r.period), r);
    const described = run(['describe', folder(r.period)]);
    expect(described.status, described.stderr).toBe(0);
  }
  for (const r of reports) reproduced.set(r.period, run(['reproduce', '--dataset', folder(r.period), '--out', outOf(r.period)]));
}, 2_400_000);

afterAll(() => {
  if (scratch !== undefined) rmSync(scratch, { recursive: true, force: true });
});

describe('a second partnership with two reports, made with scpkit init', () => {
  it('validates each report, and the partnership folder reports the revision between them', () => {
    for (const r of reports) {
      const v = run(['validate', folder(r.period)]);
      expect(v.status, v.stdout + v.stderr).toBe(0);
      expect(v.stdout).toContain('valid (Northby Safeguarding Children Partnership annual report');
    }
    const all = run(['validate', join(scratch, 'datasets', 'northby')]);
    expect(all.status, all.stdout + all.stderr).toBe(0);
    expect(all.stdout).toMatch(/revision: Northby context-values:referrals-statutory-social-care 2021\/22: 4321 in northby-2021-22 \(context-values\.csv:2, section 3\), 4330 in northby-2022-23 \(context-values\.csv:3, section 9\.A\); the series keeps 4330/);
    expect(all.stdout).toContain('1 revision between reports');
  });

  it('audits each report: the claims are checked against its own values', () => {
    const audit = (JSON.parse(execFileSync(process.execPath, [cli, 'audit', folder('2021/22'), '--json'], { cwd: root, encoding: 'utf8' })) as { claims: { id: string; status: string; computed: string }[] }).claims;
    expect(audit.map((a) => [a.id, a.status])).toEqual([
      ['referrals-arrow', 'consistent'],
      ['referrals-change', 'consistent-after-rounding'],
    ]);
    expect(audit.find((a) => a.id === 'referrals-change')?.computed).toBe('+8.03%');
  });

  it('reproduces every notebook on each report, skipping with reasons what a report lacks', () => {
    for (const r of reports) {
      const result = reproduced.get(r.period)!;
      expect(result.status, result.stdout + result.stderr).toBe(0);
      expect(result.stdout).not.toContain('FAILED');
      const skipped = result.stdout.split('\n').filter((l) => l.startsWith('skipped '));
      expect(skipped.length).toBeGreaterThan(5);
      for (const line of skipped) expect(line).toMatch(/^skipped [a-z0-9-]+: \S.*/);
      // The budget resources are left empty in both reports.
      expect(skipped.some((l) => l.startsWith('skipped budget-actual-vs-projected: '))).toBe(true);
      const gallery = readFileSync(join(outOf(r.period), 'figures', 'index.html'), 'utf8');
      expect(gallery).toContain('<h2 id="skipped">');
      expect(gallery).toContain('<code>budget-actual-vs-projected</code>');
      const notebooks = readdirSync(join(outOf(r.period), 'notebooks'));
      expect(notebooks.length).toBe(readdirSync(join(root, 'notebooks')).filter((n) => n.endsWith('.ipynb')).length);
    }
  });

  it("draws the partnership's own values, not East Sussex's", () => {
    const yoy = readFileSync(join(outOf('2021/22'), 'figures', 'context-year-on-year.csv'), 'utf8');
    expect(yoy).toContain('4000');
    expect(yoy).toContain('4321');
    const training = readFileSync(join(outOf('2022/23'), 'figures', 'training-evaluation.csv'), 'utf8');
    expect(training).toContain('700');
    expect(training).toContain('44');
  });

  it('draws the trend across the two reports with the revised value marked, from the later report', () => {
    expect(reproduced.get('2021/22')!.stdout).not.toContain('skipped trends');
    const trends = readFileSync(join(outOf('2022/23'), 'figures', 'trends.csv'), 'utf8');
    expect(trends).toContain("Referrals to children's social care,2021/22,4330,\"yes: was 4,321 in the 2021/22 report\"");
    expect(trends).toContain("Referrals to children's social care,2020/21,4000,");
    expect(trends).toContain("Referrals to children's social care,2022/23,4512,");
  });

  it("explore compares the partnership's rate per 10,000 with England's published rate, and charts a series across the reports", () => {
    const outputs = (period: string) => {
      const nb = JSON.parse(readFileSync(join(outOf(period), 'notebooks', 'explore.ipynb'), 'utf8')) as { cells: { outputs?: { text?: string[]; data?: Record<string, string[]> }[] }[] };
      return nb.cells.flatMap((c) => c.outputs ?? []).map((o) => (o.text ?? o.data?.['text/plain'] ?? []).join('')).join('\n');
    };
    // 2021/22: 455 looked-after children of 61,234 = 74.3 per 10,000 (95% CI 67.6 to 81.5), England's published 70 inside it.
    const rate = rateWithCI(455, 61_234, { per: 10_000 });
    const verdict = compareWithBenchmark((confidence) => rateWithCI(455, 61_234, { per: 10_000, confidence }), 70, { polarity: 'no-judgement' });
    expect(outputs('2021/22')).toContain(`looked-after-children,455,61234,${rate.value.toFixed(1)},${rate.lower.toFixed(1)} to ${rate.upper.toFixed(1)},`);
    expect(verdict.level).toBe('similar');
    expect(outputs('2021/22')).toContain(`England 70,${verdict.level},${verdict.judgement},`);
    // 2022/23: England's comparators print no rate for that year, so the comparison is skipped with the reason.
    expect(outputs('2022/23')).toMatch(/not shown: rates per 10,000 against the benchmark: the comparators publish no rate per 10,000 \(-rate-per-10000\) for 2022\/23/);
    expect(readFileSync(join(outOf('2022/23'), 'figures', 'explore-xmr.csv'), 'utf8')).toMatch(/^Period,/);
  });

  it('writes nothing that mentions East Sussex, and leaves the repository untouched', () => {
    for (const r of reports) {
      for (const file of filesUnder(outOf(r.period))) {
        if (file.endsWith('.png')) continue;
        expect(readFileSync(file, 'utf8'), file).not.toMatch(/east[ -]sussex|esscp|brighton/i);
      }
    }
    expect(repositoryStatus()).toBe(statusBefore);
  });
});

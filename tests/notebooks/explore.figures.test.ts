// Checks what the explore notebook leaves for the default dataset: the XmR figure (docs/figures/explore-xmr.*)
// against the series recomputed from the dataset through @scpkit/core (quarterlySeries, else indicatorSeries
// across the partnership's reports; spcSummary), and the rates-against-the-benchmark table of the executed
// notebook (notebooks/explore.ipynb, outputs stored by scpkit reproduce) against rateWithCI and
// compareWithBenchmark on the dataset's counts and the comparators' published rates. Run the notebook
// (scpkit reproduce --only explore) to refresh them.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareWithBenchmark, indicatorSeries, quarterlySeries, rateWithCI, reportLookup, roundHalfUp, spcSummary, type SpcImprovement } from '@scpkit/core';
import { loadDataset, loadReports } from '@scpkit/core/node';
import { csvToTable, projectDefaults } from '@scpkit/charts';
import { expectFigureFiles, records, repoRoot, table } from './figure-files.test-support.js';

const defaults = projectDefaults(repoRoot)!;
const ds = loadDataset(defaults.dataset!);
const report = reportLookup(ds);
const period = ds.descriptor.scpkit.period;

/** The series the notebook charts: the first quarterly indicator with the most quarters, else the longest series across reports. */
function chartedSeries(): { periods: string[]; values: number[]; quotes: string[]; improvement: SpcImprovement } {
  const quarterly = quarterlySeries(ds).filter((s) => s.values.length >= 3);
  if (quarterly.length > 0) {
    const s = quarterly.reduce((best, x) => (x.values.length > best.values.length ? x : best));
    return { periods: [...s.periods], values: [...s.values], quotes: [], improvement: s.improvement };
  }
  const series = indicatorSeries(loadReports(dirname(defaults.dataset!))).series.filter((s) => s.points.length >= 3);
  const s = series.reduce((best, x) => (x.points.length > best.points.length ? x : best));
  return { periods: s.points.map((p) => p.period), values: s.points.map((p) => p.value), quotes: s.points.map((p) => p.source.quote), improvement: 'neutral' };
}

/** The outputs of the executed notebook's code cells: stream text and the text/plain of display data. */
function notebookOutputs(): { streams: string; tables: string[] } {
  const nb = JSON.parse(readFileSync(join(repoRoot, 'notebooks/explore.ipynb'), 'utf8')) as { cells: { cell_type: string; outputs?: { output_type: string; text?: string | string[]; data?: Record<string, string | string[]> }[] }[] };
  const join_ = (x: string | string[] | undefined) => (Array.isArray(x) ? x.join('') : (x ?? ''));
  const outputs = nb.cells.flatMap((c) => c.outputs ?? []);
  return {
    streams: outputs.filter((o) => o.output_type === 'stream').map((o) => join_(o.text)).join(''),
    tables: outputs.flatMap((o) => (o.data?.['text/html'] !== undefined ? [join_(o.data['text/plain'])] : [])),
  };
}

describe('the explore notebook on the default dataset', () => {
  it('explore-xmr has its four files, written by notebooks/explore.ipynb', () => expectFigureFiles('explore-xmr', 'explore'));

  it("explore-xmr: the series' values as printed, with the mean and process limits of spcSummary", () => {
    const s = chartedSeries();
    const t = records(table('explore-xmr'));
    expect(t.map((r) => r.Period)).toEqual(s.periods);
    expect(t.map((r) => Number(Object.values(r)[1]))).toEqual(s.values);
    // Each value is the number the report prints in the quoted text.
    s.quotes.forEach((q, i) => expect(q.replace(/,/g, '')).toContain(String(s.values[i])));
    const summary = spcSummary(s.values, { improvement: s.improvement, periods: s.periods });
    expect(t.map((r) => Number(r.Mean))).toEqual(summary.points.map((p) => roundHalfUp(p.mean, 2)));
    expect(t.map((r) => Number(r['Lower process limit']))).toEqual(summary.points.map((p) => roundHalfUp(p.lower, 2)));
    expect(t.map((r) => Number(r['Upper process limit']))).toEqual(summary.points.map((p) => roundHalfUp(p.upper, 2)));
  });

  it('shows each rate per 10,000 the comparators publish for the report year against it, with its interval and verdict', () => {
    const { streams, tables } = notebookOutputs();
    const comparators = defaults.comparators;
    const benchmarks = comparators !== undefined && existsSync(comparators) ? loadReports(comparators).reverse() : [];
    const population = report.contextValue('children-aged-0-17');
    const expected = [...new Set(benchmarks.flatMap((d) => (d.tables.figures ?? []).filter((f) => f.id.endsWith('-rate-per-10000') && f.period === period).map((f) => f.id)))]
      .sort()
      .flatMap((id) => {
        const indicator = id.slice(0, -'-rate-per-10000'.length);
        const count = report.contextValue(indicator);
        if (!count.found || !population.found) return [];
        const benchmark = benchmarks.flatMap((d) => (d.tables.figures ?? []).filter((f) => f.id === id && f.period === period))[0]!;
        const c = compareWithBenchmark((confidence) => rateWithCI(count.value.value, population.value.value, { per: 10_000, confidence }), benchmark.value, { polarity: 'no-judgement' });
        return [{ indicator, count: count.value.value, rate: c.estimate.value, ci95: c.estimate.ci95, benchmark: benchmark.value, level: c.level }];
      });
    // With the shipped comparators (a comparators dataset folder), at least one rate is compared.
    if (benchmarks.length > 0) expect(expected.length).toBeGreaterThan(0);
    if (expected.length === 0) {
      expect(streams).toMatch(/not shown: rates per 10,000 against the benchmark: \S/);
      return;
    }
    const shown = tables.map((t) => csvToTable(t, 'output')).find((t) => t.columns.includes('Compared with the benchmark'));
    expect(shown).toBeDefined();
    const rows = records(shown!);
    expect(rows.map((r) => r.Indicator)).toEqual(expected.map((e) => e.indicator));
    rows.forEach((r, i) => {
      const e = expected[i]!;
      expect(Number(r[`Count ${period}`])).toBe(e.count);
      expect(Number(r['Rate per 10,000'])).toBe(Number(e.rate.toFixed(1)));
      expect(r['95% CI']).toBe(`${e.ci95.lower.toFixed(1)} to ${e.ci95.upper.toFixed(1)}`);
      expect(r['Benchmark rate (published)']).toMatch(new RegExp(` ${e.benchmark}$`));
      expect(r['Compared with the benchmark']).toBe(e.level);
    });
  });
});

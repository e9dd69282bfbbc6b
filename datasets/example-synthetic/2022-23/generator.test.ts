// The example partnership is synthetic and generated (scripts/example-partnership.ts): the
// committed folder must be exactly what the generator writes, and the series it plants must be
// classified as planted by the statistical process control the dashboard uses.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { quarterlySeries, spcSummary } from '@scpkit/core';
import { loadDataset } from '@scpkit/core/node';
import { EXAMPLE_INDICATORS, EXAMPLE_QUARTERS, EXAMPLE_SEED, PLANTED_AT, exampleFiles } from '../../../scripts/example-partnership.js';

const dir = fileURLToPath(new URL('.', import.meta.url));

describe('the synthetic example partnership', () => {
  it('is exactly what the generator writes with its documented seed', () => {
    const files = exampleFiles(EXAMPLE_SEED);
    const committed = readdirSync(dir).filter((name) => !name.endsWith('.test.ts')).sort();
    expect(committed).toEqual([...files.keys()].sort());
    for (const [name, text] of files) expect(readFileSync(join(dir, name), 'utf8'), name).toBe(text);
  });

  it('gives different values for a different seed (the seed is what makes it)', () => {
    expect(exampleFiles(EXAMPLE_SEED + 1).get('quarterly-indicators.csv')).not.toBe(exampleFiles(EXAMPLE_SEED).get('quarterly-indicators.csv'));
  });

  it('says it is synthetic in its title, description, partnership, source text and README', () => {
    const d = loadDataset(dir);
    expect(d.descriptor.title).toMatch(/SYNTHETIC/);
    expect(d.descriptor.description).toMatch(/SYNTHETIC/);
    expect(d.descriptor.scpkit.partnership).toMatch(/synthetic/);
    expect(d.source?.text).toMatch(/^SYNTHETIC DATA/);
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toMatch(/SYNTHETIC DATA/);
  });

  it('has 60 indicators in five groups over at least 16 quarters', () => {
    const series = quarterlySeries(loadDataset(dir));
    expect(series.length).toBe(60);
    expect(new Set(series.map((s) => s.group)).size).toBe(5);
    for (const s of series) expect(s.periods.length + s.gaps.length).toBe(EXAMPLE_QUARTERS);
    expect(EXAMPLE_QUARTERS).toBeGreaterThanOrEqual(16);
    expect(EXAMPLE_INDICATORS.filter((x) => x.planted !== 'random').map((x) => x.planted).sort()).toEqual(['failing', 'outlier', 'quiet', 'shift', 'trend']);
  });

  it('has no count from 1 to 5 (the rule for figures about children holds even for invented ones)', () => {
    const small = quarterlySeries(loadDataset(dir)).flatMap((s) => (s.unit === 'count' ? s.values.filter((v) => v >= 1 && v <= 5).map((v) => `${s.indicator} ${v}`) : []));
    expect(small).toEqual([]);
  });

  describe('the planted series, as the dashboard judges them (spcSummary with its defaults)', () => {
    const series = quarterlySeries(loadDataset(dir));
    const summaryOf = (planted: string) => {
      const x = EXAMPLE_INDICATORS.find((i) => i.planted === planted)!;
      const s = series.find((q) => q.indicator === x.indicator)!;
      return spcSummary(s.values, { improvement: s.improvement, ...(s.target === null ? {} : { target: s.target }), periods: s.periods });
    };
    const last = EXAMPLE_QUARTERS - 1;
    const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => from + k);

    it('the shift (lower is better): the shift rule fires high on every point from the step, concerning', () => {
      const s = summaryOf('shift');
      expect(s.signals).toContainEqual(expect.objectContaining({ rule: 'shift', side: 'high', variationClass: 'special-cause-concerning', indices: range(PLANTED_AT.shift, last) }));
      expect(s.latest.variationClass).toBe('special-cause-concerning');
      expect(s.latest.side).toBe('high');
    });

    it('the trend (higher is better): the trend rule fires high from the start of the rise, improving', () => {
      const s = summaryOf('trend');
      expect(s.signals).toContainEqual(expect.objectContaining({ rule: 'trend', side: 'high', variationClass: 'special-cause-improving', indices: range(PLANTED_AT.trend, last) }));
      expect(s.latest.variationClass).toBe('special-cause-improving');
      expect(s.latest.causes.map((c) => c.rule)).toContain('trend');
    });

    it('the outlier (lower is better): only the outside-limits rule fires, high, at that one point, concerning', () => {
      const s = summaryOf('outlier');
      expect(s.signals).toEqual([expect.objectContaining({ rule: 'outside-limits', side: 'high', variationClass: 'special-cause-concerning', indices: [PLANTED_AT.outlier] })]);
      expect(s.latest.variationClass).toBe('common-cause');
    });

    it('the quiet series: no rule fires at any point, common cause throughout, consistently passing its target', () => {
      const s = summaryOf('quiet');
      expect(s.signals).toEqual([]);
      expect(s.points.every((p) => p.variationClass === 'common-cause')).toBe(true);
      expect(s.assurance).toBe('consistently-passing');
    });

    it('the failing series: consistently failing its target', () => {
      expect(summaryOf('failing').assurance).toBe('consistently-failing');
    });
  });
});

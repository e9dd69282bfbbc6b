import { describe, expect, it } from 'vitest';
import type { Dataset } from '../dataset/index.js';
import { committedDataset } from '../node/committed-dataset.test-support.js';
import { financialYearOf, indicatorSeries } from './indicator-series.js';
import { InvalidInputError } from '../errors/index.js';
import { argumentOf } from '../errors/argument-of.test-support.js';

/** A report of partnership `partnership` for `period` holding the given context values and figures. */
function report(period: string, values: [string, string, number][], figures: [string, string | null, number][] = [], partnership = 'Northby'): Dataset {
  return {
    descriptor: { name: `northby-${period.replace('/', '-')}`, title: 't', scpkit: { format: '1.0', partnership, period }, resources: [] },
    tables: {
      'context-values': values.map(([indicator, p, value]) => ({ indicator, period: p, value, section: '9.A', quote: `${value}` })),
      figures: figures.map(([id, p, value]) => ({ id, topic: 't', measure: id, area: null, period: p, value, unit: 'count', qualifier: null, section: '5', quote: `${value}` })),
    },
    otherTables: {},
    rowNumbers: { 'context-values': values.map((_, i) => i + 2), figures: figures.map((_, i) => i + 2) },
    missing: {},
    source: undefined,
  } as unknown as Dataset;
}

describe('indicatorSeries', () => {
  it('joins the years two reports print, keeping the later report where they differ, and records the revision', () => {
    const earlier = report('2021/22', [['referrals', '2021/22', 4321], ['referrals', '2020/21', 4000]]);
    const later = report('2022/23', [['referrals', '2022/23', 4512], ['referrals', '2021/22', 4330]]);
    const { series, revisions } = indicatorSeries([later, earlier]);
    const referrals = series.find((s) => s.key === 'context-values:referrals')!;
    expect(referrals.points.map((p) => [p.period, p.value, p.source.reportPeriod])).toEqual([
      ['2020/21', 4000, '2021/22'],
      ['2021/22', 4330, '2022/23'],
      ['2022/23', 4512, '2022/23'],
    ]);
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ key: 'context-values:referrals', period: '2021/22', earlier: { value: 4321, source: { report: 'northby-2021-22', row: 2 } }, later: { value: 4330, source: { report: 'northby-2022-23', row: 3 } } });
  });

  it('a value printed the same by both reports is not a revision', () => {
    const { revisions } = indicatorSeries([report('2021/22', [['x', '2021/22', 5]]), report('2022/23', [['x', '2021/22', 5], ['x', '2022/23', 6]])]);
    expect(revisions).toEqual([]);
  });

  it("takes the partnership's own figures for financial years, not spans, other areas or misprints", () => {
    const r = report('2021/22', [], [['home-safety-referrals', '2019/20', 303], ['home-safety-referrals', 'end of 2021/22', 302], ['home-safety-referrals', 'Mar 2019 - Feb 2021', 9], ['custody', '2021/21', 11]]);
    const { series } = indicatorSeries([r]);
    expect(series.map((s) => [s.key, s.points.map((p) => p.period)])).toEqual([['figures:home-safety-referrals', ['2019/20', '2021/22']]]);
  });

  it('builds series from the committed report: each year-on-year indicator with both years it prints', () => {
    const { series, revisions } = indicatorSeries([committedDataset()]);
    const referrals = series.find((s) => s.key === 'context-values:referrals-statutory-social-care')!;
    expect(referrals.points.map((p) => [p.period, p.value])).toEqual([
      ['2020/21', 3811],
      ['2021/22', 4169],
    ]);
    expect(revisions).toEqual([]);
  });

  it('refuses reports of two partnerships or two reports of one period, with a typed error', () => {
    expect(() => indicatorSeries([report('2021/22', []), report('2022/23', [], [], 'Southby')])).toThrow(InvalidInputError);
    expect(() => indicatorSeries([report('2021/22', []), report('2021/22', [])])).toThrow(/two reports for the same period/);
  });

  it('financialYearOf names the year a printed period names', () => {
    expect(['2021/22', 'end of 2021/22', 'Q1 2020/21', '2021/21', '2020', null].map(financialYearOf)).toEqual(['2021/22', '2021/22', '2020/21', null, null, null]);
  });

  it('refuses what is not an array of datasets, or a period that is neither a string nor null, with a typed error naming the field', () => {
    expect(argumentOf(() => indicatorSeries([report('2021/22', []), null as never]))).toBe('indicatorSeries: reports[1]');
    expect(argumentOf(() => indicatorSeries([report('2021/22', [['x', '2021/22', Number.NaN]])]))).toBe('indicatorSeries: reports[0].tables.context-values[0].value');
    expect(argumentOf(() => indicatorSeries(new Array(2) as never))).toBe('indicatorSeries: reports[0]');
    expect(argumentOf(() => financialYearOf({} as never))).toBe('financialYearOf: period');
  });
});

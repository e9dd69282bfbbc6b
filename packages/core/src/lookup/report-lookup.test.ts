import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { committedDataset } from '../node/committed-dataset.test-support.js';
import { reportLookup } from './report-lookup.js';
import { allFound, absent, found } from './lookup-result.js';
import { periodIsYear, periodStartYear } from './period-start.js';
import { InvalidInputError } from '../errors/index.js';

const report = reportLookup(committedDataset());

describe('reportLookup over the committed East Sussex 2021/22 report', () => {
  it('reads the partnership, period and title from the descriptor', () => {
    expect([report.partnership, report.period]).toEqual(['East Sussex', '2021/22']);
  });

  it('finds a measure printed once by its id alone, with its quote', () => {
    const row = report.printed('education-state-funded-schools');
    expect(row.found && [row.value.value, row.value.period, row.value.quote.includes('190')]).toEqual([190, 'academic year 2021/22', true]);
    expect(report.value('training-participants')).toEqual({ found: true, value: 869 });
  });

  it('takes the row of the report year when a measure has several years', () => {
    expect(report.value('exploitation-gangs-assessments')).toEqual({ found: true, value: 124 });
    expect(report.value('exploitation-gangs-assessments', { period: '2020/21' })).toEqual({ found: true, value: 115 });
  });

  it('tells the partnership from a wider area', () => {
    expect(report.value('cdop-deaths', { area: null })).toEqual({ found: true, value: 17 });
    expect(report.value('cdop-deaths', { area: 'Sussex' })).toEqual({ found: true, value: 54 });
    const ambiguous = report.value('cdop-deaths');
    expect(ambiguous.found).toBe(false);
    expect(!ambiguous.found && ambiguous.reason).toBe('figures.csv has 2 rows for measure "cdop-deaths" (Sussex, Apr 2020 - Mar 2021; the partnership, Apr 2020 - Mar 2021): say which area or period');
  });

  it('returns a typed absent result for a measure the report lacks, never a throw', () => {
    expect(report.value('no-such-measure')).toEqual({ found: false, reason: 'figures.csv has no row for measure "no-such-measure"' });
    expect(report.chart('no-such-chart')).toEqual({ found: false, reason: 'chart-series.csv has no points for chart "no-such-chart"' });
    expect(report.contextValue('family-contacts', '1999/00').found).toBe(false);
    expect(report.pair('training-courses')).toEqual({ found: false, reason: 'figures.csv has only one dated row for measure "training-courses": a previous and a current value are needed' });
  });

  it('orders a measure by time and pairs the two latest years, misprinted "2021/21" included', () => {
    expect(report.figures('home-safety-referrals').map((r) => [r.period, r.value])).toEqual([
      ['2019/20', 303],
      ['2020/21', 194],
      ['end of 2021/22', 302],
    ]);
    const pair = report.pair('exploitation-overnight-custody-incidences');
    expect(pair.found && [pair.value.previous.value, pair.value.current.value, pair.value.current.period]).toEqual([26, 11, '2021/21']);
    expect(report.series('home-safety-referrals', { atLeast: 4 }).found).toBe(false);
  });

  it('reads charts by id, in printed order, and context values by year', () => {
    const chart = report.chart('rapid-review-abuse-types');
    expect(chart.found && [chart.value.title, chart.value.points.length, chart.value.points.reduce((s, p) => s + p.value, 0)]).toEqual(['Primary Types of Abuse/Neglect recorded in Rapid Reviews', 8, 17]);
    const referrals = report.contextPair('referrals-statutory-social-care');
    expect(referrals.found && [referrals.value.previous.value, referrals.value.current.value]).toEqual([3811, 4169]);
  });
});

describe('lookup results', () => {
  it('allFound gives every value or every reason', () => {
    expect(allFound({ a: found(1), b: found('x') })).toEqual({ found: true, value: { a: 1, b: 'x' } });
    expect(allFound({ a: absent('no a'), b: found(2), c: absent('no c') })).toEqual({ found: false, reason: 'no a; no c' });
  });

  it('allFound is found exactly when every lookup is (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 8 }), (flags) => {
        const needs = Object.fromEntries(flags.map((f, i) => [`k${i}`, f ? found(i) : absent(`r${i}`)]));
        expect(allFound(needs).found).toBe(flags.every((f) => f));
      }),
    );
  });

  it('periodStartYear reads the first year of a printed period', () => {
    expect(['2021/22', 'end of 2021/22', 'Q1 2020/21', '2021/21', 'Oct 2019 - Mar 2022', '2020', 'first national lockdown', null].map(periodStartYear)).toEqual([2021, 2021, 2020, 2021, 2019, 2020, null, null]);
    expect(periodIsYear('academic year 2021/22', '2021/22')).toBe(true);
    expect(periodIsYear('2021/21', '2021/22')).toBe(false);
  });
});

describe('argument checks: typed errors at the entry, absent results for unknown ids', () => {
  const invalid = (call: () => unknown) => {
    try {
      call();
    } catch (error) {
      return error instanceof InvalidInputError ? { fn: error.fn, argument: error.argument } : error;
    }
    return 'no error';
  };

  it('reportLookup refuses what is not a dataset, naming the field', () => {
    expect(invalid(() => reportLookup(null as never))).toEqual({ fn: 'reportLookup', argument: 'dataset' });
    expect(invalid(() => reportLookup({ ...committedDataset(), descriptor: { title: 't' } } as never))).toEqual({ fn: 'reportLookup', argument: 'dataset.descriptor.name' });
    const data = committedDataset();
    const figures = [{ ...data.tables.figures![0]!, value: Number.NaN }];
    expect(invalid(() => reportLookup({ ...data, tables: { ...data.tables, figures } }))).toEqual({ fn: 'reportLookup', argument: 'dataset.tables.figures[0].value' });
  });

  it('each lookup refuses an id that is not a string, and bad options', () => {
    expect(invalid(() => report.value(17 as never))).toEqual({ fn: 'ReportLookup.value', argument: 'id' });
    expect(invalid(() => report.printed('cdop-deaths', { area: 1 as never }))).toEqual({ fn: 'ReportLookup.printed', argument: 'options.area' });
    expect(invalid(() => report.value('cdop-deaths', { peroid: '2020/21' } as never))).toEqual({ fn: 'ReportLookup.value', argument: 'options.peroid' });
    expect(invalid(() => report.series('home-safety-referrals', { atLeast: Number.NaN }))).toEqual({ fn: 'ReportLookup.series', argument: 'options.atLeast' });
    expect(invalid(() => report.chart(null as never))).toEqual({ fn: 'ReportLookup.chart', argument: 'chart' });
    expect(invalid(() => report.contextValue('family-contacts', 2021 as never))).toEqual({ fn: 'ReportLookup.contextValue', argument: 'period' });
    expect(invalid(() => report.table(undefined as never))).toEqual({ fn: 'ReportLookup.table', argument: 'resource' });
  });

  it('an unknown id (even one named like an Object property) is absent, never a throw', () => {
    for (const id of ['', 'constructor', '__proto__', 'toString']) {
      expect(report.value(id).found).toBe(false);
      expect(report.chart(id).found).toBe(false);
      expect(report.indicator(id).found).toBe(false);
      expect(report.contextPair(id).found).toBe(false);
      expect(report.table(id as never)).toMatchObject({ found: false });
    }
    expect(report.figures('constructor')).toEqual([]);
  });

  it('every lookup, given any value as its id, gives a typed error or a lookup (property)', () => {
    const calls: ((id: unknown) => unknown)[] = [
      (id) => report.printed(id as string),
      (id) => report.value(id as string, { area: null }),
      (id) => report.figures(id as string),
      (id) => report.series(id as string, { atLeast: 2 }),
      (id) => report.pair(id as string),
      (id) => report.chart(id as string),
      (id) => report.indicator(id as string),
      (id) => report.contextValue(id as string),
      (id) => report.contextPair(id as string),
      (id) => report.table(id as never),
    ];
    fc.assert(
      fc.property(fc.anything(), fc.nat(calls.length - 1), (id, which) => {
        try {
          const result = calls[which]!(id);
          expect(typeof id).toBe('string');
          expect(Array.isArray(result) || (typeof result === 'object' && result !== null && 'found' in result)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidInputError);
          expect(typeof id).not.toBe('string');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('periodStartYear, periodIsYear, found, absent and allFound check their arguments', () => {
    expect(invalid(() => periodStartYear({} as never))).toEqual({ fn: 'periodStartYear', argument: 'period' });
    expect(invalid(() => periodStartYear(undefined as never))).toEqual({ fn: 'periodStartYear', argument: 'period' });
    expect(periodStartYear(null)).toBeNull();
    expect(invalid(() => periodIsYear('2021/22', 2021 as never))).toEqual({ fn: 'periodIsYear', argument: 'year' });
    expect(periodIsYear(null, '2021/22')).toBe(false);
    expect(invalid(() => found([1, Number.NaN]))).toEqual({ fn: 'found', argument: 'value[1]' });
    expect(invalid(() => absent(3 as never))).toEqual({ fn: 'absent', argument: 'reason' });
    expect(invalid(() => allFound({ a: found(1), b: null as never }))).toEqual({ fn: 'allFound', argument: 'needs.b' });
    expect(invalid(() => allFound({ a: { found: true, value: { n: Infinity } } }))).toEqual({ fn: 'allFound', argument: 'needs.a.value.n' });
  });
});

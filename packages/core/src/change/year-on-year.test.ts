import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/index.js';
import { datasetTable } from '../node/committed-dataset.test-support.js';
import { roundHalfUp } from './round-half-up.js';
import { yearOnYear, type YearOnYearIndicator, type YearOnYearValue } from './year-on-year.js';

// The report's own figures (section 9.A): [id, arrow, stated %, 2020/21, 2021/22].
const printed: [string, 'up' | 'down' | 'flat', number | null, number, number][] = [
  ['contacts', 'up', 29, 13_218, 17_011],
  ['mash', 'up', null, 17_452, 19_383],
  ['referrals', 'up', 10, 3_811, 4_169],
  ['cp-plans', 'flat', null, 525, 536],
  ['lac', 'up', null, 612, 628],
  ['uasc', 'down', null, 53, 46],
  ['high-risk-ce', 'down', null, 9, 5],
  ['sexual-offences', 'up', 24, 438, 542],
  ['young-carers', 'up', null, 317, 371],
  ['ehe', 'up', null, 1_227, 1_355],
  ['ae-self-harm', 'up', null, 445, 592],
  ['camhs', 'up', 39, 2_629, 3_653],
  ['missing', 'up', 7.6, 1_305, 1_404],
  ['youth-justice', 'up', null, 91, 100],
  ['custody', 'down', null, 26, 11],
];

function fixture(): { indicators: YearOnYearIndicator[]; values: YearOnYearValue[] } {
  const indicators: YearOnYearIndicator[] = printed.map(([id, arrow, stated]) => ({
    indicator: id,
    label: id,
    group: null,
    arrow,
    stated_change_percent: stated,
  }));
  indicators.push({ indicator: 'births-under-18', label: 'Births to under-18 year olds', group: null, arrow: 'up', stated_change_percent: null });
  const values: YearOnYearValue[] = printed.flatMap(([id, , , previous, current]) => [
    { indicator: id, period: '2020/21', value: previous },
    { indicator: id, period: '2021/22', value: current },
  ]);
  values.push({ indicator: 'births-under-18', period: '2021/22', value: 12 });
  return { indicators, values };
}

describe('yearOnYear', () => {
  it('compares the two most recent periods and keeps the printed arrow and percent beside the computed ones', () => {
    const { indicators, values } = fixture();
    const result = yearOnYear(indicators, values);
    expect(result.previousPeriod).toBe('2020/21');
    expect(result.currentPeriod).toBe('2021/22');
    expect(result.rows.map((row) => row.indicator)).toEqual(printed.map(([id]) => id));

    const contacts = result.rows[0];
    expect(contacts).toMatchObject({ previous: 13_218, current: 17_011, absoluteChange: 3_793, direction: 'up', arrow: '↑', printedArrow: 'up', printedArrowGlyph: '↑', printedPercent: 29 });
    expect(roundHalfUp(contacts?.percentChange as number, 0)).toBe(29);

    const missing = result.rows.find((row) => row.indicator === 'missing');
    expect(roundHalfUp(missing?.percentChange as number, 1)).toBe(7.6);
    const custody = result.rows.find((row) => row.indicator === 'custody');
    expect(custody).toMatchObject({ absoluteChange: -15, direction: 'down', arrow: '↓' });
  });

  it('shows where the computed direction differs from the printed arrow under the default rule', () => {
    const { rows } = yearOnYear(fixture().indicators, fixture().values);
    const disagreements = rows.filter((row) => row.direction !== row.printedArrow).map((row) => row.indicator);
    expect(disagreements).toEqual(['cp-plans']); // 525 -> 536 printed ↔
    const cp = rows.find((row) => row.indicator === 'cp-plans');
    expect(cp).toMatchObject({ direction: 'up', arrow: '↑', printedArrow: 'flat', printedArrowGlyph: '↔' });
  });

  it('applies a flat rule: within 2.5% every computed arrow matches the printed one', () => {
    const { rows } = yearOnYear(fixture().indicators, fixture().values, { direction: { flatWithin: { percent: 2.5 } } });
    expect(rows.filter((row) => row.direction !== row.printedArrow).map((row) => row.indicator)).toEqual([]);
    // ... but 2.5% also flattens nothing else here: LAC is +2.6%.
    expect(rows.find((row) => row.indicator === 'lac')?.direction).toBe('up');
  });

  it('lists indicators lacking a year instead of dropping them', () => {
    const { incomplete } = yearOnYear(fixture().indicators, fixture().values);
    expect(incomplete).toEqual([{ indicator: 'births-under-18', label: 'Births to under-18 year olds', missingPeriods: ['2020/21'] }]);
  });

  it('uses explicit periods when given', () => {
    const { indicators, values } = fixture();
    const withOlder = [...values, { indicator: 'contacts', period: '2019/20', value: 12_000 }];
    const result = yearOnYear(indicators, withOlder, { previousPeriod: '2019/20', currentPeriod: '2021/22' });
    expect(result.rows.map((row) => row.indicator)).toEqual(['contacts']);
    expect(result.rows[0]).toMatchObject({ previous: 12_000, current: 17_011 });
    expect(result.incomplete).toHaveLength(indicators.length - 1);
    expect(result.incomplete[0]?.missingPeriods).toEqual(['2019/20']);
  });

  it('gives no percentage (null, not Infinity) from a zero base', () => {
    const result = yearOnYear(
      [{ indicator: 'x', label: 'X', group: null, arrow: null, stated_change_percent: null }],
      [
        { indicator: 'x', period: '2020/21', value: 0 },
        { indicator: 'x', period: '2021/22', value: 4 },
      ],
    );
    expect(result.rows[0]).toMatchObject({ percentChange: null, absoluteChange: 4, direction: 'up', printedArrow: null, printedArrowGlyph: null });
  });

  it('throws InvalidInputError for bad input', () => {
    const { indicators, values } = fixture();
    const one = indicators.slice(0, 1);
    expect(() => yearOnYear(one, [{ indicator: 'contacts', period: '2021/22', value: 1 }])).toThrow(InvalidInputError);
    expect(() => yearOnYear(one, [{ indicator: 'contacts', period: '2021/22', value: 1 }])).toThrow(/at least two periods/);
    expect(() => yearOnYear(one, [{ indicator: 'contacts', period: '2021-22', value: 1 }])).toThrow(/values\[0\]\.period must be a financial year/);
    expect(() => yearOnYear(one, [{ indicator: 'contacts', period: '2021/23', value: 1 }])).toThrow(/consecutive years \('2021\/22'\)/);
    expect(() => yearOnYear(one, [{ indicator: 'nope', period: '2021/22', value: 1 }])).toThrow(/values\[0\]\.indicator is not one of the indicators/);
    expect(() => yearOnYear(one, [{ indicator: 'contacts', period: '2021/22', value: Number.NaN }])).toThrow(/value must be a finite number/);
    expect(() => yearOnYear([...one, ...one], [])).toThrow(/listed more than once/);
    expect(() =>
      yearOnYear(one, [
        { indicator: 'contacts', period: '2021/22', value: 1 },
        { indicator: 'contacts', period: '2021/22', value: 2 },
      ]),
    ).toThrow(/duplicates an earlier value/);
    expect(() => yearOnYear(indicators, values, { previousPeriod: '2020/21' })).toThrow(/both previousPeriod and currentPeriod/);
    expect(() => yearOnYear(indicators, values, { previousPeriod: '2021/22', currentPeriod: '2020/21' })).toThrow(/must come after previousPeriod/);
  });

  it('accounts for every indicator exactly once and keeps consistent arithmetic', () => {
    const periods = ['2018/19', '2019/20', '2020/21', '2021/22'];
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^[a-z]{1,6}$/), { minLength: 1, maxLength: 8 }),
        fc.array(fc.tuple(fc.nat({ max: 7 }), fc.nat({ max: 3 }), fc.nat({ max: 10_000 })), { minLength: 2, maxLength: 40 }),
        (ids, cells) => {
          const indicators = ids.map((id) => ({ indicator: id, label: id, group: null, arrow: null, stated_change_percent: null }));
          const seen = new Set<string>();
          const values: YearOnYearValue[] = [];
          for (const [i, p, value] of cells) {
            const id = ids[i % ids.length] as string;
            const period = periods[p] as string;
            if (seen.has(`${id} ${period}`)) continue;
            seen.add(`${id} ${period}`);
            values.push({ indicator: id, period, value });
          }
          fc.pre(new Set(values.map((v) => v.period)).size >= 2);
          const result = yearOnYear(indicators, values);
          const accounted = [...result.rows.map((r) => r.indicator), ...result.incomplete.map((r) => r.indicator)];
          expect(accounted.sort()).toEqual([...ids].sort());
          for (const row of result.rows) {
            expect(row.absoluteChange).toBe(row.current - row.previous);
            if (row.percentChange !== null) expect(Math.sign(row.percentChange)).toBe(Math.sign(row.absoluteChange));
          }
        },
      ),
    );
  });

  it('runs on the dataset: every stated arrow and percent sits beside a computed one', () => {
    const indicators = datasetTable('context-indicators');
    const values = datasetTable('context-values');
    const result = yearOnYear(indicators, values);
    expect(result.previousPeriod).toBe('2020/21');
    expect(result.currentPeriod).toBe('2021/22');
    expect(result.rows.length + result.incomplete.length).toBe(indicators.length);
    const contacts = result.rows.find((row) => row.indicator === 'family-contacts');
    expect(contacts).toMatchObject({ previous: 13_218, current: 17_011, printedPercent: 29, direction: 'up', printedArrow: 'up' });
    // Indicators whose report text gives no 2020/21 figure are listed, not dropped.
    expect(result.incomplete.map((row) => row.indicator)).toContain('births-to-under-18s');
    // Under the default rule the only computed direction that differs from a printed arrow is CP plans (↔ for +2.1%).
    const differ = result.rows.filter((row) => row.printedArrow !== null && row.direction !== row.printedArrow);
    expect(differ.map((row) => row.indicator)).toEqual(['child-protection-plans']);
  });
});

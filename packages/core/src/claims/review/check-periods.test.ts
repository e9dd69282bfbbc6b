import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPeriods } from './check-periods.js';
import { claim, contextValue, figure, reviewDataset } from './review.test-support.js';

const kinds = (findings: ReturnType<typeof checkPeriods>) => findings.map((f) => `${f.status} ${f.severity} ${f.kind}`);

describe('checkPeriods', () => {
  it('flags a financial year whose years are not consecutive, and only that (2021/22 -> 2021/21 -> 2021/22)', () => {
    const at = (period: string) => checkPeriods(reviewDataset({ figures: [figure('custody', 11, { period, quote: `In ${period} only` })] }));
    expect(at('2021/22')).toEqual([]);
    const flagged = at('2021/21');
    expect(kinds(flagged)).toEqual(['flagged error invalid-period']);
    expect(flagged[0]).toMatchObject({ check: 'periods', rows: [{ resource: 'figures', line: null, key: 'custody@2021/21' }], quotes: ['In 2021/21 only'] });
    expect(flagged[0]?.explanation).toBe('The period "2021/21" of custody is not a period: "2021/21" is not a financial year: its two years must be consecutive (2021/22).');
    expect(at('Q2 2021/22')).toEqual([]);
    expect(kinds(at('Q6 2021/22'))).toEqual(['flagged error invalid-period']);
  });

  it('names the CSV line of a flagged row when the dataset knows it', () => {
    const dataset = { ...reviewDataset({ figures: [figure('a', 1, { period: '2021/22' }), figure('custody', 11, { period: '2021/21' })] }), rowNumbers: { figures: [2, 3] } };
    expect(checkPeriods(dataset)[0]?.rows).toEqual([{ resource: 'figures', line: 3, key: 'custody@2021/21' }]);
  });

  it('a measure dated wholly outside the report year is a caveat; one row inside the year clears it', () => {
    const at = (periods: string[]) => checkPeriods(reviewDataset({ figures: periods.map((period, i) => figure('deaths', 17 + i, { period })) }));
    expect(at(['2021/22'])).toEqual([]);
    expect(kinds(at(['Apr 2020 - Mar 2021']))).toEqual(['flagged caveat outside-report-year']);
    expect(at(['Apr 2020 - Mar 2021'])[0]?.explanation).toBe("The figure deaths is dated Apr 2020 - Mar 2021, before the report's year 2021/22, and the report prints no 2021/22 figure of that measure.");
    expect(kinds(at(['2022/23']))).toEqual(['flagged caveat outside-report-year']);
    expect(at(['2020/21', '2021/22'])).toEqual([]);
    expect(at(['Mar 2020 - 2021/22'])).toEqual([]);
    expect(at(['from 2022'])).toEqual([]);
    expect(at([''])).toEqual([]);
    expect(kinds(at(['first national lockdown']))).toEqual(['unverifiable caveat outside-report-year']);
    // without a report period nothing can be dated
    expect(checkPeriods({ tables: { figures: [figure('deaths', 17, { period: '2019/20' })] } })).toEqual([]);
  });

  it('any financial year other than the report year is outside it, the report year never is', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2040 }), (year) => {
        const period = `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
        const found = checkPeriods(reviewDataset({ figures: [figure('m', 3, { period })] }));
        expect(found.length).toBe(year === 2021 ? 0 : 1);
      }),
    );
  });

  it('a comparison of different points of the year or different lengths is a caveat (Q1 vs Q1 -> Q1 vs Q2 -> Q1 vs the year)', () => {
    const at = (later: string) =>
      checkPeriods(
        reviewDataset({
          figures: [figure('late-gp-reports', 19, { period: 'Q1 2020/21' }), figure('late-gp-reports', 7, { period: later })],
          claims: [claim({ id: 'late-fall', kind: 'comparison', stated: 'reduction', references: `from=figures:late-gp-reports@Q1 2020/21; to=figures:late-gp-reports@${later}` })],
        }),
      ).filter((f) => f.kind !== 'outside-report-year');
    expect(at('Q1 2021/22')).toEqual([]);
    const points = at('Q2 2021/22');
    expect(kinds(points)).toEqual(['flagged caveat comparison-different-points']);
    expect(points[0]?.rows.map((r) => r.key)).toEqual(['late-fall', 'late-gp-reports@Q1 2020/21', 'late-gp-reports@Q2 2021/22']);
    expect(points[0]?.explanation).toBe(
      'Claim late-fall compares "Q1 2020/21" with "Q2 2021/22", which cover different points of the year (3 months from Apr 2020 against 3 months from Jul 2021), so seasonal differences are part of the change.',
    );
    expect(kinds(at('2021/22'))).toEqual(['flagged caveat comparison-different-lengths']);
    expect(kinds(at('end of 2021/22'))).toEqual(['unverifiable caveat comparison-different-lengths']);
  });

  it('two rows of one measure compared in one line of the text need no claim (Q1 vs Q1 -> Q1 vs Q2)', () => {
    const at = (later: string) => {
      const first = 'In Quarter 1 2020/21 there were a total of 19 late GP reports';
      const second = `compared to only 7 in ${later.replace('Q', 'Quarter ')}`;
      return checkPeriods(
        reviewDataset({ figures: [figure('late-gp-reports', 19, { period: 'Q1 2020/21', quote: first }), figure('late-gp-reports', 7, { period: later, quote: second })] }, '2021/22', `${first}, ${second}.`),
      ).filter((f) => f.kind !== 'outside-report-year');
    };
    expect(at('Q1 2021/22')).toEqual([]);
    const found = at('Q2 2021/22');
    expect(kinds(found)).toEqual(['flagged caveat comparison-different-points']);
    expect(found[0]?.explanation).toMatch(/^The report \(line 1\) compares "Q1 2020\/21" with "Q2 2021\/22"/);
  });

  it('one quantity printed twice with two dates is an inconsistency (2021/22 and 2021/22 -> 2020/21 and 2021/22)', () => {
    const at = (period: string) =>
      checkPeriods(
        reviewDataset({
          figures: [figure('custody', 11, { period, section: '7.2' })],
          'context-values': [contextValue('custody', '2021/22', 11)],
          claims: [claim({ id: 'custody-twice', kind: 'cross-check', stated: '11', stated_value: 11, references: `stated=figures:custody@${period}; other=context-values:custody@2021/22` })],
        }),
      ).filter((f) => f.kind === 'event-dated-differently');
    expect(at('2021/22')).toEqual([]);
    const found = at('2020/21');
    expect(kinds(found)).toEqual(['flagged inconsistency event-dated-differently']);
    expect(found[0]?.explanation).toBe(
      'Claim custody-twice reads custody@2020/21 and custody@2021/22 as one quantity, but the report dates it "2020/21" in section 7.2 and "2021/22" in section 3 (12 months from Apr 2020 against 12 months from Apr 2021).',
    );
    expect(kinds(at('2021/21'))).toEqual(['flagged inconsistency event-dated-differently']);
    expect(at('2021/22')).toEqual([]);
  });

  it('throws a typed error for a dataset that is not one', () => {
    expect(() => checkPeriods({ tables: { figures: [{}] } } as never)).toThrow(/checkPeriods/);
    expect(() => checkPeriods({ tables: {}, descriptor: { scpkit: { period: 7 } } } as never)).toThrow(/checkPeriods/);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkLinkedFigures } from './check-linked-figures.js';
import { budgetTotal, claim, figure, lines, reviewDataset } from './review.test-support.js';

const kinds = (findings: ReturnType<typeof checkLinkedFigures>) => findings.map((f) => `${f.status} ${f.severity} ${f.kind}`);

describe('checkLinkedFigures', () => {
  const marac = (later: number, stated = 12) => [
    figure('marac-cases-change-percent', stated, { period: '2021/22', unit: 'percent-change', quote: `up ${stated}%` }),
    figure('marac-cases', 986, { period: '2020/21' }),
    figure('marac-cases', later, { period: '2021/22' }),
  ];

  it('recomputes a printed change from its counts printed as the same measure (986 -> 1,105 is 12%; 1,200 is not)', () => {
    expect(checkLinkedFigures(reviewDataset({ figures: marac(1105) }))).toEqual([]);
    const found = checkLinkedFigures(reviewDataset({ figures: marac(1200) }));
    expect(kinds(found)).toEqual(['flagged inconsistency change-against-counts']);
    expect(found[0]?.explanation).toBe('The report prints a change of +12% in marac-cases-change-percent, but its own counts 986 (2020/21) and 1,200 (2021/22) give +21.70%.');
    expect(found[0]?.rows.map((r) => r.key)).toEqual(['marac-cases-change-percent@2021/22', 'marac-cases@2020/21', 'marac-cases@2021/22']);
    expect(checkLinkedFigures(reviewDataset({ figures: marac(1105) }))).toEqual([]);
  });

  it('leaves a change the claims register checks against its counts to the audit', () => {
    const claims = [claim({ id: 'marac', kind: 'percent-change', stated: '12%', stated_value: 12, references: 'from=figures:marac-cases@2020/21; to=figures:marac-cases@2021/22; stated=figures:marac-cases-change-percent' })];
    expect(checkLinkedFigures(reviewDataset({ figures: marac(1200), claims }))).toEqual([]);
  });

  it('a "reduction" figure is a fall: 9 -> 5 is a 44% reduction, 9 -> 6 is not', () => {
    const at = (later: number) =>
      checkLinkedFigures(reviewDataset({ figures: [figure('red-cases-reduction-percent', 44, { period: '2021/22', unit: 'percent-change' }), figure('red-cases', 9, { period: '2020/21' }), figure('red-cases', later, { period: '2021/22' })] }));
    expect(at(5)).toEqual([]);
    expect(kinds(at(6))).toEqual(['flagged inconsistency change-against-counts']);
  });

  it('any counts give no finding for the change they round to, and one for a change one point off', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 0, max: 5000 }), (earlier, later) => {
        const change = Math.round(((later - earlier) / earlier) * 100 + 1e-9);
        const figures = (stated: number) => [
          figure('x-change-percent', stated, { period: '2021/22', unit: 'percent-change' }),
          figure('x', earlier, { period: '2020/21' }),
          figure('x', later, { period: '2021/22' }),
        ];
        const exact = ((later - earlier) / earlier) * 100;
        if (Math.abs(Math.abs(exact % 1) - 0.5) < 1e-6) return; // a half: rounding direction is the audit's business
        expect(checkLinkedFigures(reviewDataset({ figures: figures(change) }))).toEqual([]);
        expect(checkLinkedFigures(reviewDataset({ figures: figures(change + 1) })).length).toBe(1);
      }),
    );
  });

  it('checks a total with a line not yet advised on the known lines and says so', () => {
    const at = (total: number, amounts: (number | null)[]) => checkLinkedFigures(reviewDataset({ 'budget-lines': lines('projected', 'income', amounts), 'budget-totals': [budgetTotal('projected', 'income', total)] }));
    expect(at(150, [100, 50])).toEqual([]);
    const caveat = at(100, [100, null]);
    expect(kinds(caveat)).toEqual(['flagged caveat total-with-line-not-advised']);
    expect(caveat[0]?.explanation).toBe('The projected income total £100 was checked on the 1 lines with an amount, which sum to £100: the total leaves out "line 2", which has no amount yet, and will change when it is given.');
    expect(caveat[0]?.rows.map((r) => `${r.resource}:${r.key}`)).toEqual(['budget-totals:projected/income', 'budget-lines:projected/income/2']);
    expect(kinds(at(90, [100, null]))).toEqual(['flagged inconsistency total-with-line-not-advised']);
    expect(at(130, [100, null])[0]?.explanation).toMatch(/the total is £30 more, which would be "line 2"/);
  });

  it('a decrease word printed with a minus sign is a typo, found once per phrase ("-36%" -> "36%" -> "-36%")', () => {
    const at = (quote: string, value: number) =>
      checkLinkedFigures(
        reviewDataset({
          figures: [figure('offenders-change-percent', value, { unit: 'percent-change', quote })],
          claims: [claim({ id: 'offenders', kind: 'percent-change', stated: value < 0 ? '-36%' : '36%', stated_value: -36, quote })],
        }),
      );
    const typo = at('there has been a reduction of -36% in the number of offenders', -36);
    expect(kinds(typo)).toEqual(['flagged typo signed-decrease']);
    expect(typo[0]?.rows.map((r) => r.resource)).toEqual(['figures', 'claims']);
    expect(typo[0]?.quotes).toEqual(['there has been a reduction of -36% in the number of offenders']);
    expect(at('there has been a reduction of 36% in the number of offenders', 36)).toEqual([]);
    expect(kinds(at('an average -25% reduction in scores', -25))).toEqual(['flagged typo signed-decrease']);
    expect(at('a change of -25% in scores', -25)).toEqual([]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetTable } from '../node/committed-dataset.test-support.js';
import { roundHalfUp } from '../change/round-half-up.js';
import { InvalidInputError } from '../errors/index.js';
import { actual2021, projected2022, statementOf } from './budget-fixtures.test-support.js';
import { budgetStatements } from './budget-statement.js';
import { budgetVariance, normaliseLineLabel } from './budget-variance.js';

describe('normaliseLineLabel', () => {
  it('ignores case, repeated and surrounding whitespace', () => {
    expect(normaliseLineLabel('East Sussex County Council (ESCC) ')).toBe('east sussex county council (escc)');
    expect(normaliseLineLabel('  Carry\tfwd  (balancing fig)')).toBe(normaliseLineLabel('carry fwd (balancing fig)'));
  });
});

describe('budgetVariance', () => {
  it('compares 2021/22 actual with 2022/23 projected line by line', () => {
    const v = budgetVariance(actual2021(), projected2022());
    expect(v.unmatched).toEqual({ actual: [], projected: [] });
    expect(v.lines).toHaveLength(16);
    const byLabel = (label: string) => v.lines.find((l) => l.actualLine.line === label);
    expect(byLabel('Independent Chair')).toMatchObject({ actual: 28_618, projected: 24_500, difference: -4_118 });
    expect(roundHalfUp(byLabel('Independent Chair')?.percent as number, 1)).toBe(-14.4);
    expect(byLabel('Safeguarding Practice Reviews')).toMatchObject({ actual: 29_670, projected: 9_870, difference: -19_800 });
    expect(byLabel('IT Software & Hardware')).toMatchObject({ actual: 64, projected: 1_500, difference: 1_436 });
    // Balance lines pair by type although their labels name different years.
    expect(byLabel('ESSCP brought forward from 20/21')).toMatchObject({
      lineType: 'brought-forward',
      projectedLine: { line: 'ESSCP brought forward from 2021/22' },
      actual: 55_553,
      projected: 23_855,
      difference: -31_698,
    });
    expect(byLabel('carry fwd (balancing fig)')).toMatchObject({ projectedLine: { line: 'Carry fwd (balancing fig)' }, difference: -22_170 });
    // "Not yet advised" gives nulls, not a fall of £1,434.
    expect(byLabel('National Probation Service')).toMatchObject({ actual: 1_434, projected: null, difference: null, percent: null });
  });

  it('totals the sides of the known lines and flags the incomplete one', () => {
    const { totals } = budgetVariance(actual2021(), projected2022());
    expect(totals.income).toMatchObject({ actual: 270_300, projected: 234_055, difference: -36_245, complete: false });
    expect(totals.expenditure).toMatchObject({ actual: 270_300, projected: 234_055, difference: -36_245, complete: true });
    expect(roundHalfUp(totals.expenditure.percent as number, 1)).toBe(-13.4);
  });

  it('lists unmatched lines of both statements and gives no percent from a zero base', () => {
    const a = statementOf('a', '2021/22', [['Grant', 0], ['Old fund', 5]], [['Spend', 5]], {});
    const p = statementOf('p', '2022/23', [['grant', 10], ['New fund', 1]], [['SPEND', 11]], {});
    const v = budgetVariance(a, p);
    expect(v.lines.map((l) => [l.actualLine.line, l.difference, l.percent])).toEqual([
      ['Grant', 10, null],
      ['Spend', 6, 120],
    ]);
    expect(v.unmatched.actual).toEqual([{ side: 'income', position: 2, line: 'Old fund' }]);
    expect(v.unmatched.projected).toEqual([{ side: 'income', position: 2, line: 'New fund' }]);
  });

  it('throws InvalidInputError when labels cannot be matched or a statement is malformed', () => {
    const dup = statementOf('d', '2021/22', [['Grant', 1], [' GRANT', 2]], [], {});
    expect(() => budgetVariance(dup, actual2021())).toThrow(InvalidInputError);
    expect(() => budgetVariance(dup, actual2021())).toThrow(/actual line income 2 .*same label as another income line of d/);
    expect(() => budgetVariance(actual2021(), { ...projected2022(), lines: [{ statement: 'x', side: 'income', position: 1, line: 'A', line_type: 'line', amount: 1 }] })).toThrow(/must be 2022-23-projected/);
  });

  it('a statement compared with itself varies by nothing', () => {
    const amount = fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: null, freq: 8 });
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 10 }), fc.array(amount, { maxLength: 10 }), (income, spending) => {
        const s = statementOf(
          's',
          '2021/22',
          income.map((a, i): [string, number | null] => [`in ${i}`, a]),
          spending.map((a, i): [string, number | null] => [`out ${i}`, a]),
          {},
        );
        const v = budgetVariance(s, s);
        expect(v.unmatched).toEqual({ actual: [], projected: [] });
        expect(v.lines).toHaveLength(income.length + spending.length);
        for (const line of v.lines) {
          if (line.actual === null) expect(line.difference).toBeNull();
          else expect(line.difference).toBe(0);
          if (line.actual !== null && line.actual > 0) expect(line.percent).toBe(0);
        }
        expect(v.totals.income.difference).toBe(0);
        expect(v.totals.expenditure.difference).toBe(0);
      }),
    );
  });

  it('compares the dataset statements', () => {
    const [actual, projected] = budgetStatements(
      datasetTable('budget-statements'),
      datasetTable('budget-lines'),
      datasetTable('budget-totals'),
    );
    if (actual === undefined || projected === undefined) throw new Error('dataset has fewer than two budget statements');
    const v = budgetVariance(actual, projected);
    expect(v.unmatched).toEqual({ actual: [], projected: [] });
    expect(v.totals.income).toMatchObject({ actual: 270_300, projected: 234_055, complete: false });
    expect(v.lines.find((l) => l.lineType === 'carry-forward')).toMatchObject({ actual: 23_855, projected: 1_685 });
  });
});

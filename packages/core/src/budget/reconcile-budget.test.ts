import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetTable } from '../node/committed-dataset.test-support.js';
import type { BudgetLine } from '../dataset/index.js';
import { InvalidInputError } from '../errors/index.js';
import { actual2021, projected2022, statementOf } from './budget-fixtures.test-support.js';
import { budgetStatements } from './budget-statement.js';
import { reconcileBudget } from './reconcile-budget.js';

describe('reconcileBudget', () => {
  it('re-adds the 2021/22 actual statement: both sides make the printed £270,300 and it balances', () => {
    const r = reconcileBudget(actual2021());
    expect(r.income).toMatchObject({ total: 270_300, printedTotal: 270_300, difference: 0, matchesPrinted: true, complete: true, missing: [] });
    expect(r.expenditure).toMatchObject({ total: 270_300, printedTotal: 270_300, matchesPrinted: true, complete: true });
    expect(r.balance).toEqual({ income: 270_300, expenditure: 270_300, difference: 0, balances: true, complete: true });
    expect(r.carryForward).toMatchObject({ printed: 23_855, recomputed: 23_855, difference: 0, matches: true, complete: true });
    // In year: 214,747 income against 246,445 spending, a £31,698 deficit met from the £55,553 brought forward.
    expect(r.inYear).toEqual({ income: 214_747, expenditure: 246_445, surplus: -31_698, complete: true });
    expect(r.problems).toEqual([]);
    expect(r.ok).toBe(true);
  });

  it('reports the 2022/23 "Not yet advised" line and totals of the known lines, never counting it as 0', () => {
    const r = reconcileBudget(projected2022());
    expect(r.problems.map((p) => p.kind)).toEqual(['missing-amount']);
    expect(r.problems[0]).toMatchObject({ line: { side: 'income', position: 6, line: 'National Probation Service' } });
    expect(r.problems[0]?.message).toMatch(/income line 6 "National Probation Service" prints no amount/);
    expect(r.income).toMatchObject({ total: 234_055, complete: false, printedTotal: 234_055, matchesPrinted: true });
    expect(r.income.missing).toEqual([{ side: 'income', position: 6, line: 'National Probation Service' }]);
    expect(r.expenditure).toMatchObject({ total: 234_055, complete: true, matchesPrinted: true });
    expect(r.balance).toMatchObject({ balances: true, complete: false });
    expect(r.carryForward).toMatchObject({ printed: 1_685, recomputed: 1_685, matches: true, complete: false });
    expect(r.inYear).toEqual({ income: 210_200, expenditure: 232_370, surplus: -22_170, complete: false });
    expect(r.ok).toBe(false);
  });

  it('names a side that does not add up, an unbalanced statement and a wrong carry-forward', () => {
    const s = actual2021();
    const lines = s.lines.map((line) => (line.side === 'expenditure' && line.position === 8 ? { ...line, amount: 640 } : line));
    const r = reconcileBudget({ ...s, lines });
    const kinds = r.problems.map((p) => p.kind);
    expect(kinds).toEqual(['total-mismatch', 'unbalanced', 'carry-forward-mismatch']);
    expect(r.problems[0]).toMatchObject({ side: 'expenditure', recomputed: 270_876, printed: 270_300, difference: 576, complete: true });
    expect(r.problems[0]?.message).toBe('expenditure lines add up to £270,876, not the printed total £270,300 (difference £576)');
    expect(r.problems[1]).toMatchObject({ income: 270_300, expenditure: 270_876, difference: -576 });
    expect(r.problems[2]).toMatchObject({ printed: 23_855, recomputed: 23_279, difference: -576 });
  });

  it('reports missing carry-forward, missing printed totals, empty sides and misplaced balance lines', () => {
    const none = statementOf('x', '2021/22', [['Grant', 100]], [['Spend', 100]], {});
    expect(reconcileBudget(none).problems.map((p) => p.kind)).toEqual(['missing-printed-total', 'missing-printed-total', 'no-carry-forward']);
    expect(reconcileBudget(none).carryForward).toBeNull();

    const empty = statementOf('y', '2021/22', [], [['c/f', 0, 'carry-forward']], { income: 0, expenditure: 0 });
    expect(reconcileBudget(empty).problems.map((p) => p.kind)).toEqual(['no-lines']);

    const misplaced = statementOf('z', '2021/22', [['Grant', 100], ['c/f', 0, 'carry-forward']], [['Spend', 90], ['c/f', 10, 'carry-forward'], ['c/f again', 0, 'carry-forward']], { income: 100, expenditure: 100 });
    const r = reconcileBudget(misplaced);
    expect(r.problems.map((p) => p.kind)).toEqual(['misplaced-balance-line', 'several-carry-forwards']);
    expect(r.carryForward).toMatchObject({ printed: 10, recomputed: 10, matches: true });

    const differ = statementOf('w', '2021/22', [['Grant', 100]], [['Spend', 100], ['c/f', 0, 'carry-forward']], { income: 100, expenditure: 101 });
    expect(reconcileBudget(differ).problems.map((p) => p.kind)).toEqual(['total-mismatch', 'printed-totals-differ']);
  });

  it('adds pence exactly', () => {
    const pence = statementOf('p', '2021/22', [['A', 0.1], ['B', 0.2]], [['C', 0.3], ['c/f', 0, 'carry-forward']], { income: 0.3, expenditure: 0.3 });
    expect(reconcileBudget(pence).problems).toEqual([]);
  });

  it('throws InvalidInputError for malformed statements', () => {
    const s = actual2021();
    const bad = (change: Partial<BudgetLine>) => ({ ...s, lines: s.lines.map((l, i) => (i === 0 ? { ...l, ...change } : l)) });
    expect(() => reconcileBudget(bad({ amount: Number.NaN }))).toThrow(InvalidInputError);
    expect(() => reconcileBudget(bad({ amount: Number.NaN }))).toThrow(/lines\[0\]\.amount must be pounds .* \(line "Sussex Police"\)/);
    expect(() => reconcileBudget(bad({ amount: 1.234 }))).toThrow(/at most 2 decimals/);
    expect(() => reconcileBudget(bad({ position: 2 }))).toThrow(/repeats an earlier income position/);
    expect(() => reconcileBudget(bad({ position: 0 }))).toThrow(/position must be a positive integer/);
    expect(() => reconcileBudget(bad({ side: 'assets' as never }))).toThrow(/side must be 'income' or 'expenditure'/);
    expect(() => reconcileBudget(bad({ line_type: 'reserve' as never }))).toThrow(/line_type must be/);
    expect(() => reconcileBudget(bad({ statement: 'other' }))).toThrow(/statement must be 2021-22-actual/);
    expect(() => reconcileBudget({ ...s, statement: { statement: '2021-22-actual', period: '2021-22' } })).toThrow(/period must be a financial year/);
    expect(() => reconcileBudget({ ...s, totals: [...s.totals, { statement: '2021-22-actual', side: 'income', amount: 1 }] })).toThrow(/has a printed total already/);
  });

  it('finds every statement built to balance balanced, with its carry-forward recomputed', () => {
    const amount = fc.integer({ min: 0, max: 10_000_000 });
    fc.assert(
      fc.property(fc.array(amount, { minLength: 1, maxLength: 12 }), fc.array(amount, { minLength: 0, maxLength: 12 }), amount, (income, spending, broughtForward) => {
        const incomeTotal = income.reduce((a, b) => a + b, 0) + broughtForward;
        const spent = spending.reduce((a, b) => a + b, 0);
        const carry = incomeTotal - spent; // may be negative: a deficit carried forward
        const s = statementOf(
          'gen',
          '2030/31',
          [...income.map((a, i): [string, number] => [`in ${i}`, a]), ['b/f', broughtForward, 'brought-forward']],
          [...spending.map((a, i): [string, number] => [`out ${i}`, a]), ['c/f', carry, 'carry-forward']],
          { income: incomeTotal, expenditure: incomeTotal },
        );
        const r = reconcileBudget(s);
        expect(r.problems).toEqual([]);
        expect(r.balance.balances).toBe(true);
        expect(r.carryForward?.recomputed).toBe(carry);
        expect(r.inYear.surplus).toBe(carry - broughtForward);
      }),
    );
  });

  it('any change to one known amount is caught', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 15 }), fc.integer({ min: -100_000, max: 100_000 }).filter((d) => d !== 0), (index, delta) => {
        const s = actual2021();
        const lines = s.lines.map((l, i) => (i === index ? { ...l, amount: (l.amount as number) + delta } : l));
        expect(reconcileBudget({ ...s, lines }).ok).toBe(false);
      }),
    );
  });

  it('reconciles the dataset budget tables', () => {
    const statements = budgetStatements(
      datasetTable('budget-statements'),
      datasetTable('budget-lines'),
      datasetTable('budget-totals'),
    );
    const results = statements.map(reconcileBudget);
    const actual = results.find((r) => r.period === '2021/22' && r.ok);
    expect(actual?.income.total).toBe(270_300);
    expect(actual?.carryForward?.printed).toBe(23_855);
    const projected = results.find((r) => r.period === '2022/23');
    expect(projected?.problems.map((p) => p.kind)).toEqual(['missing-amount']);
    expect(projected?.income).toMatchObject({ total: 234_055, complete: false, matchesPrinted: true });
    expect(projected?.carryForward).toMatchObject({ recomputed: 1_685, matches: true });
  });
});

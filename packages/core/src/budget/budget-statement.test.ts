import { describe, expect, it } from 'vitest';
import { datasetTable } from '../node/committed-dataset.test-support.js';
import { InvalidInputError } from '../errors/index.js';
import { actual2021, projected2022 } from './budget-fixtures.test-support.js';
import { budgetStatements, checkBudgetStatement } from './budget-statement.js';

describe('budgetStatements', () => {
  const a = actual2021();
  const p = projected2022();
  const records = [a.statement, p.statement];
  // Shuffle lines and totals across statements: grouping must restore each statement's printed order.
  const lines = [...p.lines, ...a.lines].reverse();
  const totals = [...p.totals, ...a.totals];

  it('groups the three tables by statement, in statement order, lines income first by position', () => {
    const grouped = budgetStatements(records, lines, totals);
    expect(grouped.map((s) => s.statement.statement)).toEqual(['2021-22-actual', '2022-23-projected']);
    expect(grouped[0]?.lines).toEqual(a.lines);
    expect(grouped[1]?.lines).toEqual(p.lines);
    expect(grouped[0]?.totals).toEqual(a.totals);
  });

  it('keeps a statement with no lines (reconciliation then reports it) rather than dropping it', () => {
    const grouped = budgetStatements([...records, { statement: 'empty', period: '2023/24' }], lines, totals);
    expect(grouped[2]).toEqual({ statement: { statement: 'empty', period: '2023/24' }, lines: [], totals: [] });
  });

  it('throws InvalidInputError for a line or total of an unknown statement and for repeated ids', () => {
    expect(() => budgetStatements([a.statement], lines, totals)).toThrow(InvalidInputError);
    expect(() => budgetStatements([a.statement], lines, totals)).toThrow(/lines\[16\]\.statement is not one of the statements \(got "2022-23-projected"\)/);
    expect(() => budgetStatements([a.statement], a.lines, totals)).toThrow(/totals\[0\]\.statement is not one of the statements/);
    expect(() => budgetStatements([a.statement, a.statement], [], [])).toThrow(/listed more than once/);
    expect(() => budgetStatements([{ statement: '', period: '2021/22' }], [], [])).toThrow(/must be a non-empty id/);
    expect(() => budgetStatements([{ statement: 'x', period: '2021/23' }], [], [])).toThrow(/consecutive years/);
  });

  it('checkBudgetStatement accepts the printed statements', () => {
    expect(() => checkBudgetStatement(a)).not.toThrow();
    expect(() => checkBudgetStatement(p)).not.toThrow();
  });

  it('groups the dataset tables', () => {
    const grouped = budgetStatements(
      datasetTable('budget-statements'),
      datasetTable('budget-lines'),
      datasetTable('budget-totals'),
    );
    expect(grouped.map((s) => [s.statement.period, s.lines.length, s.totals.length])).toEqual([
      ['2021/22', 16, 2],
      ['2022/23', 16, 2],
    ]);
  });
});

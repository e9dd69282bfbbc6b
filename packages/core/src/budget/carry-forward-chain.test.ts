import { describe, expect, it } from 'vitest';
import { datasetTable } from '../node/committed-dataset.test-support.js';
import { InvalidInputError } from '../errors/index.js';
import { actual2021, projected2022, statementOf } from './budget-fixtures.test-support.js';
import { budgetStatements } from './budget-statement.js';
import { carryForwardChain } from './carry-forward-chain.js';

describe('carryForwardChain', () => {
  it('links 2021/22 carried forward £23,855 to 2022/23 brought forward £23,855, in any input order', () => {
    const links = carryForwardChain([projected2022(), actual2021()]);
    expect(links).toEqual([
      {
        from: { statement: '2021-22-actual', period: '2021/22' },
        to: { statement: '2022-23-projected', period: '2022/23' },
        carriedForward: 23_855,
        broughtForward: 23_855,
        difference: 0,
        ok: true,
        problems: [],
      },
    ]);
  });

  it('reports a mismatch with both amounts', () => {
    const p = projected2022();
    const lines = p.lines.map((l) => (l.line_type === 'brought-forward' ? { ...l, amount: 23_585 } : l));
    const [link] = carryForwardChain([actual2021(), { ...p, lines }]);
    expect(link).toMatchObject({ carriedForward: 23_855, broughtForward: 23_585, difference: -270, ok: false });
    expect(link?.problems).toEqual([
      { kind: 'mismatch', difference: -270, message: '2021-22-actual carries forward £23,855 but 2022-23-projected brings forward £23,585' },
    ]);
  });

  it('reports gaps, missing balance lines and missing amounts', () => {
    const first = statementOf('a', '2019/20', [['Grant', 10]], [['Spend', 10]], {});
    const second = statementOf('b', '2021/22', [['Grant', 10]], [['Spend', 5], ['c/f', null, 'carry-forward']], {});
    const third = statementOf('c', '2022/23', [['b/f', 5, 'brought-forward']], [], {});
    const links = carryForwardChain([third, first, second]);
    expect(links.map((l) => l.problems.map((p) => p.kind))).toEqual([
      ['not-consecutive', 'no-carry-forward', 'no-brought-forward'],
      ['missing-amount'],
    ]);
    expect(links[1]).toMatchObject({ carriedForward: null, broughtForward: 5, difference: null, ok: false });
    expect(carryForwardChain([first])).toEqual([]);
    expect(carryForwardChain([])).toEqual([]);
  });

  it('throws InvalidInputError for two statements of one period or a malformed statement', () => {
    const again = { ...projected2022(), statement: { statement: 'other', period: '2022/23' } };
    const lines = again.lines.map((l) => ({ ...l, statement: 'other' }));
    const totals = again.totals.map((t) => ({ ...t, statement: 'other' }));
    expect(() => carryForwardChain([projected2022(), { ...again, lines, totals }])).toThrow(InvalidInputError);
    expect(() => carryForwardChain([projected2022(), { ...again, lines, totals }])).toThrow(/two statements for 2022\/23/);
    expect(() => carryForwardChain([{ ...actual2021(), statement: { statement: '2021-22-actual', period: '2021' } }])).toThrow(/period must be a financial year/);
  });

  it('chains the dataset statements', () => {
    const statements = budgetStatements(
      datasetTable('budget-statements'),
      datasetTable('budget-lines'),
      datasetTable('budget-totals'),
    );
    const links = carryForwardChain(statements);
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ carriedForward: 23_855, broughtForward: 23_855, ok: true });
  });
});

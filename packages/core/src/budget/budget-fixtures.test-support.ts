// Test support only (not exported): the East Sussex SCP budget appendix (report section 9.C) as
// printed, typed in once here for the unit tests; the dataset tests read the same figures from CSV.
import type { BudgetStatement, BudgetStatementLine } from './budget-statement.js';

type Row = [label: string, amount: number | null, type?: BudgetStatementLine['line_type']];

/** Builds a statement from printed rows, positions numbered from 1 on each side. */
export function statementOf(
  id: string,
  period: string,
  income: Row[],
  expenditure: Row[],
  printedTotals: { income?: number; expenditure?: number },
): BudgetStatement {
  const side = (name: 'income' | 'expenditure', rows: Row[]): BudgetStatementLine[] =>
    rows.map(([line, amount, type = 'line'], i) => ({ statement: id, side: name, position: i + 1, line, line_type: type, amount }));
  const totals = (['income', 'expenditure'] as const).flatMap((name) => {
    const amount = printedTotals[name];
    return amount === undefined ? [] : [{ statement: id, side: name, amount }];
  });
  return { statement: { statement: id, period }, lines: [...side('income', income), ...side('expenditure', expenditure)], totals };
}

/** ESSCP – Actual Income and Expenditure 2021/22. */
export function actual2021(): BudgetStatement {
  return statementOf(
    '2021-22-actual',
    '2021/22',
    [
      ['Sussex Police', 35_000],
      ['Sussex CCG', 53_400],
      ['East Sussex County Council (ESCC) ', 114_300],
      ['Training Income', 10_613],
      ['National Probation Service', 1_434],
      ['ESSCP brought forward from 20/21', 55_553, 'brought-forward'],
    ],
    [
      ['Independent Chair', 28_618],
      ['Business Manager(s) 1.4 FTE & Administrator', 106_063],
      ['Administration', 1_586],
      ['Trainer', 54_386],
      ['Training Programme and Conferences', 3_603],
      ['Projects', 15_000],
      ['Pan Sussex Procedures', 7_455],
      ['IT Software & Hardware', 64],
      ['Safeguarding Practice Reviews', 29_670],
      ['carry fwd (balancing fig)', 23_855, 'carry-forward'],
    ],
    { income: 270_300, expenditure: 270_300 },
  );
}

/** Projected Income and Expenditure 2022/23 (National Probation Service "Not yet advised"). */
export function projected2022(): BudgetStatement {
  return statementOf(
    '2022-23-projected',
    '2022/23',
    [
      ['Sussex Police', 35_000],
      ['Sussex CCG', 53_400],
      ['East Sussex County Council (ESCC) ', 114_300],
      ['Training Income', 7_500],
      ['ESSCP brought forward from 2021/22', 23_855, 'brought-forward'],
      ['National Probation Service', null],
    ],
    [
      ['Independent Chair', 24_500],
      ['Business Manager(s) 1.4 FTE & Administrator', 107_500],
      ['Administration', 1_500],
      ['Trainer', 58_000],
      ['Training Programme and Conferences', 7_000],
      ['Projects', 15_000],
      ['Pan Sussex Procedures', 7_500],
      ['IT Software & Hardware', 1_500],
      ['Safeguarding Practice Reviews', 9_870],
      ['Carry fwd (balancing fig)', 1_685, 'carry-forward'],
    ],
    { income: 234_055, expenditure: 234_055 },
  );
}

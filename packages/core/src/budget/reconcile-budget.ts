import { lineRef, type BudgetLineRef, type BudgetProblem } from './budget-problem.js';
import { checkBudgetStatement, type BudgetSide, type BudgetStatement, type BudgetStatementLine } from './budget-statement.js';
import { knownAmounts, pounds, subtractPounds, sumPounds } from './sum-pounds.js';

/**
 * One side of a statement recomputed from its lines, beside its printed total.
 *
 * @example
 * const t = loadDataset('datasets/east-sussex/2021-22').tables;
 * const [actual, projected] = budgetStatements(t['budget-statements'] ?? [], t['budget-lines'] ?? [], t['budget-totals'] ?? []);
 * const income: BudgetSideCheck = reconcileBudget(projected!).income;
 * [income.total, income.complete, income.printedTotal, income.matchesPrinted]; // => [234055, false, 234055, true]
 */
export interface BudgetSideCheck {
  readonly side: BudgetSide;
  /** Sum of the amounts of the side's lines that print one ("of the known lines"). */
  readonly total: number;
  /** True when every line of the side prints an amount, so `total` is the whole side. */
  readonly complete: boolean;
  /** Lines of the side that print no amount; not counted in `total`, never counted as 0. */
  readonly missing: readonly BudgetLineRef[];
  /** The total the statement prints for the side; `null` when it prints none. */
  readonly printedTotal: number | null;
  /** total − printedTotal; `null` when there is no printed total. */
  readonly difference: number | null;
  /** Whether `total` equals the printed total; `null` when there is none. */
  readonly matchesPrinted: boolean | null;
}

/**
 * Result of {@link reconcileBudget}.
 *
 * @example
 * const t = loadDataset('datasets/east-sussex/2021-22').tables;
 * const [actual, projected] = budgetStatements(t['budget-statements'] ?? [], t['budget-lines'] ?? [], t['budget-totals'] ?? []);
 * const r: BudgetReconciliation = reconcileBudget(actual!);
 * [r.balance.balances, r.carryForward?.printed, r.inYear.surplus, r.ok]; // => [true, 23855, -31698, true]
 */
export interface BudgetReconciliation {
  readonly statement: string;
  readonly period: string;
  readonly income: BudgetSideCheck;
  readonly expenditure: BudgetSideCheck;
  /** Income and expenditure recomputed from the lines: a statement balances when they are equal. */
  readonly balance: {
    readonly income: number;
    readonly expenditure: number;
    /** income − expenditure. */
    readonly difference: number;
    readonly balances: boolean;
    /** False when either total is of the known lines only. */
    readonly complete: boolean;
  };
  /**
   * The balancing carry-forward recomputed as income − every expenditure line except the
   * carry-forward, beside the printed carry-forward; `null` when the expenditure side has no
   * carry-forward line (a `no-carry-forward` problem).
   */
  readonly carryForward: {
    /** The carry-forward line(s) (more than one is a `several-carry-forwards` problem). */
    readonly lines: readonly BudgetLineRef[];
    /** Printed carry-forward (sum of the carry-forward lines); `null` when a carry-forward prints no amount. */
    readonly printed: number | null;
    readonly recomputed: number;
    /** recomputed − printed; `null` when printed is. */
    readonly difference: number | null;
    readonly matches: boolean | null;
    /** False when `recomputed` leaves out lines that print no amount. */
    readonly complete: boolean;
  } | null;
  /**
   * In-year result: income lines less expenditure lines, both of line type `line` (balances brought
   * or carried forward excluded). Negative is a deficit met from reserves.
   */
  readonly inYear: {
    readonly income: number;
    readonly expenditure: number;
    /** income − expenditure. */
    readonly surplus: number;
    readonly complete: boolean;
  };
  /** Everything that does not add up or cannot be checked, in the order found; empty when all is well. */
  readonly problems: readonly BudgetProblem[];
  /** True when there are no problems. */
  readonly ok: boolean;
}

const FN = 'reconcileBudget';

/**
 * Re-adds a budget statement from its lines and checks it against what it prints:
 *
 * - side total = Σ amounts of the side's lines, compared with the printed total;
 * - balance: income total = expenditure total;
 * - carry-forward = income total − Σ expenditure lines other than the carry-forward, compared with
 *   the printed carry-forward (the "balancing figure");
 * - in-year surplus = Σ income lines − Σ expenditure lines, both of type `line` (brought-forward and
 *   carry-forward lines excluded).
 *
 * A line that prints no amount (e.g. "Not yet advised") is never read as 0: it is reported as a
 * `missing-amount` problem and the totals are of the known lines, flagged `complete: false`.
 * Money is added in whole pence, so sums are exact.
 *
 * @example
 * const t = loadDataset('datasets/east-sussex/2021-22').tables;
 * const [actual, projected] = budgetStatements(t['budget-statements'] ?? [], t['budget-lines'] ?? [], t['budget-totals'] ?? []);
 * const r = reconcileBudget(actual!);
 * [r.ok, r.income.total, r.carryForward?.recomputed, r.inYear.surplus]; // => [true, 270300, 23855, -31698]
 * reconcileBudget(projected!).problems.map((p) => p.kind); // => ['missing-amount']
 * @throws {InvalidInputError} when the statement is malformed (see {@link checkBudgetStatement}).
 */
export function reconcileBudget(statement: BudgetStatement): BudgetReconciliation {
  checkBudgetStatement(statement, FN);
  const id = statement.statement.statement;
  const problems: BudgetProblem[] = [];

  for (const line of statement.lines) {
    if (line.amount === null) {
      problems.push({ kind: 'missing-amount', line: lineRef(line), message: `${line.side} line ${line.position} "${line.line}" prints no amount; totals are of the known lines` });
    }
  }
  const income = checkSide(statement, 'income', problems);
  const expenditure = checkSide(statement, 'expenditure', problems);

  const balanceDifference = subtractPounds(income.total, expenditure.total);
  const balance = {
    income: income.total,
    expenditure: expenditure.total,
    difference: balanceDifference,
    balances: balanceDifference === 0,
    complete: income.complete && expenditure.complete,
  };
  if (!balance.balances) {
    problems.push({
      kind: 'unbalanced',
      income: income.total,
      expenditure: expenditure.total,
      difference: balanceDifference,
      complete: balance.complete,
      message: `income ${pounds(income.total)} and expenditure ${pounds(expenditure.total)} recomputed from the lines differ by ${pounds(balanceDifference)}${balance.complete ? '' : ' (of the known lines)'}`,
    });
  }
  if (income.printedTotal !== null && expenditure.printedTotal !== null && income.printedTotal !== expenditure.printedTotal) {
    problems.push({
      kind: 'printed-totals-differ',
      income: income.printedTotal,
      expenditure: expenditure.printedTotal,
      message: `printed income total ${pounds(income.printedTotal)} differs from printed expenditure total ${pounds(expenditure.printedTotal)}`,
    });
  }

  for (const line of statement.lines) {
    const misplaced =
      (line.side === 'income' && line.line_type === 'carry-forward') || (line.side === 'expenditure' && line.line_type === 'brought-forward');
    if (misplaced) {
      problems.push({
        kind: 'misplaced-balance-line',
        line: lineRef(line),
        message: `${line.side} line ${line.position} "${line.line}" is a ${line.line_type} line on the ${line.side} side; it is left out of the carry-forward and in-year figures`,
      });
    }
  }

  const carryForward = checkCarryForward(statement, income, problems);
  const inYear = inYearResult(statement);
  return { statement: id, period: statement.statement.period, income, expenditure, balance, carryForward, inYear, problems, ok: problems.length === 0 };
}

function checkSide(statement: BudgetStatement, side: BudgetSide, problems: BudgetProblem[]): BudgetSideCheck {
  const lines = statement.lines.filter((line) => line.side === side);
  const missing = lines.filter((line) => line.amount === null).map(lineRef);
  const total = sumPounds(knownAmounts(lines), FN, `${side} amounts`);
  const complete = missing.length === 0;
  const printedTotal = statement.totals.find((t) => t.side === side)?.amount ?? null;
  const difference = printedTotal === null ? null : subtractPounds(total, printedTotal);
  if (lines.length === 0) problems.push({ kind: 'no-lines', side, message: `the ${side} side has no lines` });
  if (printedTotal === null) {
    problems.push({ kind: 'missing-printed-total', side, message: `the ${side} side prints no total to check against` });
  } else if (difference !== 0) {
    problems.push({
      kind: 'total-mismatch',
      side,
      recomputed: total,
      printed: printedTotal,
      difference: difference as number,
      complete,
      message: `${side} lines add up to ${pounds(total)}${complete ? '' : ' (of the known lines)'}, not the printed total ${pounds(printedTotal)} (difference ${pounds(difference as number)})`,
    });
  }
  return { side, total, complete, missing, printedTotal, difference, matchesPrinted: printedTotal === null ? null : difference === 0 };
}

function checkCarryForward(statement: BudgetStatement, income: BudgetSideCheck, problems: BudgetProblem[]): BudgetReconciliation['carryForward'] {
  const expenditure = statement.lines.filter((line) => line.side === 'expenditure');
  const carried = expenditure.filter((line) => line.line_type === 'carry-forward');
  if (carried.length === 0) {
    problems.push({ kind: 'no-carry-forward', message: 'the expenditure side has no carry-forward (balancing) line' });
    return null;
  }
  if (carried.length > 1) {
    problems.push({
      kind: 'several-carry-forwards',
      lines: carried.map(lineRef),
      message: `the expenditure side has ${carried.length} carry-forward lines (positions ${carried.map((l) => l.position).join(', ')}); their sum is checked`,
    });
  }
  const others = expenditure.filter((line) => line.line_type !== 'carry-forward');
  const recomputed = subtractPounds(income.total, sumPounds(knownAmounts(others), FN, 'expenditure amounts'));
  const complete = income.complete && others.every((line) => line.amount !== null);
  const printed = carried.some((line) => line.amount === null) ? null : sumPounds(knownAmounts(carried), FN, 'carry-forward amounts');
  const difference = printed === null ? null : subtractPounds(recomputed, printed);
  if (printed !== null && difference !== 0) {
    problems.push({
      kind: 'carry-forward-mismatch',
      printed,
      recomputed,
      difference: difference as number,
      complete,
      message: `income less the other expenditure is ${pounds(recomputed)}${complete ? '' : ' (of the known lines)'}, not the printed carry-forward ${pounds(printed)} (difference ${pounds(difference as number)})`,
    });
  }
  return { lines: carried.map(lineRef), printed, recomputed, difference, matches: printed === null ? null : difference === 0, complete };
}

function inYearResult(statement: BudgetStatement): BudgetReconciliation['inYear'] {
  const inYearLines = (side: BudgetSide) => statement.lines.filter((line) => line.side === side && line.line_type === 'line');
  const incomeLines = inYearLines('income');
  const expenditureLines = inYearLines('expenditure');
  const income = sumPounds(knownAmounts(incomeLines), FN, 'in-year income amounts');
  const expenditure = sumPounds(knownAmounts(expenditureLines), FN, 'in-year expenditure amounts');
  return {
    income,
    expenditure,
    surplus: subtractPounds(income, expenditure),
    complete: [...incomeLines, ...expenditureLines].every((line) => line.amount !== null),
  };
}

import { financialYearStart } from '../change/financial-year.js';
import { InvalidInputError } from '../errors/index.js';
import { lineRef, type BudgetLineRef } from './budget-problem.js';
import { checkBudgetStatement, type BudgetStatement, type BudgetStatementLine } from './budget-statement.js';
import { pounds, subtractPounds, sumPounds } from './sum-pounds.js';
import { assertArray } from '../stats/validate-input.js';

/**
 * Why a link of {@link carryForwardChain} does not hold or cannot be checked:
 * - `not-consecutive`: the two statements are not for consecutive years (a gap).
 * - `no-carry-forward`: the earlier statement has no carry-forward line on its expenditure side.
 * - `no-brought-forward`: the later statement has no brought-forward line on its income side.
 * - `missing-amount`: one of the balance lines prints no amount.
 * - `mismatch`: the amounts differ.
 *
 * @example
 * const statement = (id: string, period: string): BudgetStatement => ({ statement: { statement: id, period }, lines: [], totals: [] });
 * const problems: readonly CarryForwardLinkProblem[] = carryForwardChain([statement('a', '2020/21'), statement('b', '2022/23')])[0]!.problems;
 * problems.map((p) => p.kind); // => ['not-consecutive', 'no-carry-forward', 'no-brought-forward']
 */
export type CarryForwardLinkProblem =
  | { readonly kind: 'not-consecutive'; readonly message: string }
  | { readonly kind: 'no-carry-forward'; readonly message: string }
  | { readonly kind: 'no-brought-forward'; readonly message: string }
  | { readonly kind: 'missing-amount'; readonly message: string; readonly line: BudgetLineRef }
  | { readonly kind: 'mismatch'; readonly message: string; readonly difference: number };

/**
 * One link of the chain: the balance one statement carries forward and the next brings forward.
 *
 * @example
 * const t = loadDataset('datasets/east-sussex/2021-22').tables;
 * const [actual, projected] = budgetStatements(t['budget-statements'] ?? [], t['budget-lines'] ?? [], t['budget-totals'] ?? []);
 * const link: CarryForwardLink = carryForwardChain([actual!, projected!])[0]!;
 * [link.carriedForward, link.broughtForward, link.difference, link.ok]; // => [23855, 23855, 0, true]
 */
export interface CarryForwardLink {
  readonly from: { readonly statement: string; readonly period: string };
  readonly to: { readonly statement: string; readonly period: string };
  /** Carry-forward of the earlier statement (sum of its carry-forward lines); `null` when none or missing. */
  readonly carriedForward: number | null;
  /** Brought-forward of the later statement (sum of its brought-forward lines); `null` when none or missing. */
  readonly broughtForward: number | null;
  /** broughtForward − carriedForward; `null` when either is. */
  readonly difference: number | null;
  /** True when both amounts are known, equal, and the years are consecutive. */
  readonly ok: boolean;
  readonly problems: readonly CarryForwardLinkProblem[];
}

const FN = 'carryForwardChain';

/**
 * Checks that budgets chain from year to year: sorted by period, the carry-forward of each statement
 * (its expenditure-side `carry-forward` lines) must equal the brought-forward of the next (its
 * income-side `brought-forward` lines). Returns one link per pair of neighbouring statements, with
 * both amounts and what, if anything, is wrong; a gap between years is reported, not bridged.
 *
 * @example
 * const t = loadDataset('datasets/east-sussex/2021-22').tables;
 * const links = carryForwardChain(budgetStatements(t['budget-statements'] ?? [], t['budget-lines'] ?? [], t['budget-totals'] ?? []));
 * links.map((l) => [l.from.period, l.to.period, l.carriedForward, l.broughtForward, l.ok]); // => [['2021/22', '2022/23', 23855, 23855, true]]
 * @param statements - at most one statement per period, in any order.
 * @throws {InvalidInputError} when a statement is malformed or two share a period.
 */
export function carryForwardChain(statements: readonly BudgetStatement[]): CarryForwardLink[] {
  assertArray(FN, 'statements', statements);
  statements.forEach((statement) => checkBudgetStatement(statement, FN));
  const sorted = [...statements].sort((a, b) => financialYearStart(a.statement.period) - financialYearStart(b.statement.period));
  sorted.forEach((statement, i) => {
    const before = sorted[i - 1];
    if (before !== undefined && before.statement.period === statement.statement.period) {
      throw new InvalidInputError(FN, 'statements', [before.statement.statement, statement.statement.statement], `holds two statements for ${statement.statement.period}; pass one per period`);
    }
  });

  const links: CarryForwardLink[] = [];
  for (let i = 1; i < sorted.length; i += 1) {
    const earlier = sorted[i - 1] as BudgetStatement;
    const later = sorted[i] as BudgetStatement;
    const problems: CarryForwardLinkProblem[] = [];
    const fromPeriod = earlier.statement.period;
    const toPeriod = later.statement.period;
    if (financialYearStart(toPeriod) !== financialYearStart(fromPeriod) + 1) {
      problems.push({ kind: 'not-consecutive', message: `${fromPeriod} is not followed by ${toPeriod}: the years in between are missing` });
    }
    const carriedForward = balance(earlier, 'carry-forward', problems);
    const broughtForward = balance(later, 'brought-forward', problems);
    const difference = carriedForward === null || broughtForward === null ? null : subtractPounds(broughtForward, carriedForward);
    if (difference !== null && difference !== 0) {
      problems.push({
        kind: 'mismatch',
        difference,
        message: `${earlier.statement.statement} carries forward ${pounds(carriedForward as number)} but ${later.statement.statement} brings forward ${pounds(broughtForward as number)}`,
      });
    }
    links.push({
      from: { statement: earlier.statement.statement, period: fromPeriod },
      to: { statement: later.statement.statement, period: toPeriod },
      carriedForward,
      broughtForward,
      difference,
      ok: problems.length === 0,
      problems,
    });
  }
  return links;
}

function balance(statement: BudgetStatement, type: 'carry-forward' | 'brought-forward', problems: CarryForwardLinkProblem[]): number | null {
  const side = type === 'carry-forward' ? 'expenditure' : 'income';
  const lines: BudgetStatementLine[] = statement.lines.filter((line) => line.side === side && line.line_type === type);
  const id = statement.statement.statement;
  if (lines.length === 0) {
    problems.push(
      type === 'carry-forward'
        ? { kind: 'no-carry-forward', message: `${id} has no carry-forward line on its expenditure side` }
        : { kind: 'no-brought-forward', message: `${id} has no brought-forward line on its income side` },
    );
    return null;
  }
  const missing = lines.filter((line) => line.amount === null);
  for (const line of missing) {
    problems.push({
      kind: 'missing-amount',
      line: lineRef(line),
      message: `${id} ${side} line ${line.position} "${line.line}" prints no amount`,
    });
  }
  if (missing.length > 0) return null;
  return sumPounds(lines.map((line) => line.amount as number), FN, `${id} ${type} amounts`);
}

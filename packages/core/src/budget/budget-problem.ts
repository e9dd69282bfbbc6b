import type { BudgetSide, BudgetStatementLine } from './budget-statement.js';

/**
 * A line of a budget statement, as named in a problem: side, printed position and label.
 *
 * @example
 * const t = loadDataset('datasets/east-sussex/2021-22').tables;
 * const [actual, projected] = budgetStatements(t['budget-statements'] ?? [], t['budget-lines'] ?? [], t['budget-totals'] ?? []);
 * const ref: BudgetLineRef = reconcileBudget(projected!).income.missing[0]!;
 * ref; // => { side: 'income', position: 6, line: 'National Probation Service' }
 */
export interface BudgetLineRef {
  readonly side: BudgetSide;
  readonly position: number;
  readonly line: string;
}

/** The reference to a line that problems and results carry. Internal. */
export function lineRef(line: BudgetStatementLine): BudgetLineRef {
  return { side: line.side, position: line.position, line: line.line };
}

/**
 * Something in a budget statement that does not add up or cannot be checked, found by
 * {@link reconcileBudget}. `kind` is stable and machine-readable; `message` says it in words.
 * - `missing-amount`: a line prints no figure (e.g. "Not yet advised"); totals are of the known lines.
 * - `no-lines`: a side has no lines at all.
 * - `missing-printed-total`: a side prints no total to check against.
 * - `total-mismatch`: a side's lines do not add up to its printed total.
 * - `unbalanced`: income and expenditure recomputed from the lines differ.
 * - `printed-totals-differ`: the two printed totals differ from each other.
 * - `no-carry-forward`: the expenditure side has no carry-forward (balancing) line.
 * - `several-carry-forwards`: the expenditure side has more than one carry-forward line.
 * - `misplaced-balance-line`: a carry-forward line on the income side or a brought-forward line on
 *   the expenditure side (left out of the carry-forward and in-year figures).
 * - `carry-forward-mismatch`: the printed carry-forward is not income less the other expenditure.
 *
 * @example
 * const t = loadDataset('datasets/east-sussex/2021-22').tables;
 * const [actual, projected] = budgetStatements(t['budget-statements'] ?? [], t['budget-lines'] ?? [], t['budget-totals'] ?? []);
 * const problem: BudgetProblem = reconcileBudget(projected!).problems[0]!;
 * [problem.kind, problem.message]; // => ['missing-amount', 'income line 6 "National Probation Service" prints no amount; totals are of the known lines']
 */
export type BudgetProblem =
  | { readonly kind: 'missing-amount'; readonly message: string; readonly line: BudgetLineRef }
  | { readonly kind: 'no-lines'; readonly message: string; readonly side: BudgetSide }
  | { readonly kind: 'missing-printed-total'; readonly message: string; readonly side: BudgetSide }
  | {
      readonly kind: 'total-mismatch';
      readonly message: string;
      readonly side: BudgetSide;
      readonly recomputed: number;
      readonly printed: number;
      /** recomputed − printed. */
      readonly difference: number;
      /** False when the recomputed total is of the known lines only. */
      readonly complete: boolean;
    }
  | {
      readonly kind: 'unbalanced';
      readonly message: string;
      readonly income: number;
      readonly expenditure: number;
      /** income − expenditure. */
      readonly difference: number;
      readonly complete: boolean;
    }
  | { readonly kind: 'printed-totals-differ'; readonly message: string; readonly income: number; readonly expenditure: number }
  | { readonly kind: 'no-carry-forward'; readonly message: string }
  | { readonly kind: 'several-carry-forwards'; readonly message: string; readonly lines: readonly BudgetLineRef[] }
  | { readonly kind: 'misplaced-balance-line'; readonly message: string; readonly line: BudgetLineRef }
  | {
      readonly kind: 'carry-forward-mismatch';
      readonly message: string;
      readonly printed: number;
      readonly recomputed: number;
      /** recomputed − printed. */
      readonly difference: number;
      readonly complete: boolean;
    };

/**
 * The `kind` of a {@link BudgetProblem}.
 *
 * @example
 * const t = loadDataset('datasets/east-sussex/2021-22').tables;
 * const [actual, projected] = budgetStatements(t['budget-statements'] ?? [], t['budget-lines'] ?? [], t['budget-totals'] ?? []);
 * const kinds: BudgetProblemKind[] = reconcileBudget(projected!).problems.map((p) => p.kind);
 * kinds; // => ['missing-amount']
 */
export type BudgetProblemKind = BudgetProblem['kind'];

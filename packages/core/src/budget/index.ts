export {
  budgetStatements,
  checkBudgetStatement,
  type BudgetSide,
  type BudgetStatement,
  type BudgetStatementIdentity,
  type BudgetStatementLine,
  type BudgetStatementTotal,
} from './budget-statement.js';
export type { BudgetLineRef, BudgetProblem, BudgetProblemKind } from './budget-problem.js';
export { reconcileBudget, type BudgetReconciliation, type BudgetSideCheck } from './reconcile-budget.js';
export { carryForwardChain, type CarryForwardLink, type CarryForwardLinkProblem } from './carry-forward-chain.js';
export {
  budgetVariance,
  normaliseLineLabel,
  type BudgetVariance,
  type BudgetVarianceLine,
  type BudgetVarianceTotal,
} from './budget-variance.js';

import { percentChange } from '../change/percent-change.js';
import { InvalidInputError } from '../errors/index.js';
import { lineRef, type BudgetLineRef } from './budget-problem.js';
import { checkBudgetStatement, type BudgetSide, type BudgetStatement, type BudgetStatementLine } from './budget-statement.js';
import { knownAmounts, subtractPounds, sumPounds } from './sum-pounds.js';
import { assertString } from '../stats/validate-input.js';

/**
 * A line matched between the two statements, with the change from the actual to the projected amount.
 *
 * @example
 * const t = loadDataset('datasets/east-sussex/2021-22').tables;
 * const [actual, projected] = budgetStatements(t['budget-statements'] ?? [], t['budget-lines'] ?? [], t['budget-totals'] ?? []);
 * const line: BudgetVarianceLine = budgetVariance(actual!, projected!).lines[0]!;
 * [line.actualLine.line, line.actual, line.projected, line.difference]; // => ['Sussex Police', 35000, 35000, 0]
 */
export interface BudgetVarianceLine {
  readonly side: BudgetSide;
  readonly lineType: BudgetStatementLine['line_type'];
  readonly actualLine: BudgetLineRef;
  readonly projectedLine: BudgetLineRef;
  /** `null` when the actual statement prints no amount. */
  readonly actual: number | null;
  /** `null` when the projected statement prints no amount. */
  readonly projected: number | null;
  /** projected − actual; `null` when either amount is missing. */
  readonly difference: number | null;
  /** 100 × (projected − actual) / actual; `null` when an amount is missing or actual is not positive. */
  readonly percent: number | null;
}

/**
 * The two statements' totals of one side, of the known lines.
 *
 * @example
 * const t = loadDataset('datasets/east-sussex/2021-22').tables;
 * const [actual, projected] = budgetStatements(t['budget-statements'] ?? [], t['budget-lines'] ?? [], t['budget-totals'] ?? []);
 * const total: BudgetVarianceTotal = budgetVariance(actual!, projected!).totals.expenditure;
 * [total.actual, total.projected, total.difference, total.complete]; // => [270300, 234055, -36245, true]
 */
export interface BudgetVarianceTotal {
  readonly side: BudgetSide;
  readonly actual: number;
  readonly projected: number;
  /** projected − actual. */
  readonly difference: number;
  /** 100 × difference / actual; `null` when actual is not positive. */
  readonly percent: number | null;
  /** False when either total leaves out a line that prints no amount. */
  readonly complete: boolean;
}

/**
 * Result of {@link budgetVariance}.
 *
 * @example
 * const t = loadDataset('datasets/east-sussex/2021-22').tables;
 * const [actual, projected] = budgetStatements(t['budget-statements'] ?? [], t['budget-lines'] ?? [], t['budget-totals'] ?? []);
 * const v: BudgetVariance = budgetVariance(actual!, projected!);
 * [v.actual.period, v.projected.period, v.unmatched]; // => ['2021/22', '2022/23', { actual: [], projected: [] }]
 */
export interface BudgetVariance {
  readonly actual: { readonly statement: string; readonly period: string };
  readonly projected: { readonly statement: string; readonly period: string };
  /** Matched lines, in the order of the actual statement (income first). */
  readonly lines: readonly BudgetVarianceLine[];
  /** Lines of either statement with no counterpart in the other; never dropped. */
  readonly unmatched: { readonly actual: readonly BudgetLineRef[]; readonly projected: readonly BudgetLineRef[] };
  readonly totals: { readonly income: BudgetVarianceTotal; readonly expenditure: BudgetVarianceTotal };
}

const FN = 'budgetVariance';

/**
 * Normalises a printed line label for matching: Unicode NFKC, lower case, runs of whitespace as one
 * space, trimmed. `'East Sussex County Council (ESCC) '` and `'east  sussex county council (escc)'`
 * match.
 *
 * @example
 * normaliseLineLabel('East Sussex County Council (ESCC) '); // => 'east sussex county council (escc)'
 * normaliseLineLabel('Business  Manager(s)\u00a01.4 FTE'); // => 'business manager(s) 1.4 fte'
 */
export function normaliseLineLabel(label: string): string {
  assertString('normaliseLineLabel', 'label', label);
  return label.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Line-by-line comparison of two budget statements, typically one year's actual and the next
 * year's projection: for each line, difference = projected − actual and
 * percent = 100 × (projected − actual) / actual ({@link percentChange}; only where actual > 0), and the
 * same for each side's total (of the known lines, flagged when incomplete).
 *
 * Lines are matched on the same side: ordinary lines by {@link normaliseLineLabel}; balance lines
 * (brought-forward, carry-forward) by their type when each statement has exactly one of that type
 * on that side, since their labels name the year ("brought forward from 20/21"). Lines with no
 * counterpart are listed in `unmatched`. A missing amount gives `null`s, never 0.
 *
 * @example
 * const t = loadDataset('datasets/east-sussex/2021-22').tables;
 * const [actual, projected] = budgetStatements(t['budget-statements'] ?? [], t['budget-lines'] ?? [], t['budget-totals'] ?? []);
 * const v = budgetVariance(actual!, projected!);
 * const trainer = v.lines.find((l) => l.actualLine.line === 'Trainer')!;
 * [trainer.actual, trainer.projected, trainer.difference, trainer.percent]; // => [54386, 58000, 3614, 6.65]
 * [v.totals.income.difference, v.totals.income.complete]; // => [-36245, false]
 * @throws {InvalidInputError} when a statement is malformed or two lines of one side share a label.
 */
export function budgetVariance(actual: BudgetStatement, projected: BudgetStatement): BudgetVariance {
  checkBudgetStatement(actual, FN);
  checkBudgetStatement(projected, FN);
  const projectedByKey = indexLines(projected, 'projected');
  const actualKeys = indexLines(actual, 'actual');
  const used = new Set<BudgetStatementLine>();
  const lines: BudgetVarianceLine[] = [];
  const unmatchedActual: BudgetLineRef[] = [];

  for (const [key, line] of actualKeys) {
    const counterpart = projectedByKey.get(key);
    if (counterpart === undefined) {
      unmatchedActual.push(lineRef(line));
      continue;
    }
    used.add(counterpart);
    const difference = line.amount === null || counterpart.amount === null ? null : subtractPounds(counterpart.amount, line.amount);
    lines.push({
      side: line.side,
      lineType: line.line_type,
      actualLine: lineRef(line),
      projectedLine: lineRef(counterpart),
      actual: line.amount,
      projected: counterpart.amount,
      difference,
      percent: difference === null ? null : percentOf(line.amount as number, counterpart.amount as number),
    });
  }
  const unmatchedProjected = projected.lines.filter((line) => !used.has(line)).map(lineRef);

  return {
    actual: { statement: actual.statement.statement, period: actual.statement.period },
    projected: { statement: projected.statement.statement, period: projected.statement.period },
    lines,
    unmatched: { actual: unmatchedActual, projected: unmatchedProjected },
    totals: { income: sideTotal(actual, projected, 'income'), expenditure: sideTotal(actual, projected, 'expenditure') },
  };
}

function percentOf(base: number, value: number): number | null {
  return base > 0 ? percentChange(base, value) : null;
}

/** Matching key of every line, in statement order (income first, then by position). */
function indexLines(statement: BudgetStatement, which: string): Map<string, BudgetStatementLine> {
  const ordered = [...statement.lines].sort((a, b) => (a.side === b.side ? a.position - b.position : a.side === 'income' ? -1 : 1));
  const typeCount = new Map<string, number>();
  for (const line of ordered) {
    const k = `${line.side} ${line.line_type}`;
    typeCount.set(k, (typeCount.get(k) ?? 0) + 1);
  }
  const index = new Map<string, BudgetStatementLine>();
  for (const line of ordered) {
    const byType = line.line_type !== 'line' && typeCount.get(`${line.side} ${line.line_type}`) === 1;
    const key = byType ? `${line.side} type:${line.line_type}` : `${line.side} label:${normaliseLineLabel(line.line)}`;
    if (index.has(key)) {
      throw new InvalidInputError(FN, `${which} line ${line.side} ${line.position}`, line.line, `has the same label as another ${line.side} line of ${statement.statement.statement}, so lines cannot be matched`);
    }
    index.set(key, line);
  }
  return index;
}

function sideTotal(actual: BudgetStatement, projected: BudgetStatement, side: BudgetSide): BudgetVarianceTotal {
  const of = (statement: BudgetStatement) => statement.lines.filter((line) => line.side === side);
  const knownSum = (lines: BudgetStatementLine[]) => sumPounds(knownAmounts(lines), FN, `${side} amounts`);
  const a = of(actual);
  const p = of(projected);
  const actualTotal = knownSum(a);
  const projectedTotal = knownSum(p);
  return {
    side,
    actual: actualTotal,
    projected: projectedTotal,
    difference: subtractPounds(projectedTotal, actualTotal),
    percent: percentOf(actualTotal, projectedTotal),
    complete: [...a, ...p].every((line) => line.amount !== null),
  };
}

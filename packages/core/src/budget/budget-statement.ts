import type { BudgetLine, BudgetStatementRecord, BudgetTotal } from '../dataset/index.js';
import { financialYearStart } from '../change/financial-year.js';
import { InvalidInputError } from '../errors/index.js';
import { assertObject, assertObjectArray, assertString } from '../stats/validate-input.js';
import { isPounds } from './sum-pounds.js';

/**
 * A side of a budget statement.
 *
 * @example
 * const side: BudgetSide = 'income';
 * side; // => 'income'
 */
export type BudgetSide = 'income' | 'expenditure';

/**
 * The fields of a budget line the budget functions read (a full {@link BudgetLine} fits).
 *
 * @example
 * const line: BudgetStatementLine = { statement: 'actual', side: 'income', position: 1, line: 'Sussex Police', line_type: 'line', amount: 35000 };
 * line.amount; // => 35000
 */
export type BudgetStatementLine = Pick<BudgetLine, 'statement' | 'side' | 'position' | 'line' | 'line_type' | 'amount'>;

/**
 * The fields of a printed total the budget functions read (a full {@link BudgetTotal} fits).
 *
 * @example
 * const total: BudgetStatementTotal = { statement: 'actual', side: 'income', amount: 270300 };
 * total.amount; // => 270300
 */
export type BudgetStatementTotal = Pick<BudgetTotal, 'statement' | 'side' | 'amount'>;

/**
 * Which statement this is: its id and financial year, and optionally the rest of its
 * `budget-statements.csv` record (a full {@link BudgetStatementRecord} fits).
 *
 * @example
 * const identity: BudgetStatementIdentity = { statement: 'actual', period: '2021/22' };
 * identity.period; // => '2021/22'
 */
export type BudgetStatementIdentity = Pick<BudgetStatementRecord, 'statement' | 'period'> &
  Partial<Omit<BudgetStatementRecord, 'statement' | 'period'>>;

/**
 * One income-and-expenditure statement with everything printed in it: its lines (income first,
 * each side in printed order) and its printed totals (at most one per side).
 *
 * @example
 * const t = loadDataset('datasets/east-sussex/2021-22').tables;
 * const [actual, projected] = budgetStatements(t['budget-statements'] ?? [], t['budget-lines'] ?? [], t['budget-totals'] ?? []);
 * const statement: BudgetStatement = actual!;
 * [statement.statement.period, statement.lines.length, statement.totals.length]; // => ['2021/22', 16, 2]
 */
export interface BudgetStatement {
  readonly statement: BudgetStatementIdentity;
  readonly lines: readonly BudgetStatementLine[];
  readonly totals: readonly BudgetStatementTotal[];
}

const SIDES: readonly string[] = ['income', 'expenditure'];
const LINE_TYPES: readonly string[] = ['line', 'brought-forward', 'carry-forward'];

/**
 * Groups the three budget tables of a dataset (`budget-statements`, `budget-lines`,
 * `budget-totals`) into one {@link BudgetStatement} per statement, in the order of `statements`,
 * each statement's lines sorted income first and then by printed position.
 *
 * @example
 * const t = loadDataset('datasets/east-sussex/2021-22').tables;
 * const statements = budgetStatements(t['budget-statements'] ?? [], t['budget-lines'] ?? [], t['budget-totals'] ?? []);
 * statements.map((s) => [s.statement.statement, s.statement.period, s.lines.length]); // => [['actual', '2021/22', 16], ['projected', '2022/23', 16]]
 * statements[0]!.lines[0]!.line; // => 'Sussex Police'
 * @throws {InvalidInputError} when a statement id repeats, a line or total names a statement not in
 *   `statements` (nothing is dropped), or a statement fails {@link checkBudgetStatement}.
 */
export function budgetStatements(
  statements: readonly BudgetStatementIdentity[],
  lines: readonly BudgetStatementLine[],
  totals: readonly BudgetStatementTotal[],
): BudgetStatement[] {
  const fn = 'budgetStatements';
  assertObjectArray(fn, 'statements', statements, 'a budget statement record { statement, period }');
  assertObjectArray(fn, 'lines', lines, 'a budget line');
  assertObjectArray(fn, 'totals', totals, 'a budget total');
  const grouped = new Map<string, { lines: BudgetStatementLine[]; totals: BudgetStatementTotal[] }>();
  statements.forEach((record, i) => {
    if (typeof record.statement !== 'string' || record.statement === '') {
      throw new InvalidInputError(fn, `statements[${i}].statement`, record.statement, 'must be a non-empty id');
    }
    if (grouped.has(record.statement)) {
      throw new InvalidInputError(fn, `statements[${i}].statement`, record.statement, 'is listed more than once');
    }
    grouped.set(record.statement, { lines: [], totals: [] });
  });
  lines.forEach((line, i) => {
    // Checked here as well as in checkBudgetStatement: the lines are sorted by position before that check.
    if (typeof line.position !== 'number') throw new InvalidInputError(fn, `lines[${i}].position`, line.position, 'must be a positive integer');
    const group = grouped.get(line.statement);
    if (group === undefined) throw new InvalidInputError(fn, `lines[${i}].statement`, line.statement, 'is not one of the statements');
    group.lines.push(line);
  });
  totals.forEach((total, i) => {
    const group = grouped.get(total.statement);
    if (group === undefined) throw new InvalidInputError(fn, `totals[${i}].statement`, total.statement, 'is not one of the statements');
    group.totals.push(total);
  });
  return statements.map((record) => {
    const group = grouped.get(record.statement) as { lines: BudgetStatementLine[]; totals: BudgetStatementTotal[] };
    const sorted = [...group.lines].sort((a, b) => SIDES.indexOf(a.side) - SIDES.indexOf(b.side) || a.position - b.position);
    const statement: BudgetStatement = { statement: record, lines: sorted, totals: group.totals };
    checkBudgetStatement(statement, fn);
    return statement;
  });
}

/**
 * Checks that a {@link BudgetStatement} is well formed: a 'YYYY/YY' period; every line and total
 * belongs to it; sides and line types are known; positions are positive integers, unique per side;
 * amounts are pounds with at most two decimals, or `null` for a line that prints no figure (never
 * read as 0); at most one printed total per side.
 * Used by every budget function; exported for callers that build statements by hand.
 *
 * @example
 * const line = { statement: 'b', side: 'income', position: 1, line: 'Police', line_type: 'line', amount: 35000 } as const;
 * checkBudgetStatement({ statement: { statement: 'b', period: '2022/23' }, lines: [line], totals: [] }); // => undefined
 * checkBudgetStatement({ statement: { statement: 'b', period: '2022/23' }, lines: [line, line], totals: [] }); // throws InvalidInputError
 * @param fn - name of the calling function, for the error message.
 * @throws {InvalidInputError} naming the offending line or total.
 */
export function checkBudgetStatement(statement: BudgetStatement, fn = 'checkBudgetStatement'): void {
  assertString('checkBudgetStatement', 'fn', fn);
  assertObject(fn, 'statement', statement, 'a budget statement { statement, lines, totals }');
  assertObject(fn, 'statement.statement', statement.statement, 'an object { statement, period }');
  const id = statement.statement.statement;
  if (typeof id !== 'string' || id === '') {
    throw new InvalidInputError(fn, 'statement.statement', id, 'must be a non-empty id');
  }
  financialYearStart(statement.statement.period, fn, `statement ${id} period`);
  assertObjectArray(fn, `statement ${id} lines`, statement.lines, 'a budget line');
  assertObjectArray(fn, `statement ${id} totals`, statement.totals, 'a budget total');
  const positions = new Set<string>();
  statement.lines.forEach((line, i) => {
    const where = `statement ${id} lines[${i}]`;
    if (line.statement !== id) throw new InvalidInputError(fn, `${where}.statement`, line.statement, `must be ${id}`);
    if (!SIDES.includes(line.side)) throw new InvalidInputError(fn, `${where}.side`, line.side, "must be 'income' or 'expenditure'");
    if (!LINE_TYPES.includes(line.line_type)) {
      throw new InvalidInputError(fn, `${where}.line_type`, line.line_type, "must be 'line', 'brought-forward' or 'carry-forward'");
    }
    if (!Number.isInteger(line.position) || line.position < 1) {
      throw new InvalidInputError(fn, `${where}.position`, line.position, 'must be a positive integer');
    }
    const key = `${line.side} ${line.position}`;
    if (positions.has(key)) throw new InvalidInputError(fn, `${where}.position`, line.position, `repeats an earlier ${line.side} position`);
    positions.add(key);
    assertString(fn, `${where}.line`, line.line);
    if (line.amount !== null && !isPounds(line.amount)) {
      throw new InvalidInputError(fn, `${where}.amount`, line.amount, `must be pounds (a finite number, at most 2 decimals) or null for a missing amount (line "${line.line}")`);
    }
  });
  const sides = new Set<string>();
  statement.totals.forEach((total, i) => {
    const where = `statement ${id} totals[${i}]`;
    if (total.statement !== id) throw new InvalidInputError(fn, `${where}.statement`, total.statement, `must be ${id}`);
    if (!SIDES.includes(total.side)) throw new InvalidInputError(fn, `${where}.side`, total.side, "must be 'income' or 'expenditure'");
    if (sides.has(total.side)) throw new InvalidInputError(fn, `${where}.side`, total.side, 'has a printed total already');
    sides.add(total.side);
    if (!isPounds(total.amount)) {
      throw new InvalidInputError(fn, `${where}.amount`, total.amount, 'must be pounds (a finite number, at most 2 decimals)');
    }
  });
}

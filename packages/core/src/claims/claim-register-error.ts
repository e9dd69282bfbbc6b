import { ScpkitError } from '../errors/index.js';
import { assertFiniteNumber, assertObject, assertString } from '../stats/validate-input.js';

/**
 * Stable ids of the problems a claims register can have.
 *
 * @example
 * const code: ClaimProblemCode = 'dangling-reference';
 * code; // => 'dangling-reference'
 */
export type ClaimProblemCode =
  | 'bad-reference'
  | 'unknown-resource'
  | 'dangling-reference'
  | 'role-not-allowed'
  | 'role-repeated'
  | 'missing-stated-value'
  | 'stated-not-in-quote'
  | 'stated-value-not-printed'
  | 'stated-value-mismatch'
  | 'stated-value-disagrees'
  | 'unknown-direction-word'
  | 'unknown-arrow'
  | 'ranking-size-mismatch';

/**
 * One problem of a claims register row: `claim` is the claim id, `row` the line of `claims.csv` the
 * record starts on (header is line 1; `null` when the dataset carries no row numbers), `field` the
 * column (`references`, `stated`, ...).
 *
 * @example
 * const problem: ClaimProblem = { claim: 'c1', row: 2, field: 'stated', code: 'stated-not-in-quote', message: 'is not in the quote' };
 * formatClaimProblem(problem, 'datasets/x/claims.csv'); // => 'datasets/x/claims.csv:2:stated: is not in the quote [c1]'
 */
export interface ClaimProblem {
  readonly claim: string;
  readonly row: number | null;
  readonly field: string;
  readonly code: ClaimProblemCode;
  readonly message: string;
}

/**
 * Thrown when the claims register cannot be audited as written: a reference that does not parse or
 * points at nothing, a role a kind does not use, a stated value that is not what the quote prints.
 * Carries every problem found, not just the first; the message lists them as
 * `claims.csv:<row>:<field>: <message> [<claim id>]`, like dataset problems.
 *
 * @example
 * const problem = { claim: 'c1', row: 2, field: 'references', code: 'bad-reference', message: 'does not parse' } as const;
 * new ClaimRegisterError([problem]).message; // => 'claims register has 1 problem(s):\nclaims.csv:2:references: does not parse [c1]'
 */
export class ClaimRegisterError extends ScpkitError {
  readonly problems: readonly ClaimProblem[];

  constructor(problems: readonly ClaimProblem[]) {
    const lines = problems.map((p) => formatClaimProblem(p));
    super('claims-invalid', `claims register has ${problems.length} problem(s):\n${lines.join('\n')}`);
    this.problems = problems;
  }
}

/**
 * A problem as one line, `<file>:<row>:<field>: <message> [<claim id>]` (row `-` when unknown);
 * `file` defaults to `claims.csv` (pass a path to show where the register is).
 *
 * @example
 * formatClaimProblem({ claim: 'c1', row: 2, field: 'references', code: 'bad-reference', message: 'does not parse' }); // => 'claims.csv:2:references: does not parse [c1]'
 */
export function formatClaimProblem(problem: ClaimProblem, file = 'claims.csv'): string {
  const fn = 'formatClaimProblem';
  assertObject(fn, 'problem', problem, 'a problem { claim, row, field, code, message }');
  assertString(fn, 'problem.claim', problem.claim);
  if (problem.row !== null) assertFiniteNumber(fn, 'problem.row', problem.row);
  assertString(fn, 'problem.field', problem.field);
  assertString(fn, 'problem.message', problem.message);
  assertString(fn, 'file', file);
  return `${file}:${problem.row ?? '-'}:${problem.field}: ${problem.message} [${problem.claim}]`;
}

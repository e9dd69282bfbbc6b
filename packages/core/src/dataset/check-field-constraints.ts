import type { CellValue } from './convert-cell.js';
import type { DatasetProblemCode } from './dataset-problem.js';
import type { FieldConstraints } from './table-schema.js';

/** A constraint a value breaks, before it is given a file and row. */
export interface ConstraintViolation {
  readonly code: DatasetProblemCode;
  readonly message: string;
}

/**
 * Checks a present (non-missing) cell value against its field's Table Schema constraints:
 * `minimum`/`maximum` (numbers, inclusive), `minLength`/`maxLength` (text length in Unicode code
 * points), `pattern` (a regular expression the whole text must match, as Table Schema anchors it)
 * and `enum` (the cell text must be one of the listed values). `required` and `unique` need more
 * than one cell and are checked by the table validator. Pass `pattern` precompiled with
 * {@link anchoredPattern} to avoid compiling it for every cell.
 */
export function checkFieldConstraints(
  text: string,
  value: CellValue,
  constraints: FieldConstraints | undefined,
  pattern: RegExp | undefined = constraints?.pattern === undefined ? undefined : anchoredPattern(constraints.pattern),
): ConstraintViolation[] {
  if (constraints === undefined) return [];
  const violations: ConstraintViolation[] = [];
  if (typeof value === 'number') {
    if (constraints.minimum !== undefined && value < constraints.minimum) {
      violations.push({ code: 'below-minimum', message: `${text} is below the minimum ${constraints.minimum}` });
    }
    if (constraints.maximum !== undefined && value > constraints.maximum) {
      violations.push({ code: 'above-maximum', message: `${text} is above the maximum ${constraints.maximum}` });
    }
  }
  const length = [...text].length;
  if (constraints.minLength !== undefined && length < constraints.minLength) {
    violations.push({ code: 'too-short', message: `${JSON.stringify(text)} has ${length} characters, fewer than the minimum ${constraints.minLength}` });
  }
  if (constraints.maxLength !== undefined && length > constraints.maxLength) {
    violations.push({ code: 'too-long', message: `${JSON.stringify(text)} has ${length} characters, more than the maximum ${constraints.maxLength}` });
  }
  if (constraints.pattern !== undefined && pattern !== undefined && !pattern.test(text)) {
    violations.push({ code: 'pattern-mismatch', message: `${JSON.stringify(text)} does not match the pattern ${constraints.pattern}` });
  }
  if (constraints.enum !== undefined && !constraints.enum.includes(text)) {
    violations.push({ code: 'not-in-enum', message: `${JSON.stringify(text)} is not one of ${constraints.enum.map((e) => JSON.stringify(e)).join(', ')}` });
  }
  return violations;
}

/**
 * The Table Schema `pattern` as a regular expression matching the whole text (Table Schema
 * patterns are implicitly anchored). Throws `SyntaxError` for an invalid pattern; the descriptor
 * validator rejects those before any cell is checked.
 */
export function anchoredPattern(pattern: string): RegExp {
  return new RegExp(`^(?:${pattern})$`, 'u');
}

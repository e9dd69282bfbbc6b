import { ScpkitError } from './scpkit-error.js';

/**
 * Thrown by an analysis function given input it cannot compute from (a zero denominator, a
 * non-finite or negative count, ...). `argument` names the offending parameter and `value` holds it,
 * so the message can say exactly what is wrong: analysis functions never return NaN or Infinity.
 */
export class InvalidInputError extends ScpkitError {
  readonly fn: string;
  readonly argument: string;
  readonly value: unknown;

  constructor(fn: string, argument: string, value: unknown, problem: string) {
    super('invalid-input', `${fn}: ${argument} ${problem} (got ${formatValue(value)})`);
    this.fn = fn;
    this.argument = argument;
    this.value = value;
  }
}

function formatValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (value === null || value === undefined) return String(value);
  try {
    return JSON.stringify(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

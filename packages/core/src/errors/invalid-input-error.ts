import { ScpkitError } from './scpkit-error.js';

/**
 * Thrown by an analysis function given input it cannot compute from (a zero denominator, a
 * non-finite or negative count, ...). `argument` names the offending parameter and `value` holds it,
 * so the message can say exactly what is wrong: analysis functions never return NaN or Infinity.
 *
 * @example
 * percentChange(0, 5); // throws InvalidInputError
 * new InvalidInputError('share', 'whole', 0, 'must be greater than 0').message; // => 'share: whole must be greater than 0 (got 0)'
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

/** Longest rendering of a value in a message; a longer one is cut (a 100,000-character string must not make a 100 kB message). */
const MAX_SHOWN = 200;

function formatValue(value: unknown): string {
  const text = renderValue(value);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}… (${text.length} characters)` : text;
}

function renderValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (value === null || value === undefined) return String(value);
  try {
    return JSON.stringify(value) ?? Object.prototype.toString.call(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

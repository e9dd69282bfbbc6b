import { InvalidInputError } from '../errors/index.js';
import { NOT_APPLICABLE, NOT_AVAILABLE, SUPPRESSED, type Published, type SuppressionSymbol } from './symbols.js';

/** Maps a tuple of inputs to the numbers `compute` receives. */
type Numbers<Inputs extends readonly Published[]> = { [K in keyof Inputs]: number };

/**
 * A figure derived from published figures (a share, a rate, a change), suppressed whenever one of
 * its inputs is: `compute` is called only when every input is a number. Otherwise the result is the
 * strongest symbol among the inputs, in the order `[c]` > `[z]` > `[x]`:
 *
 * - any `[c]`: `[c]`, because a share or rate of a hidden count would let the count be worked back
 *   (6 of 25 is 24%, and 24% of 25 is 6);
 * - else any `[z]`: `[z]`, a figure built on one that cannot exist cannot exist either;
 * - else any `[x]`: `[x]`.
 *
 * DfE's children looked after statistics replace percentages by `c` as well as counts ("For
 * percentages: to protect confidentiality some numbers are replaced by 'c'"); suppressing every figure
 * computed from a `[c]` is scpkit's rule for doing so (docs/methods.md, "Disclosure control").
 * Errors thrown by `compute` propagate unchanged; a number it returns must be finite.
 *
 * @param compute - the formula, e.g. `(part, whole) => share(part, whole)`; receives the inputs as
 *   numbers, in order.
 * @param inputs - the published inputs (numbers or symbols).
 * @throws {InvalidInputError} when an input is neither a number nor one of `[c]`, `[x]`, `[z]`, or
 *   is NaN or infinite (naming its index), or when `compute` returns NaN or ±Infinity.
 *
 * @example
 * suppressDerived((part, whole) => share(part, whole), 6, 25); // => 24
 * suppressDerived((part, whole) => share(part, whole), '[c]', 25); // => '[c]'
 * suppressDerived((from, to) => percentChange(from, to), '[x]', '[c]'); // => '[c]'
 * suppressDerived((from, to) => to - from, '[x]', 40); // => '[x]'
 */
export function suppressDerived<const Inputs extends readonly Published[], T>(
  compute: (...values: Numbers<Inputs>) => T,
  ...inputs: Inputs
): T | SuppressionSymbol {
  if (typeof compute !== 'function') {
    throw new InvalidInputError('suppressDerived', 'compute', compute, 'must be a function of the input numbers');
  }
  let confidential = false;
  let notApplicable = false;
  let notAvailable = false;
  inputs.forEach((input, i) => {
    if (input === SUPPRESSED) confidential = true;
    else if (input === NOT_APPLICABLE) notApplicable = true;
    else if (input === NOT_AVAILABLE) notAvailable = true;
    else if (typeof input !== 'number') {
      throw new InvalidInputError('suppressDerived', `inputs[${i}]`, input, 'must be a number or one of [c], [x], [z]');
    } else if (!Number.isFinite(input)) {
      throw new InvalidInputError('suppressDerived', `inputs[${i}]`, input, 'must be a finite number');
    }
  });
  if (confidential) return SUPPRESSED;
  if (notApplicable) return NOT_APPLICABLE;
  if (notAvailable) return NOT_AVAILABLE;
  const result = compute(...(inputs as unknown as Numbers<Inputs>));
  if (typeof result === 'number' && !Number.isFinite(result)) {
    throw new InvalidInputError('suppressDerived', 'compute', result, `returned ${String(result)} for the inputs ${inputs.join(', ')}: a derived figure must be a finite number`);
  }
  return result;
}

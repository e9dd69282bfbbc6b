/**
 * The GSS shorthand a published figure carries instead of a number (Government Statistical
 * Service, "Symbols in tables, definitions and help"; DfE Analysts' Guide, "Data symbols"):
 *
 * - `[c]` confidential: the figure exists but is suppressed to protect the children it counts;
 * - `[x]` not available: the figure exists but was not collected or is not to hand;
 * - `[z]` not applicable: the figure cannot exist (a category that does not apply).
 *
 * A true zero is published as `0`, never as a symbol.
 *
 * @example
 * SUPPRESSED; // => '[c]'
 * isSuppressionSymbol('[x]'); // => true
 * isSuppressionSymbol(0); // => false
 */
export type SuppressionSymbol = '[c]' | '[x]' | '[z]';

/**
 * `[c]`: confidential, suppressed to protect the people counted. See {@link SuppressionSymbol}.
 *
 * @example
 * suppressSmallCounts([3])[0] === SUPPRESSED; // => true
 */
export const SUPPRESSED = '[c]' as const;

/**
 * `[x]`: not available. See {@link SuppressionSymbol}.
 *
 * @example
 * suppressSmallCounts([NOT_AVAILABLE]); // => ['[x]']
 */
export const NOT_AVAILABLE = '[x]' as const;

/**
 * `[z]`: not applicable. See {@link SuppressionSymbol}.
 *
 * @example
 * suppressDerived((a, b) => a + b, NOT_APPLICABLE, 4); // => '[z]'
 */
export const NOT_APPLICABLE = '[z]' as const;

/**
 * A figure as published: a number, or the symbol that stands in for it.
 *
 * @example
 * const figures: Published[] = [12, '[c]', 0, '[x]', '[z]'];
 * figures.filter((f) => typeof f === 'number'); // => [12, 0]
 */
export type Published = number | SuppressionSymbol;

/**
 * True when `value` is one of the three symbols `[c]`, `[x]`, `[z]`.
 *
 * @example
 * isSuppressionSymbol('[c]'); // => true
 * // the brackets are part of the symbol
 * isSuppressionSymbol('c'); // => false
 */
export function isSuppressionSymbol(value: unknown): value is SuppressionSymbol {
  return value === SUPPRESSED || value === NOT_AVAILABLE || value === NOT_APPLICABLE;
}

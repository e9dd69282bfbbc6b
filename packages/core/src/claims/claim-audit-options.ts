import type { FlatRule } from '../change/direction.js';
import { InvalidInputError } from '../errors/index.js';
import { assertObject, checkOptions } from '../stats/validate-input.js';

/**
 * How a computed value is rounded before it is compared with the printed one.
 *
 * @example
 * const rounding: PrintedRounding = 'half-even';
 * roundPrinted(0.125, 2, rounding); // => 0.12
 */
export type PrintedRounding = 'half-up' | 'half-even' | 'truncate';

/**
 * Options of `auditClaims`; every rule that needs a choice is here, with its default.
 *
 * @example
 * const options: ClaimAuditOptions = { rounding: 'truncate', flatWithin: { percent: 5 } };
 * resolveClaimAuditOptions(options).rounding; // => 'truncate'
 */
export interface ClaimAuditOptions {
  /**
   * How the report is assumed to round a computed figure to the decimals it prints (the printed
   * number's own decimals: "7.6%" is one). Default `'half-up'` (half away from zero, `roundHalfUp`),
   * as the report does; `'half-even'` (banker's) and `'truncate'` (toward zero) are the alternatives.
   */
  readonly rounding?: PrintedRounding;
  /**
   * When a change counts as flat for arrows (↔) and comparison words. Default: none, only no change
   * at all is flat. `{ percent: 5 }` calls any change within 5% flat; `{ absolute: 10 }` within 10.
   */
  readonly flatWithin?: FlatRule;
  /**
   * Units of the printed figure by which a stated value may differ from the rounded computed value
   * and still be `consistent-after-rounding` (percentage points for a percentage). Default 0.
   */
  readonly tolerance?: number;
  /** Relative width of the vague hedges "nearly", "just over", "approximately" (see `hedgeInterval`). Default 0.1. */
  readonly hedgeMargin?: number;
  /**
   * What a reference to a dataset value that does not exist does: `'error'` (default) throws
   * `ClaimRegisterError` listing every such reference; `'unverifiable'` marks the claim unverifiable
   * instead (useful when auditing a partly entered dataset).
   */
  readonly danglingReferences?: 'error' | 'unverifiable';
}

/**
 * {@link ClaimAuditOptions} with every default filled in.
 *
 * @example
 * const resolved: ResolvedClaimAuditOptions = resolveClaimAuditOptions({ hedgeMargin: 0.2 });
 * [resolved.hedgeMargin, resolved.tolerance, resolved.flatWithin]; // => [0.2, 0, undefined]
 */
export type ResolvedClaimAuditOptions = Required<Omit<ClaimAuditOptions, 'flatWithin'>> & Pick<ClaimAuditOptions, 'flatWithin'>;

/**
 * The defaults of {@link ClaimAuditOptions}.
 *
 * @example
 * defaultClaimAuditOptions; // => { rounding: 'half-up', tolerance: 0, hedgeMargin: 0.1, danglingReferences: 'error' }
 */
export const defaultClaimAuditOptions: ResolvedClaimAuditOptions = {
  rounding: 'half-up',
  tolerance: 0,
  hedgeMargin: 0.1,
  danglingReferences: 'error',
};

/**
 * Fills in defaults and checks the options.
 *
 * @example
 * resolveClaimAuditOptions({ tolerance: 1 }); // => { rounding: 'half-up', tolerance: 1, hedgeMargin: 0.1, danglingReferences: 'error' }
 * resolveClaimAuditOptions({ rounding: 'ceiling' as never }); // throws InvalidInputError
 * @throws {InvalidInputError} for an unknown rounding, a negative or non-finite tolerance or margin.
 */
export function resolveClaimAuditOptions(options: ClaimAuditOptions = {}, fn = 'auditClaims'): ResolvedClaimAuditOptions {
  checkOptions(fn, options, ['rounding', 'flatWithin', 'tolerance', 'hedgeMargin', 'danglingReferences']);
  const resolved: ResolvedClaimAuditOptions = { ...defaultClaimAuditOptions, ...stripUndefined(options) };
  if (resolved.flatWithin !== undefined) checkFlatRule(fn, resolved.flatWithin);
  if (!['half-up', 'half-even', 'truncate'].includes(resolved.rounding)) {
    throw new InvalidInputError(fn, 'options.rounding', resolved.rounding, "must be 'half-up', 'half-even' or 'truncate'");
  }
  if (!Number.isFinite(resolved.tolerance) || resolved.tolerance < 0) {
    throw new InvalidInputError(fn, 'options.tolerance', resolved.tolerance, 'must be a finite number of at least 0');
  }
  if (!Number.isFinite(resolved.hedgeMargin) || resolved.hedgeMargin < 0 || resolved.hedgeMargin >= 1) {
    throw new InvalidInputError(fn, 'options.hedgeMargin', resolved.hedgeMargin, 'must be a number from 0 up to (not including) 1');
  }
  if (resolved.danglingReferences !== 'error' && resolved.danglingReferences !== 'unverifiable') {
    throw new InvalidInputError(fn, 'options.danglingReferences', resolved.danglingReferences, "must be 'error' or 'unverifiable'");
  }
  return resolved;
}

function stripUndefined(options: ClaimAuditOptions): Partial<ResolvedClaimAuditOptions> {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as Partial<ResolvedClaimAuditOptions>;
}

/** Throws unless `rule` is `{ percent }` or `{ absolute }` with a finite number >= 0. */
function checkFlatRule(fn: string, rule: unknown): void {
  assertObject(fn, 'options.flatWithin', rule, 'an object { percent } or { absolute }');
  const keys = Object.keys(rule);
  const key = keys[0];
  if (keys.length !== 1 || (key !== 'percent' && key !== 'absolute')) {
    throw new InvalidInputError(fn, 'options.flatWithin', rule, 'must be { percent: p } or { absolute: a }');
  }
  const band = rule[key];
  if (typeof band !== 'number' || !Number.isFinite(band) || band < 0) {
    throw new InvalidInputError(fn, `options.flatWithin.${key}`, band, 'must be a finite number of at least 0');
  }
}

import type { ClaimKind } from '../dataset/index.js';
import type { ClaimAuditResult } from './claim-audit-result.js';
import { assertStringArray } from '../stats/validate-input.js';
import { assertClaimAuditResults } from './check-claims-input.js';

/**
 * Kinds whose `computedValue` is in the unit of `statedValue`, so the two can be plotted against each other.
 *
 * @example
 * comparableClaimKinds.includes('direction'); // => false
 */
export const comparableClaimKinds: readonly ClaimKind[] = ['percent-change', 'share', 'total', 'difference', 'rate', 'average', 'cross-check', 'ranking'];

/**
 * One claim as a point of a stated-against-computed chart (the shape `@scpkit/charts` `statedVsComputed` takes).
 *
 * @example
 * const results = auditClaims(loadDataset('datasets/east-sussex/2021-22'));
 * const point: StatedVsComputedPoint = statedVsComputedPoints(results, ['percent-change'])[0]!;
 * [point.claim, point.stated, point.status]; // => ['context-family-contacts-change', 29, 'consistent-after-rounding']
 */
export interface StatedVsComputedPoint {
  readonly claim: string;
  readonly stated: number;
  readonly computed: number;
  readonly status: ClaimAuditResult['status'];
}

/**
 * The audit results that can be drawn as stated value against computed value: claims of
 * `kinds` (default {@link comparableClaimKinds}; pass e.g. `['percent-change', 'share']` to keep one
 * scale) with both a stated and a computed number. Arrows and words (no stated number), `count-of`
 * (its computed value is a share of the whole) and unverifiable claims without a computed value
 * are left out. Order is register order.
 *
 * @example
 * const results = auditClaims(loadDataset('datasets/east-sussex/2021-22'));
 * statedVsComputedPoints(results).find((p) => p.claim === 'context-missing-episodes-change'); // => { claim: 'context-missing-episodes-change', stated: 7.6, computed: 7.59, status: 'consistent-after-rounding' }
 */
export function statedVsComputedPoints(results: readonly ClaimAuditResult[], kinds: readonly ClaimKind[] = comparableClaimKinds): StatedVsComputedPoint[] {
  assertClaimAuditResults('statedVsComputedPoints', results);
  assertStringArray('statedVsComputedPoints', 'kinds', kinds);
  return results.flatMap((r) =>
    kinds.includes(r.kind) && comparableClaimKinds.includes(r.kind) && r.statedValue !== null && r.computedValue !== null
      ? [{ claim: r.id, stated: r.statedValue, computed: r.computedValue, status: r.status }]
      : [],
  );
}

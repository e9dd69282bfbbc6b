import { InvalidInputError } from '../errors/index.js';
import type { ClaimKind } from '../dataset/index.js';
import type { ClaimReference } from './claim-reference.js';

/**
 * How a claim compares with the data, in the order `scpkit audit` lists them:
 * - `inconsistent`: the data contradict what is printed;
 * - `unverifiable`: the report does not print what is needed to check it;
 * - `consistent-after-rounding`: the computed value, rounded as the report rounds, is what is printed;
 * - `consistent`: the computed value is exactly what is printed.
 *
 * @example
 * claimStatuses; // => ['inconsistent', 'unverifiable', 'consistent-after-rounding', 'consistent']
 */
export const claimStatuses = ['inconsistent', 'unverifiable', 'consistent-after-rounding', 'consistent'] as const;

/**
 * One of {@link claimStatuses}.
 *
 * @example
 * const status: ClaimStatus = 'consistent-after-rounding';
 * claimStatusLabel(status); // => 'Consistent after rounding'
 */
export type ClaimStatus = (typeof claimStatuses)[number];

/**
 * The audit of one claim. `computed`/`computedValue` are `null` when nothing could be computed.
 *
 * @example
 * const results = auditClaims(loadDataset('datasets/east-sussex/2021-22'));
 * const r: ClaimAuditResult = results.find((c) => c.id === 'context-missing-episodes-change')!;
 * [r.kind, r.stated, r.statedValue, r.computed, r.status]; // => ['percent-change', '7.6%', 7.6, '+7.586%', 'consistent-after-rounding']
 */
export interface ClaimAuditResult {
  readonly id: string;
  readonly section: string;
  readonly quote: string;
  readonly kind: ClaimKind;
  /** The claim as printed, e.g. "29%" or "↔". */
  readonly stated: string;
  /** The register's stated value (signed for changes); `null` for arrows and words. */
  readonly statedValue: number | null;
  /** The computed value as text, e.g. "+28.70%", "↑ (+2.10%)", "£270,300". */
  readonly computed: string | null;
  /**
   * The computed value as a number, in the unit of `statedValue` (see `statedVsComputedPoints`),
   * except: for arrows and comparison words the percentage change (the absolute change when the
   * earlier figure is 0); for `count-of` the stated count as a percentage of the whole; for
   * `ranking` how many named items are among the stated number of largest.
   */
  readonly computedValue: number | null;
  readonly status: ClaimStatus;
  /** One sentence saying how the status follows from the figures. */
  readonly explanation: string;
  /**
   * What the claim was checked against, structured: each reference's role, resource and selector
   * (e.g. `{ role: 'from', resource: 'context-values', selector: { type: 'context-value', indicator: 'family-contacts', period: '2020/21' } }`);
   * `target` keeps the register's `resource:selector` text.
   */
  readonly references: readonly ClaimReference[];
}

/** What a check of one claim returns; `auditClaims` adds the claim's own fields. */
export interface ClaimCheckOutcome {
  readonly status: ClaimStatus;
  readonly computed: string | null;
  readonly computedValue: number | null;
  readonly explanation: string;
}

/** How each {@link ClaimStatus} reads in a chart or a sentence: plain words, capitalised. */
const STATUS_LABELS: Readonly<Record<ClaimStatus, string>> = {
  inconsistent: 'Inconsistent',
  unverifiable: 'Cannot be checked',
  'consistent-after-rounding': 'Consistent after rounding',
  consistent: 'Consistent',
};

/**
 * The words a chart shows for a claim status: `claimStatusLabel('consistent-after-rounding') === 'Consistent after rounding'`,
 * `claimStatusLabel('unverifiable') === 'Cannot be checked'`.
 *
 * @example
 * claimStatusLabel('inconsistent'); // => 'Inconsistent'
 * @throws {InvalidInputError} when `status` is not one of {@link claimStatuses}.
 */
export function claimStatusLabel(status: ClaimStatus): string {
  if (typeof status !== 'string' || !Object.prototype.hasOwnProperty.call(STATUS_LABELS, status)) {
    throw new InvalidInputError('claimStatusLabel', 'status', status, `must be one of ${claimStatuses.map((s) => JSON.stringify(s)).join(', ')}`);
  }
  return STATUS_LABELS[status];
}

import type { ClaimKind } from '../dataset/index.js';
import type { ClaimReferenceRole } from './claim-reference.js';

/**
 * The reference roles each kind of claim uses. Every role is optional in the register: a claim
 * whose figures the report does not print has no reference for them and is audited `unverifiable`.
 *
 * | kind | roles | what is computed |
 * |---|---|---|
 * | percent-change | from, to | 100 × (to − from) / from |
 * | direction | from, to | the direction from → to, against the printed arrow |
 * | comparison | from, to | the direction from → to, against the printed word ("to is higher than from") |
 * | share | part, whole | 100 × part / whole; with only the whole, which counts give the percentage |
 * | count-of | whole | whether the stated N can be a count of the whole M (0 ≤ N ≤ M) |
 * | total | part… | the sum of the parts |
 * | difference | whole, part… | the whole minus the parts |
 * | rate | numerator, denominator | numerator / denominator × per |
 * | average | part… | the mean of the parts |
 * | ranking | item…, among… | whether the named items are the largest among all |
 * | cross-check | other… | whether the figures (with their hedges) can be the same quantity |
 *
 * Every kind but `ranking` may also have `stated`: the dataset cell that holds the claim's printed
 * value, which must agree with the register's `stated_value` (or printed arrow).
 *
 * @example
 * claimKindRoles['percent-change']; // => ['from', 'to', 'stated']
 */
export const claimKindRoles: Readonly<Record<ClaimKind, readonly ClaimReferenceRole[]>> = {
  'percent-change': ['from', 'to', 'stated'],
  direction: ['from', 'to', 'stated'],
  comparison: ['from', 'to', 'stated'],
  share: ['part', 'whole', 'stated'],
  'count-of': ['whole', 'stated'],
  total: ['part', 'stated'],
  difference: ['whole', 'part', 'stated'],
  rate: ['numerator', 'denominator', 'stated'],
  average: ['part', 'stated'],
  ranking: ['item', 'among'],
  'cross-check': ['other', 'stated'],
};

/** Roles that may select several values (by several references or by `*` / `first..last` positions). */
export const multiValueRoles: ReadonlySet<ClaimReferenceRole> = new Set<ClaimReferenceRole>(['part', 'item', 'among', 'other']);

/** Kinds whose claim is a word or arrow, not a number: their `stated_value` stays empty. */
export const wordKinds: ReadonlySet<ClaimKind> = new Set<ClaimKind>(['direction', 'comparison']);

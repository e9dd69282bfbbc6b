import { claimStatuses, type ClaimAuditResult, type ClaimStatus } from './claim-audit-result.js';
import { assertClaimAuditResults } from './check-claims-input.js';

/**
 * Number of claims with each status (every status present, 0 where none).
 *
 * @example
 * const ids = ['context-family-contacts-change', 'context-missing-episodes-change', 'context-mace-cases-change'];
 * const results = auditClaims(loadDataset('datasets/east-sussex/2021-22')).filter((r) => ids.includes(r.id));
 * countClaimStatuses(results); // => { inconsistent: 0, unverifiable: 1, 'consistent-after-rounding': 2, consistent: 0 }
 */
export function countClaimStatuses(results: readonly ClaimAuditResult[]): Record<ClaimStatus, number> {
  assertClaimAuditResults('countClaimStatuses', results);
  const counts = Object.fromEntries(claimStatuses.map((s) => [s, 0])) as Record<ClaimStatus, number>;
  for (const r of results) counts[r.status] += 1;
  return counts;
}

/**
 * The results grouped by status in the order of `claimStatuses` (inconsistent first), register
 * order kept within a group; statuses without claims are left out.
 *
 * @example
 * const ids = ['context-family-contacts-change', 'context-missing-episodes-change', 'context-mace-cases-change'];
 * const results = auditClaims(loadDataset('datasets/east-sussex/2021-22')).filter((r) => ids.includes(r.id));
 * groupClaimsByStatus(results).map((g) => [g.status, g.results.map((r) => r.id)]); // => [['unverifiable', ['context-mace-cases-change']], ['consistent-after-rounding', ['context-family-contacts-change', 'context-missing-episodes-change']]]
 */
export function groupClaimsByStatus(results: readonly ClaimAuditResult[]): { status: ClaimStatus; results: ClaimAuditResult[] }[] {
  assertClaimAuditResults('groupClaimsByStatus', results);
  return claimStatuses
    .map((status) => ({ status, results: results.filter((r) => r.status === status) }))
    .filter((group) => group.results.length > 0);
}

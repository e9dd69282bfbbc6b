import type { ClaimAuditResult } from './claim-audit-result.js';
import { resolveClaimAuditOptions, type ClaimAuditOptions } from './claim-audit-options.js';
import { ClaimRegisterError, type ClaimProblem } from './claim-register-error.js';
import type { ClaimsDataset } from './claims-dataset.js';
import { claimChecks } from './checks/index.js';
import { prepareClaims } from './prepare-claims.js';
import { assertClaimsDataset } from './check-claims-input.js';

/**
 * Audits every claim of the dataset's claims register (`tables.claims`): recomputes it from the
 * dataset values it references with the core functions (`percentChange`, `direction`, `share`,
 * `countsConsistentWith`, sums, means) and classifies it as `consistent`,
 * `consistent-after-rounding`, `inconsistent` or `unverifiable` (what is needed to check it is not
 * printed), with the computed value and a one-sentence explanation. The register records only what
 * the report says; every verdict is computed here. Results are in register order; a dataset
 * without a claims register gives `[]`.
 *
 * Missing data never throws: a claim whose figures are not printed is `unverifiable`.
 *
 * @example
 * const results = auditClaims(loadDataset('datasets/east-sussex/2021-22'));
 * const r = results.find((c) => c.id === 'context-family-contacts-change')!;
 * [r.stated, r.computed, r.status]; // => ['up 29%', '+28.70%', 'consistent-after-rounding']
 * @throws {ClaimRegisterError} listing every problem of the register itself (a reference that does
 *   not parse or selects nothing, a stated value its text does not print, ...).
 * @throws {InvalidInputError} for invalid options or a non-finite number in the dataset.
 */
export function auditClaims(dataset: ClaimsDataset, options: ClaimAuditOptions = {}): ClaimAuditResult[] {
  assertClaimsDataset('auditClaims', dataset);
  const resolved = resolveClaimAuditOptions(options);
  const { prepared, problems } = prepareClaims(dataset, resolved);
  if (problems.length > 0) throw new ClaimRegisterError(problems);
  return prepared.map(({ claim, values, dangling }) => {
    const outcome =
      dangling.length > 0
        ? { status: 'unverifiable' as const, computed: null, computedValue: null, explanation: `The dataset lacks what the claim refers to: ${dangling.join('; ')}.` }
        : claimChecks[claim.row.kind]({ claim, values, options: resolved });
    const { row } = claim;
    return {
      id: row.id,
      section: row.section,
      quote: row.quote,
      kind: row.kind,
      stated: row.stated,
      statedValue: row.stated_value,
      computed: outcome.computed,
      computedValue: outcome.computedValue,
      status: outcome.status,
      explanation: outcome.explanation,
      references: claim.references,
    };
  });
}

/**
 * Every problem of the dataset's claims register, without auditing and without throwing (for
 * validators): the problems `auditClaims` would throw as a `ClaimRegisterError`.
 *
 * @example
 * claimRegisterProblems(loadDataset('datasets/east-sussex/2021-22')); // => []
 */
export function claimRegisterProblems(dataset: ClaimsDataset, options: ClaimAuditOptions = {}): ClaimProblem[] {
  assertClaimsDataset('claimRegisterProblems', dataset);
  return prepareClaims(dataset, resolveClaimAuditOptions(options, 'claimRegisterProblems')).problems;
}

export { auditClaims, claimRegisterProblems } from './audit-claims.js';
export { claimStatuses, claimStatusLabel, type ClaimStatus, type ClaimAuditResult } from './claim-audit-result.js';
export { defaultClaimAuditOptions, resolveClaimAuditOptions, type ClaimAuditOptions, type PrintedRounding, type ResolvedClaimAuditOptions } from './claim-audit-options.js';
export { ClaimRegisterError, formatClaimProblem, type ClaimProblem, type ClaimProblemCode } from './claim-register-error.js';
export {
  parseClaimReferences,
  parseClaimReference,
  claimReferenceRoles,
  ClaimReferenceError,
  type ClaimReference,
  type ClaimReferenceRole,
  type ReferenceSelector,
  type PositionRange,
} from './claim-reference.js';
export { claimKindRoles } from './claim-kind-roles.js';
export { resolveReference, DanglingReferenceError, type ResolvedValue } from './resolve-reference.js';
export type { ClaimsDataset } from './claims-dataset.js';
export { hedgeOf, hedgeInterval, type Hedge, type HedgeInterval } from './hedge.js';
export { directionOfWords } from './comparison-words.js';
export { printedNumbers, type PrintedNumber } from './printed-number.js';
export { roundPrinted } from './round-printed.js';
export { countClaimStatuses, groupClaimsByStatus } from './summarise-claim-audit.js';
export { statedVsComputedPoints, comparableClaimKinds, type StatedVsComputedPoint } from './stated-vs-computed-points.js';
export * from './review/index.js';

import type { ClaimKind } from '../../dataset/index.js';
import { checkCountOf } from './check-count-of.js';
import { checkCrossCheck } from './check-cross-check.js';
import { checkComparison, checkDirection } from './check-direction.js';
import { checkPercentChange } from './check-percent-change.js';
import { checkRanking } from './check-ranking.js';
import { checkShare } from './check-share.js';
import { checkAverage, checkDifference, checkRate, checkTotal } from './check-sums.js';
import type { ClaimCheck } from './check-context.js';

/** The check of each kind of claim (internal: `auditClaims` is the public entry point). */
export const claimChecks: Readonly<Record<ClaimKind, ClaimCheck>> = {
  'percent-change': checkPercentChange,
  direction: checkDirection,
  comparison: checkComparison,
  share: checkShare,
  'count-of': checkCountOf,
  total: checkTotal,
  difference: checkDifference,
  rate: checkRate,
  average: checkAverage,
  ranking: checkRanking,
  'cross-check': checkCrossCheck,
};

export type { CheckContext, ClaimCheck } from './check-context.js';

import { describe, expect, it } from 'vitest';
import { auditClaims } from './audit-claims.js';
import { statedVsComputedPoints } from './stated-vs-computed-points.js';
import { claim, contextValues, dataset, figure } from './synthetic-dataset.test-support.js';

describe('statedVsComputedPoints', () => {
  const results = auditClaims(
    dataset({
      'context-values': contextValues,
      figures: [figure('children', 25), figure('schools', 190)],
      claims: [
        claim({ id: 'change', kind: 'percent-change', stated: '10%', stated_value: 10, references: 'from=context-values:referrals@2020/21; to=context-values:referrals@2021/22' }),
        claim({ id: 'arrow', kind: 'direction', stated: '↑', references: 'from=context-values:referrals@2020/21; to=context-values:referrals@2021/22' }),
        claim({ id: 'share', kind: 'share', stated: '38%', stated_value: 38, references: 'whole=figures:children' }),
        claim({ id: 'count', kind: 'count-of', stated: '182', stated_value: 182, references: 'whole=figures:schools' }),
        claim({ id: 'unverifiable', kind: 'share', stated: '67%', stated_value: 67 }),
      ],
    }),
  );

  it('keeps claims with a stated and a comparable computed number, in register order', () => {
    const points = statedVsComputedPoints(results);
    expect(points.map((p) => [p.claim, p.stated, p.status])).toEqual([
      ['change', 10, 'inconsistent'],
      ['share', 38, 'inconsistent'],
    ]);
    expect(points[0]?.computed).toBeCloseTo(9.3939, 4);
    expect(points[1]?.computed).toBe(36);
  });

  it('filters by kind', () => {
    expect(statedVsComputedPoints(results, ['share']).map((p) => p.claim)).toEqual(['share']);
  });
});

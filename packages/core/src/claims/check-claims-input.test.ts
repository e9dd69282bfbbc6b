import { describe, expect, it } from 'vitest';
import { auditClaims } from './audit-claims.js';
import { statedVsComputedPoints } from './stated-vs-computed-points.js';
import { countClaimStatuses, groupClaimsByStatus } from './summarise-claim-audit.js';
import { claim, contextValues, dataset, figure } from './synthetic-dataset.test-support.js';
import { argumentOf } from '../errors/argument-of.test-support.js';

describe('audit results as the summaries accept them: references are structured', () => {
  const results = auditClaims(
    dataset({
      'context-values': contextValues,
      figures: [figure('children', 25)],
      claims: [
        claim({ id: 'change', kind: 'percent-change', stated: '10%', stated_value: 10, references: 'from=context-values:referrals@2020/21; to=context-values:referrals@2021/22' }),
        claim({ id: 'share', kind: 'share', stated: '38%', stated_value: 38, references: 'whole=figures:children' }),
      ],
    }),
  );

  it('accepts auditClaims results, whose references are { role, resource, selector, target }', () => {
    expect(results[0]?.references[0]).toEqual({ role: 'from', resource: 'context-values', selector: { type: 'context-value', indicator: 'referrals', period: '2020/21' }, target: 'context-values:referrals@2020/21' });
    expect(countClaimStatuses(results)).toMatchObject({ inconsistent: 2 });
    expect(groupClaimsByStatus(results).map((g) => g.results.length).reduce((a, b) => a + b, 0)).toBe(2);
    expect(statedVsComputedPoints(results).map((p) => p.claim)).toEqual(['change', 'share']);
  });

  it('refuses references as strings or with a bad part, naming it', () => {
    const withReferences = (references: unknown) => [{ ...results[0]!, references }] as never;
    expect(argumentOf(() => countClaimStatuses(withReferences(['from=context-values:referrals@2020/21'])))).toBe('countClaimStatuses: results[0].references[0]');
    expect(argumentOf(() => groupClaimsByStatus(withReferences([{ ...results[0]!.references[0]!, role: 'source' }])))).toBe('groupClaimsByStatus: results[0].references[0].role');
    expect(argumentOf(() => statedVsComputedPoints(withReferences([{ ...results[0]!.references[0]!, resource: 'nope' }])))).toBe('statedVsComputedPoints: results[0].references[0].resource');
    const selector = { type: 'context-value', indicator: 'referrals', period: Number.NaN };
    expect(argumentOf(() => countClaimStatuses(withReferences([{ ...results[0]!.references[0]!, selector }])))).toBe('countClaimStatuses: results[0].references[0].selector.period');
    const chart = { type: 'chart-point', chart: 'c', positions: { first: 3, last: 1 } };
    expect(argumentOf(() => countClaimStatuses(withReferences([{ ...results[0]!.references[0]!, selector: chart }])))).toBe('countClaimStatuses: results[0].references[0].selector.positions');
    expect(argumentOf(() => countClaimStatuses(withReferences([{ ...results[0]!.references[0]!, target: null }])))).toBe('countClaimStatuses: results[0].references[0].target');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/index.js';
import { rateWithCI } from '../stats/rate-with-ci.js';
import { ratePer10k } from './rate-per-10k.js';
import { childProtectionPlanRate, lookedAfterChildrenRate, referralRate } from './childrens-social-care-rates.js';

describe('ratePer10k and the children\'s social care rates', () => {
  it('is rateWithCI per 10,000 (PHEindicatormethods testdata_Rate: 65 of 100 → 6500 per 10,000, 95% CI 5016.32 to 8284.91)', () => {
    // testdata_Rate.xlsx row 5 (per 100): 65, 50.163187710459454, 82.849138545939837 → ×100 per 10,000
    const r = ratePer10k(65, 100);
    expect(r.per).toBe(10_000);
    expect(r.value).toBeCloseTo(6500, 9);
    expect(r.lower / 5016.3187710459454).toBeCloseTo(1, 9);
    expect(r.upper / 8284.9138545939837).toBeCloseTo(1, 9);
  });

  it('labels each named measure and returns the same rate', () => {
    const plain = ratePer10k(500, 100_000);
    expect(plain.value).toBe(50);
    expect(childProtectionPlanRate(500, 100_000)).toEqual({ ...plain, measure: 'child-protection-plans' });
    expect(lookedAfterChildrenRate(500, 100_000)).toEqual({ ...plain, measure: 'looked-after-children' });
    expect(referralRate(500, 100_000)).toEqual({ ...plain, measure: 'referrals' });
    expect(childProtectionPlanRate(500, 100_000, { confidence: 0.998 }).confidence).toBe(0.998);
  });

  it('does not round: DfE publishes whole numbers, scpkit keeps the exact rate', () => {
    expect(ratePer10k(1, 3).value).toBeCloseTo(10_000 / 3, 12);
  });

  it('property: equals rateWithCI with per 10,000', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 200_000 }), (count, more) => {
        const population = Math.max(1, count + more);
        expect(ratePer10k(count, population)).toEqual(rateWithCI(count, population, { per: 10_000 }));
      }),
    );
  });

  it('names the caller and its arguments in errors', () => {
    expect(() => ratePer10k(-1, 100)).toThrow(/ratePer10k: count must not be negative/);
    expect(() => ratePer10k(1, 0)).toThrow(/ratePer10k: childPopulation must be greater than 0/);
    expect(() => childProtectionPlanRate(1.5, 100)).toThrow(/childProtectionPlanRate: children must be a whole number/);
    expect(() => lookedAfterChildrenRate(200, 100)).toThrow(/lookedAfterChildrenRate: children must not exceed childPopulation \(100\)/);
    expect(() => referralRate(Number.NaN, 100)).toThrow(/referralRate: referrals must be a number/);
    expect(() => referralRate(1, 100, { confidence: 95 })).toThrow(InvalidInputError);
  });
});

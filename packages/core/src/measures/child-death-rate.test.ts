import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/index.js';
import { childDeathRate } from './child-death-rate.js';

describe('childDeathRate', () => {
  it('gives 17 deaths in 106,575 children as 15.9512 per 100,000, 95% CI 9.2869 to 25.5408 (Byar\'s; issue 3)', () => {
    const r = childDeathRate(17, 106_575);
    expect(r.per).toBe(100_000);
    expect(r.method).toBe('byars');
    expect([r.value.toFixed(4), r.lower.toFixed(4), r.upper.toFixed(4)]).toEqual(['15.9512', '9.2869', '25.5408']);
  });

  it('uses exact limits below 10 deaths (PHEindicatormethods testdata_Rate: 5 per 100 → 5000 per 100,000, 1623.49 to 11668.33)', () => {
    const r = childDeathRate(5, 100);
    expect(r.method).toBe('exact');
    expect(r.lower / 1623.4863901184199).toBeCloseTo(1, 9);
    expect(r.upper / 11668.332079322669).toBeCloseTo(1, 9);
  });

  it('gives the 99.8% interval on request and accepts 0 deaths', () => {
    expect(childDeathRate(17, 106_575, { confidence: 0.998 }).upper).toBeGreaterThan(childDeathRate(17, 106_575).upper);
    expect(childDeathRate(0, 50_000)).toMatchObject({ value: 0, lower: 0 });
  });

  it('rejects invalid input, naming deaths and childPopulation', () => {
    expect(() => childDeathRate(-2, 1000)).toThrow(/childDeathRate: deaths must not be negative/);
    expect(() => childDeathRate(2.5, 1000)).toThrow(/deaths must be a whole number/);
    expect(() => childDeathRate(2, 0)).toThrow(/childPopulation must be greater than 0/);
    expect(() => childDeathRate(2, 1)).toThrow(/deaths must not exceed childPopulation \(1\)/);
    expect(() => childDeathRate(2, 1000, { confidence: 0.5 })).toThrow(InvalidInputError);
  });
});

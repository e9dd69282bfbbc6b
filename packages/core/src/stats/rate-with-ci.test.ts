import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/index.js';
import { BYARS_MIN_COUNT, rateWithCI } from './rate-with-ci.js';

/** |actual − expected| <= rel × |expected| (absolute 1e-12 when expected is 0). */
function expectRelClose(actual: number, expected: number, rel = 1e-6): void {
  const tolerance = expected === 0 ? 1e-12 : Math.abs(expected) * rel;
  expect(Math.abs(actual - expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance);
}

// Reference values: PHEindicatormethods, tests/testthat/testdata_Rate.xlsx, sheets "testdata_Rate"
// (rows 2-17: value, 95% and 99.8% limits, per 100 and per 100,000) and "testdata_Rate_g"
// (aggregated areas, 95%), repository ukhsa-collaboration/PHEindicatormethods at commit
// 093fd288d8f8949dbcfbed70049dbbf385b6141d. Columns: count, population, per, value, lower95, upper95,
// lower99.8, upper99.8 (null where the sheet gives only 95%), method.
type Row = [number, number, number, number, number, number, number | null, number | null, 'exact' | 'byars'];
const PHE_RATE_ROWS: Row[] = [
  [1, 100, 100, 1, 2.5317807984289897e-2, 5.571643390938898, 1.0005003335835344e-3, 9.2334134764515845, 'exact'],
  [5, 100, 100, 5, 1.62348639011842, 11.668332079322669, 0.739371731917839, 16.454745203680105, 'exact'],
  [20, 100, 100, 20, 12.211428834875937, 30.889880369197066, 8.922802365144193, 38.085035625041911, 'byars'],
  [65, 100, 100, 65, 50.163187710459454, 82.849138545939837, 42.880261471480203, 94.000290844318016, 'byars'],
  [9856, 12345, 100, 79.837991089509913, 78.269490589767571, 81.430016542721404, 77.375905432710525, 82.354472770954303, 'byars'],
  [7776456, 7564336677, 100, 0.10280420256339154, 0.10273196005302074, 0.10287648334092832, 0.102690317308454, 0.10291817639509068, 'byars'],
  [222, 3215, 100, 6.9051321928460334, 6.0265748776526751, 7.8757293708718503, 5.5607376952598537, 8.4610466817334107, 'byars'],
  [999, 3456, 100, 28.90625, 27.141304936090521, 30.755833237378415, 26.162147596445767, 31.845604819822654, 'byars'],
  [1, 100, 100000, 1000, 25.317807984289896, 5571.6433909388979, 1.0005003335835343, 9233.4134764515857, 'exact'],
  [5, 100, 100000, 5000, 1623.4863901184199, 11668.332079322669, 739.37173191783893, 16454.745203680104, 'exact'],
  [20, 100, 100000, 20000, 12211.428834875936, 30889.880369197064, 8922.8023651441927, 38085.035625041914, 'byars'],
  [65, 100, 100000, 65000, 50163.187710459453, 82849.138545939844, 42880.261471480204, 94000.290844318006, 'byars'],
  [9856, 12345, 100000, 79837.991089509916, 78269.490589767578, 81430.016542721409, 77375.905432710526, 82354.472770954308, 'byars'],
  [7776456, 7564336677, 100000, 102.80420256339154, 102.73196005302074, 102.87648334092832, 102.690317308454, 102.91817639509068, 'byars'],
  [222, 3215, 100000, 6905.1321928460338, 6026.5748776526743, 7875.7293708718507, 5560.7376952598534, 8461.0466817334109, 'byars'],
  [999, 3456, 100000, 28906.25, 27141.304936090521, 30755.833237378414, 26162.147596445768, 31845.604819822653, 'byars'],
  // sheet testdata_Rate_g
  [2, 200, 100000, 1000, 121.10463927198258, 3612.3438338619794, null, null, 'exact'],
  [10, 200, 100000, 5000, 2393.7249569837822, 9195.7293028782369, null, null, 'byars'],
  [40, 200, 100000, 20000, 14286.649933218456, 27235.04966001213, null, null, 'byars'],
  [130, 200, 100000, 65000, 54306.521019257249, 77182.744306619628, null, null, 'byars'],
  [19712, 24690, 100000, 79837.991089509916, 78727.300271336382, 80960.432718132564, null, null, 'byars'],
  [15552912, 15128673354, 100000, 102.80420256339154, 102.7531168009107, 102.85530745877516, null, null, 'byars'],
  [444, 6430, 100000, 6905.1321928460338, 6277.6881141457798, 7578.3044586343622, null, null, 'byars'],
  [1998, 6912, 100000, 28906.25, 27652.520088302212, 30202.169187218453, null, null, 'byars'],
];

describe('rateWithCI', () => {
  it('reproduces the issue example: 17 deaths in 106,575 children (Byar\'s)', () => {
    const r = rateWithCI(17, 106_575);
    expect(r.method).toBe('byars');
    expect(r.per).toBe(100_000);
    expect(r.confidence).toBe(0.95);
    expect(r.value.toFixed(4)).toBe('15.9512');
    expect(r.lower.toFixed(4)).toBe('9.2869');
    expect(r.upper.toFixed(4)).toBe('25.5408');
  });

  it.each(PHE_RATE_ROWS)(
    'matches PHEindicatormethods phe_rate for %d / %d per %d to 1e-6 relative',
    (count, population, per, value, lower95, upper95, lower998, upper998, method) => {
      const at95 = rateWithCI(count, population, { per });
      expect(at95.method).toBe(method);
      expectRelClose(at95.value, value);
      expectRelClose(at95.lower, lower95);
      expectRelClose(at95.upper, upper95);
      if (lower998 !== null && upper998 !== null) {
        const at998 = rateWithCI(count, population, { per, confidence: 0.998 });
        expect(at998.method).toBe(method);
        expectRelClose(at998.lower, lower998);
        expectRelClose(at998.upper, upper998);
      }
    },
  );

  it('switches from exact to Byar\'s limits at a count of 10', () => {
    expect(BYARS_MIN_COUNT).toBe(10);
    expect(rateWithCI(9, 1000).method).toBe('exact');
    expect(rateWithCI(10, 1000).method).toBe('byars');
    // the limits still rise across the switch, at every supported level
    for (const confidence of [0.9, 0.95, 0.99, 0.998]) {
      const exact9 = rateWithCI(9, 1000, { confidence });
      const byars10 = rateWithCI(10, 1000, { confidence });
      expect(byars10.lower).toBeGreaterThan(exact9.lower);
      expect(byars10.upper).toBeGreaterThan(exact9.upper);
    }
  });

  it('accepts a count of 0: rate 0, lower limit 0, a positive upper limit', () => {
    const r = rateWithCI(0, 100);
    expect(r.value).toBe(0);
    expect(r.lower).toBe(0);
    // exact upper limit for 0 events = qchisq(0.975, 2) / 2 = −ln(0.025) = 3.68888 per population
    expectRelClose(r.upper, (-Math.log(0.025) / 100) * 100_000, 1e-9);
  });

  const counts = fc.integer({ min: 0, max: 1_000_000 });
  const extra = fc.integer({ min: 0, max: 10_000_000 });
  const confidences = fc.constantFrom(0.9, 0.95, 0.99, 0.998);

  it('property: lower <= value <= upper, all finite, lower >= 0', () => {
    fc.assert(
      fc.property(counts, extra, confidences, (count, more, confidence) => {
        const population = Math.max(1, count + more);
        const r = rateWithCI(count, population, { confidence });
        expect(Number.isFinite(r.lower) && Number.isFinite(r.upper)).toBe(true);
        expect(r.lower).toBeGreaterThanOrEqual(0);
        expect(r.lower).toBeLessThanOrEqual(r.value);
        expect(r.value).toBeLessThanOrEqual(r.upper);
      }),
    );
  });

  it('property: the 99.8% interval contains the 95% interval', () => {
    fc.assert(
      fc.property(counts, extra, (count, more) => {
        const population = Math.max(1, count + more);
        const r95 = rateWithCI(count, population);
        const r998 = rateWithCI(count, population, { confidence: 0.998 });
        expect(r998.lower).toBeLessThanOrEqual(r95.lower);
        expect(r998.upper).toBeGreaterThanOrEqual(r95.upper);
      }),
    );
  });

  it('property: value and both limits rise with the count (including across the exact/Byar switch)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), confidences, (count, confidence) => {
        const population = 1_000_000;
        const a = rateWithCI(count, population, { confidence });
        const b = rateWithCI(count + 1, population, { confidence });
        expect(b.value).toBeGreaterThan(a.value);
        expect(b.lower).toBeGreaterThanOrEqual(a.lower);
        expect(b.upper).toBeGreaterThan(a.upper);
      }),
    );
  });

  it('property: per scales the rate and its limits linearly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 1, max: 1000 }), (count, k) => {
        const population = count + 50_000;
        const base = rateWithCI(count, population, { per: 1 });
        const scaled = rateWithCI(count, population, { per: k });
        expectRelClose(scaled.value, base.value * k, 1e-12);
        expectRelClose(scaled.lower, base.lower * k, 1e-12);
        expectRelClose(scaled.upper, base.upper * k, 1e-12);
      }),
    );
  });

  describe('invalid input throws InvalidInputError saying what is wrong', () => {
    const cases: Array<[string, () => unknown, RegExp]> = [
      ['negative count', () => rateWithCI(-1, 100), /rateWithCI: count must not be negative \(got -1\)/],
      ['fractional count', () => rateWithCI(2.5, 100), /count must be a whole number/],
      ['NaN count', () => rateWithCI(Number.NaN, 100), /count must be a number \(got NaN\)/],
      ['infinite count', () => rateWithCI(Number.POSITIVE_INFINITY, 100), /count must be finite/],
      ['zero population', () => rateWithCI(1, 0), /population must be greater than 0 \(got 0\)/],
      ['negative population', () => rateWithCI(1, -5), /population must be greater than 0/],
      ['infinite population', () => rateWithCI(1, Number.POSITIVE_INFINITY), /population must be finite/],
      // PHEindicatormethods (testdata_Rate row 21: 250 / 220) computes this; scpkit refuses it.
      ['count above population', () => rateWithCI(250, 220), /count must not exceed population \(220\)/],
      ['per of 0', () => rateWithCI(1, 100, { per: 0 }), /per must be greater than 0/],
      ['confidence as a percent', () => rateWithCI(1, 100, { confidence: 95 }), /write 95% as 0\.95/],
      ['confidence of 1', () => rateWithCI(1, 100, { confidence: 1 }), /confidence must be a proportion below 1/],
      ['confidence below 0.9', () => rateWithCI(1, 100, { confidence: 0.8 }), /confidence must be at least 0\.9 and below 1/],
      ['string count', () => rateWithCI('3' as unknown as number, 100), /count must be a number \(got "3"\)/],
    ];
    it.each(cases)('%s', (_label, call, message) => {
      expect(call).toThrow(InvalidInputError);
      expect(call).toThrow(message);
    });
  });
});

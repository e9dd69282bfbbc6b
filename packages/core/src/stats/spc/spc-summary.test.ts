import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../errors/index.js';
import {
  AE_RQM_2016_2018,
  AE_RRK_2016_2019,
  monthsFromApril2016,
  NHSR_COMMIT,
  NHSRDATASETS_COMMIT,
  RNORM_SEED_123,
} from './nhsr-fixtures.test-data.js';
import { spcSummary, type SpcSummary } from './spc-summary.js';
import { xmrLimits } from './xmr-limits.js';

/** One letter per point: . common cause, I improving, C concerning, N neither. */
const classes = (s: SpcSummary) =>
  s.points
    .map((p) => ({ 'common-cause': '.', 'special-cause-improving': 'I', 'special-cause-concerning': 'C', 'special-cause-neither': 'N' })[p.variationClass])
    .join('');

describe(`spcSummary (NHSRplotthedots ${NHSR_COMMIT.slice(0, 7)}, data NHSRdatasets ${NHSRDATASETS_COMMIT.slice(0, 7)})`, () => {
  it('reproduces the NHSRplotthedots README (RQM breaches, decrease, target 1200): limits 740 / 1 545 / 2 350, common cause, inconsistent', () => {
    // README.md "summary()": variation_type "common_cause", assurance_type "inconsistent";
    // man/figures/README-limits-example-1.png: labels 740, 1 545, 2 350 and the point colours.
    const s = spcSummary(AE_RQM_2016_2018, { improvement: 'decrease', target: 1200, screenOutliers: true });
    const [segment] = s.segments;
    expect([segment!.lower, segment!.mean, segment!.upper].map(Math.round)).toEqual([740, 1545, 2350]);
    expect(s.latest.variationClass).toBe('common-cause');
    expect(s.latest.variation).toBe('common_cause');
    expect(s.assurance).toBe('hit-and-miss');
    // May, Jun 2016 improvement; Dec 2016, Jan 2017 concern; the rest common cause
    expect(classes(s)).toBe('.II.....CC..............');
    expect(s.signals).toEqual([
      { rule: 'two-of-three', side: 'low', variationClass: 'special-cause-improving', segment: 0, indices: [1, 2] },
      { rule: 'outside-limits', side: 'high', variationClass: 'special-cause-concerning', segment: 0, indices: [8, 9] },
    ]);
    // Without screening (the Excel tools) the limits would differ: the README used the package default.
    const excel = spcSummary(AE_RQM_2016_2018, { improvement: 'decrease' });
    expect(Math.round(excel.segments[0]!.upper)).not.toBe(2350);
  });

  it('reproduces the vignette "Stable period" (RRK, first 24 months): one concern, then 8 improving points on one side of the mean', () => {
    // vignettes/NHSRplotthedots.Rmd: "We can see 8 sequential points coloured in blue. This is
    // triggered by a rule that looks for >=7 points on one side of the mean." (figure stableperiod-1.png)
    const s = spcSummary(AE_RRK_2016_2019.slice(0, 24), { improvement: 'decrease', screenOutliers: true });
    expect(classes(s)).toBe('.........CIIIIIIII......');
    expect(s.signals.find((g) => g.rule === 'shift')).toEqual({
      rule: 'shift',
      side: 'low',
      variationClass: 'special-cause-improving',
      segment: 0,
      indices: [10, 11, 12, 13, 14, 15, 16, 17],
    });
    expect(s.latest.variationClass).toBe('common-cause');
  });

  it('reproduces the vignette "Change point" (RRK, rebase at July 2018), given by period or index', () => {
    const periods = monthsFromApril2016(AE_RRK_2016_2019.length);
    const s = spcSummary(AE_RRK_2016_2019, { improvement: 'decrease', screenOutliers: true, periods, rebase: ['2018-07'] });
    expect(s.applied.rebase).toEqual([27]);
    expect(classes(s)).toBe('.........CIIIIIIII.........III...CCC');
    // the icon: special cause concern, high (icons/variation/concern_high.svg)
    expect(s.latest).toMatchObject({ period: '2019-03', variationClass: 'special-cause-concerning', side: 'high' });
    // "Some trial limits created by groups of fewer than 12 points exist."
    expect(s.warnings.map((w) => [w.code, w.segment])).toEqual([['short-segment', 1]]);
    const byIndex = spcSummary(AE_RRK_2016_2019, { improvement: 'decrease', screenOutliers: true, rebase: [27] });
    expect(classes(byIndex)).toBe(classes(s));
    expect(byIndex.latest.period).toBeNull();
  });

  it('gives the ptd_spc summary snapshot for rnorm(20) with target 0.5: limits −3.01 to 3.29, all common cause, so the target is hit and miss', () => {
    // tests/testthat/_snaps/ptd_spc.md "summary with a target"
    const s = spcSummary(RNORM_SEED_123, { improvement: 'increase', target: 0.5, screenOutliers: true });
    expect(Number(s.segments[0]!.lower.toPrecision(3))).toBe(-3.01);
    expect(Number(s.segments[0]!.upper.toPrecision(3))).toBe(3.29);
    expect(classes(s)).toBe('.'.repeat(20));
    expect(s.assurance).toBe('hit-and-miss');
  });

  it('fixes the limits from the first n points (fix_after_n_points; test-ptd_spc_standard.R: a baseline of 12 changes the limits)', () => {
    const s = spcSummary(RNORM_SEED_123, { improvement: 'increase', baseline: 12 });
    expect(s.segments[0]).toMatchObject(xmrLimits(RNORM_SEED_123.slice(0, 12)));
    expect(s.segments[0]!.lower).not.toBe(spcSummary(RNORM_SEED_123, { improvement: 'increase' }).segments[0]!.lower);
    expect(s.applied.baseline).toBe(12);
    expect(s.warnings).toEqual([]);
    expect(spcSummary(RNORM_SEED_123, { improvement: 'increase', baseline: 8 }).warnings.map((w) => w.code)).toEqual(['short-baseline']);
  });

  it('judges assurance against the last segment after a rebase (test-ptd_calculate_assurance_type.R "when rebase")', () => {
    const before = [1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2];
    const after = [11, 12, 11, 12, 11, 12, 11, 12, 11, 12, 11, 12, 11, 12];
    const s = spcSummary([...before, ...after], { improvement: 'increase', target: 5, rebase: [14] });
    expect(s.assurance).toBe('consistently-passing');
    const t = spcSummary([...after, ...before], { improvement: 'increase', target: 5, rebase: [14] });
    expect(t.assurance).toBe('consistently-failing');
  });

  it('has no assurance without a target or with neutral, and warns of a target without a direction', () => {
    expect(spcSummary(RNORM_SEED_123, { improvement: 'increase' }).assurance).toBeNull();
    const n = spcSummary(RNORM_SEED_123, { improvement: 'neutral', target: 10 });
    expect(n.assurance).toBeNull();
    expect(n.warnings.map((w) => w.code)).toEqual(['target-without-direction']);
  });

  it("labels special causes 'special-cause-neither' with their side when improvement is neutral (special_cause_neutral_high/_low)", () => {
    const s = spcSummary(AE_RQM_2016_2018, { improvement: 'neutral', screenOutliers: true });
    expect(classes(s)).toBe('.NN.....NN..............');
    expect(s.points.filter((p) => p.side !== null).map((p) => [p.index, p.side, p.variation])).toEqual([
      [1, 'low', 'special_cause_neutral_low'],
      [2, 'low', 'special_cause_neutral_low'],
      [8, 'high', 'special_cause_neutral_high'],
      [9, 'high', 'special_cause_neutral_high'],
    ]);
  });

  it('takes a shift run length of 6 (NHSRplotthedots issue #202)', () => {
    const flat = [6, 5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 5];
    const values = [...flat, 5.7, 5.8, 5.7, 5.8, 5.7, 5.8, 5];
    expect(spcSummary(values, { improvement: 'increase', baseline: 14 }).signals).toEqual([]);
    const six = spcSummary(values, { improvement: 'increase', baseline: 14, runLength: 6 });
    expect(six.signals).toEqual([
      { rule: 'shift', side: 'high', variationClass: 'special-cause-improving', segment: 0, indices: [14, 15, 16, 17, 18, 19] },
    ]);
    expect(six.applied.runLength).toBe(6);
  });

  // ---- properties ----
  const noisy = fc.record({
    c: fc.integer({ min: -1000, max: 1000 }),
    e: fc.array(fc.double({ min: 1, max: 2, noNaN: true }), { minLength: 2, maxLength: 40 }),
  });
  /** c ± e alternating with 1 <= e <= 2: mR̄ >= 2 so the limits are >= 5.32 from the mean, which is within 0.5 of c. */
  const constantPlusNoise = ({ c, e }: { c: number; e: number[] }) => e.map((x, i) => c + (i % 2 === 0 ? x : -x));

  it('property: constant plus bounded alternating noise is common cause throughout', () => {
    fc.assert(
      fc.property(noisy, fc.constantFrom('increase', 'decrease', 'neutral') as fc.Arbitrary<'increase'>, fc.boolean(), (series, improvement, screenOutliers) => {
        const s = spcSummary(constantPlusNoise(series), { improvement, screenOutliers });
        expect(s.points.every((p) => p.variationClass === 'common-cause' && p.side === null)).toBe(true);
        expect(s.signals).toEqual([]);
      }),
    );
  });

  const series = fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 2, maxLength: 40 });

  it('property: flipping the improvement direction swaps improving and concerning; neutral keeps the side', () => {
    const swap = { 'special-cause-improving': 'special-cause-concerning', 'special-cause-concerning': 'special-cause-improving' } as const;
    fc.assert(
      fc.property(series, (values) => {
        const up = spcSummary(values, { improvement: 'increase' });
        const down = spcSummary(values, { improvement: 'decrease' });
        const neutral = spcSummary(values, { improvement: 'neutral' });
        up.points.forEach((p, i) => {
          const q = down.points[i]!;
          expect(q.variationClass).toBe(p.variationClass in swap ? swap[p.variationClass as keyof typeof swap] : p.variationClass);
          expect(q.side).toBe(p.side);
          expect(neutral.points[i]!.variationClass).toBe(p.side === null ? 'common-cause' : 'special-cause-neither');
        });
        expect(down.signals.map((g) => g.indices)).toEqual(up.signals.map((g) => g.indices));
      }),
    );
  });

  it('property: a baseline of n >= the series length is the same as no baseline', () => {
    fc.assert(
      fc.property(series, fc.integer({ min: 0, max: 5 }), fc.boolean(), (values, extra, screenOutliers) => {
        const plain = spcSummary(values, { improvement: 'increase', screenOutliers });
        const fixed = spcSummary(values, { improvement: 'increase', screenOutliers, baseline: Math.max(2, values.length + extra) });
        expect(fixed.points).toEqual(plain.points);
        expect(fixed.signals).toEqual(plain.signals);
        expect(fixed.segments.map(({ baselineLength, ...rest }) => rest)).toEqual(plain.segments.map(({ baselineLength, ...rest }) => rest));
      }),
    );
  });

  it('property: limits fixed from the first n points do not depend on later points', () => {
    fc.assert(
      fc.property(series, series, fc.integer({ min: 2, max: 20 }), (head, tail, n) => {
        fc.pre(head.length >= n);
        const a = spcSummary([...head.slice(0, n), ...tail], { improvement: 'decrease', baseline: n });
        const b = spcSummary([...head.slice(0, n), ...tail.map((v) => v * 3 - 7)], { improvement: 'decrease', baseline: n });
        expect(a.segments[0]).toEqual(b.segments[0]);
        expect(a.segments[0]).toMatchObject(xmrLimits(head.slice(0, n)));
      }),
    );
  });

  it('property: assurance passes/fails by the side of the limits the target is on, and swaps with the direction', () => {
    fc.assert(
      fc.property(series, fc.integer({ min: -200, max: 200 }), (values, target) => {
        const up = spcSummary(values, { improvement: 'increase', target });
        const down = spcSummary(values, { improvement: 'decrease', target });
        const last = up.segments.at(-1)!;
        const expected = target > last.upper ? 'consistently-failing' : target < last.lower ? 'consistently-passing' : 'hit-and-miss';
        expect(up.assurance).toBe(expected);
        const swapped = { 'consistently-failing': 'consistently-passing', 'consistently-passing': 'consistently-failing', 'hit-and-miss': 'hit-and-miss' } as const;
        expect(down.assurance).toBe(swapped[expected]);
      }),
    );
  });

  it('property: the shift points with run length 6 include those with 7; every signal index carries its rule', () => {
    fc.assert(
      fc.property(series, (values) => {
        const seven = spcSummary(values, { improvement: 'increase' });
        const six = spcSummary(values, { improvement: 'increase', runLength: 6 });
        const shiftAt = (s: SpcSummary) => new Set(s.signals.filter((g) => g.rule === 'shift').flatMap((g) => g.indices));
        const six6 = shiftAt(six);
        for (const i of shiftAt(seven)) expect(six6.has(i)).toBe(true);
        for (const g of six.signals) {
          for (const i of g.indices) expect(six.points[i]!.causes).toContainEqual({ rule: g.rule, side: g.side });
        }
      }),
    );
  });

  it('property: every number in the result is finite (never NaN or Infinity)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e9, max: 1e9, noNaN: true }), { minLength: 2, maxLength: 30 }), (values) => {
        const s = spcSummary(values, { improvement: 'increase', target: 0, screenOutliers: true });
        const numbers = [...s.segments.flatMap((g) => Object.values(g)), ...s.points.flatMap((p) => [p.mean, p.lower, p.upper, p.nearLower, p.nearUpper, p.movingRange ?? 0])];
        expect(numbers.every((x) => typeof x === 'number' && Number.isFinite(x))).toBe(true);
      }),
    );
  });

  describe('invalid input throws InvalidInputError saying what is wrong', () => {
    const ok = [1, 2, 3, 4, 5, 6];
    const cases: Array<[string, () => unknown, RegExp]> = [
      ['values not an array', () => spcSummary('1,2' as never, { improvement: 'increase' }), /spcSummary: values must be an array/],
      ['a NaN value', () => spcSummary([1, Number.NaN], { improvement: 'increase' }), /values\[1\] must be a finite number \(got NaN\)/],
      ['one value', () => spcSummary([1], { improvement: 'increase' }), /values must hold at least two values/],
      ['no options', () => spcSummary(ok, undefined as never), /options must be an object/],
      ["xmr's 'neither'", () => spcSummary(ok, { improvement: 'neither' as never }), /improvement must be 'increase', 'decrease' or 'neutral' \(got "neither"\)/],
      ['infinite target', () => spcSummary(ok, { improvement: 'increase', target: Infinity }), /target must be a finite number/],
      ['run length 5', () => spcSummary(ok, { improvement: 'increase', runLength: 5 as never }), /runLength must be 6 or 7 \(got 5\)/],
      ['baseline 1', () => spcSummary(ok, { improvement: 'increase', baseline: 1 }), /baseline must be a whole number of at least 2/],
      ['baseline 2.5', () => spcSummary(ok, { improvement: 'increase', baseline: 2.5 }), /baseline must be a whole number/],
      ['screenOutliers "yes"', () => spcSummary(ok, { improvement: 'increase', screenOutliers: 'yes' as never }), /screenOutliers must be true or false/],
      ['periods too short', () => spcSummary(ok, { improvement: 'increase', periods: ['a'] }), /periods must be an array of 6 labels/],
      ['repeated period', () => spcSummary(ok, { improvement: 'increase', periods: ['a', 'b', 'c', 'd', 'e', 'a'] }), /periods\[5\] repeats an earlier period/],
      ['empty period', () => spcSummary(ok, { improvement: 'increase', periods: ['a', 'b', '', 'd', 'e', 'f'] }), /periods\[2\] must be a non-empty string/],
      ['rebase by period without periods', () => spcSummary(ok, { improvement: 'increase', rebase: ['c'] }), /rebase names a period \("c"\) but no periods were given/],
      ['rebase at an unknown period', () => spcSummary(ok, { improvement: 'increase', periods: ['a', 'b', 'c', 'd', 'e', 'f'], rebase: ['x'] }), /unknown period "x"/],
      ['rebase at 0', () => spcSummary(ok, { improvement: 'increase', rebase: [0] }), /rebase must hold whole-number indices from 1 to 5/],
      ['rebase not increasing', () => spcSummary(ok, { improvement: 'increase', rebase: [4, 2] }), /strictly increasing/],
      ['rebase leaving one point', () => spcSummary(ok, { improvement: 'increase', rebase: [5] }), /segment 1 \(from index 5\) with 1 point/],
    ];
    it.each(cases)('%s', (_label, call, message) => {
      expect(call).toThrow(InvalidInputError);
      expect(call).toThrow(message);
    });
  });
});

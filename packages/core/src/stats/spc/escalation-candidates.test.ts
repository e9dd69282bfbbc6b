import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../errors/index.js';
import { escalationCandidates, type EscalationIndicator } from './escalation-candidates.js';
import { AE_RQM_2016_2018, AE_RRK_2016_2019, monthsFromApril2016 } from './nhsr-fixtures.test-data.js';

const alternating = (n: number, a: number, b: number) => Array.from({ length: n }, (_, i) => (i % 2 === 0 ? a : b));

describe('escalationCandidates', () => {
  it('escalates a concerning latest point with the rule and numbers (NHSRplotthedots vignette "Change point", RRK)', () => {
    const periods = monthsFromApril2016(AE_RRK_2016_2019.length);
    // the vignette rebases at July 2018; here the same with the last 9 points as their own series
    const after = { values: AE_RRK_2016_2019.slice(27), periods: periods.slice(27) };
    const [c] = escalationCandidates([{ indicator: 'Breaches', group: 'RRK', improvement: 'decrease', ...after }], { screenOutliers: true });
    expect(c?.triggers).toEqual(['special-cause-concerning']);
    expect(c?.latest).toMatchObject({ value: 10670, period: '2019-03', specialCause: { rule: 'two-of-three', side: 'high' } });
    expect(c?.reason).toBe(
      'Breaches (RRK): the latest value 10670 (2019-03) is one of two or more of the last three points above the mean 8646.6 ' +
        'that lie beyond the two-sigma line 10612.1: special cause of a concerning nature, as lower is better.',
    );
  });

  it('does not escalate the README series (RQM: common cause, hit and miss) unless asked to, and then says why', () => {
    const rqm: EscalationIndicator = { indicator: 'Breaches', group: 'RQM', improvement: 'decrease', target: 1200, values: AE_RQM_2016_2018 };
    expect(escalationCandidates([rqm], { screenOutliers: true })).toEqual([]);
    const [c] = escalationCandidates([rqm], { screenOutliers: true, includeHitAndMissFailing: true });
    expect(c?.triggers).toEqual(['hit-and-miss-failing']);
    expect(c?.reason).toBe(
      'Breaches (RQM): the target 1200 lies between the process limits 740.4 and 2349.9 (hit and miss) and the latest value 1564 misses it.',
    );
    // the same value on the right side of the target is not a miss
    expect(escalationCandidates([{ ...rqm, target: 1564 }], { screenOutliers: true, includeHitAndMissFailing: true })).toEqual([]);
  });

  it('escalates consistent failure, with each rule worded from its numbers', () => {
    const flat = alternating(14, 10, 11); // mean 10.5, mR̄ 1: limits 7.84 to 13.16
    const candidates = escalationCandidates(
      [
        { indicator: 'Timeliness', group: 'Social care', improvement: 'increase', target: 20, values: flat },
        { indicator: 'Above', group: 'Police', improvement: 'decrease', values: [...flat, 20] },
        { indicator: 'Falling', group: 'Health', improvement: 'increase', values: [...flat, 10.9, 10.8, 10.7, 10.6, 10.5, 10.4, 10.3] },
        { indicator: 'Shifted', group: 'Education', improvement: 'increase', values: [...flat, 10.4, 10.3, 10.4, 10.3, 10.4, 10.3, 10.4] },
      ],
      { baseline: 14 },
    );
    expect(candidates.map((c) => [c.group, c.indicator, c.triggers])).toEqual([
      ['Education', 'Shifted', ['special-cause-concerning']],
      ['Health', 'Falling', ['special-cause-concerning']],
      ['Police', 'Above', ['special-cause-concerning']],
      ['Social care', 'Timeliness', ['consistently-failing']],
    ]);
    expect(candidates.map((c) => c.reason)).toEqual([
      'Shifted (Education): the latest value 10.4 ends a run of 7 points in a row below the mean 10.5 (7 make a shift): special cause of a concerning nature, as higher is better.',
      'Falling (Health): the latest value 10.3 ends a run of 8 points each lower than the one before (7 make a trend): special cause of a concerning nature, as higher is better.',
      'Above (Police): the latest value 20 is above the upper process limit 13.2 (mean 10.5): special cause of a concerning nature, as lower is better.',
      'Timeliness (Social care): the target 20 is above the upper process limit 13.2, so the process will consistently fail it unless it changes.',
    ]);
  });

  it('joins both reasons in one sentence when a concerning point also fails a target', () => {
    const [c] = escalationCandidates([{ indicator: 'X', group: 'G', improvement: 'decrease', target: 1, values: [...alternating(14, 10, 11), 20] }], {
      baseline: 14,
      digits: 2,
    });
    expect(c?.triggers).toEqual(['special-cause-concerning', 'consistently-failing']);
    expect(c?.reason).toBe(
      'X (G): the latest value 20 is above the upper process limit 13.16 (mean 10.50): special cause of a concerning nature, as lower is better; ' +
        'and the target 1 is below the lower process limit 7.84, so the process will consistently fail it unless it changes.',
    );
  });

  it('never escalates neutral indicators or improving ones', () => {
    const flat = alternating(14, 10, 11);
    expect(
      escalationCandidates(
        [
          { indicator: 'N', group: 'G', improvement: 'neutral', target: 100, values: [...flat, 20] },
          { indicator: 'I', group: 'G', improvement: 'increase', target: 1, values: [...flat, 20] },
        ],
        { baseline: 14 },
      ),
    ).toEqual([]);
  });

  const indicator = fc.record({
    indicator: fc.constantFrom('a', 'b', 'c', 'B', 'é'),
    group: fc.constantFrom('x', 'y', 'Z'),
    values: fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 2, maxLength: 16 }),
    improvement: fc.constantFrom('increase', 'decrease', 'neutral') as fc.Arbitrary<'increase'>,
    target: fc.option(fc.integer({ min: -5, max: 25 }), { nil: undefined }),
  });
  const distinct = fc.uniqueArray(indicator, { selector: (i) => `${i.group}/${i.indicator}`, maxLength: 12 });

  it('property: the order does not depend on the input order; concerning first, then group and indicator', () => {
    fc.assert(
      fc.property(distinct, (items) => {
        const a = escalationCandidates(items, { includeHitAndMissFailing: true });
        const b = escalationCandidates([...items].reverse(), { includeHitAndMissFailing: true });
        expect(b).toEqual(a);
        const key = (c: (typeof a)[number]) => [c.triggers[0] === 'special-cause-concerning' ? 0 : 1, c.group, c.indicator] as const;
        for (let i = 1; i < a.length; i += 1) {
          const [p, q] = [key(a[i - 1]!), key(a[i]!)];
          expect(p[0] < q[0] || (p[0] === q[0] && (p[1] < q[1] || (p[1] === q[1] && p[2] < q[2])))).toBe(true);
        }
      }),
    );
  });

  it('property: a candidate is concerning or failing, every reason is one sentence naming the indicator, and no number is NaN', () => {
    fc.assert(
      fc.property(distinct, (items) => {
        for (const c of escalationCandidates(items, { includeHitAndMissFailing: true })) {
          expect(c.triggers.length).toBeGreaterThan(0);
          if (c.triggers.includes('special-cause-concerning')) expect(c.latest.variationClass).toBe('special-cause-concerning');
          if (c.triggers.includes('consistently-failing')) expect(c.assurance).toBe('consistently-failing');
          expect(c.reason.startsWith(`${c.indicator} (${c.group}): `)).toBe(true);
          expect(c.reason.endsWith('.')).toBe(true);
          expect(c.reason).not.toMatch(/NaN|Infinity|undefined/);
        }
      }),
    );
  });

  describe('invalid input throws InvalidInputError naming the indicator and field', () => {
    const good: EscalationIndicator = { indicator: 'a', group: 'g', improvement: 'increase', values: [1, 2, 3] };
    const cases: Array<[string, () => unknown, RegExp]> = [
      ['not an array', () => escalationCandidates({} as never), /escalationCandidates: indicators must be an array/],
      ['null indicator', () => escalationCandidates([null as never]), /indicators\[0\] must be an object/],
      ['empty name', () => escalationCandidates([{ ...good, indicator: ' ' }]), /indicators\[0\]\.indicator must be a non-empty string/],
      ['no group', () => escalationCandidates([{ ...good, group: undefined as never }]), /indicators\[0\]\.group must be a non-empty string/],
      ['duplicate', () => escalationCandidates([good, { ...good }]), /indicators\[1\] repeats the group and indicator/],
      ['bad value', () => escalationCandidates([good, { ...good, indicator: 'b', values: [1, Number.NaN] }]), /indicators\[1\]\.values\[1\] must be a finite number/],
      ['bad improvement', () => escalationCandidates([{ ...good, improvement: 'up' as never }]), /indicators\[0\]\.improvement must be/],
      ['bad target', () => escalationCandidates([{ ...good, target: Number.NaN }]), /indicators\[0\]\.target must be a finite number/],
      ['bad periods', () => escalationCandidates([{ ...good, periods: ['q1'] }]), /indicators\[0\]\.periods must be an array of 3 labels/],
      ['bad option', () => escalationCandidates([good], { runLength: 8 as never }), /options\.runLength must be 6 or 7/],
      ['bad digits', () => escalationCandidates([good], { digits: -1 }), /options\.digits must be a whole number from 0 to 10/],
      ['bad flag', () => escalationCandidates([good], { includeHitAndMissFailing: 1 as never }), /options\.includeHitAndMissFailing must be true or false/],
    ];
    it.each(cases)('%s', (_label, call, message) => {
      expect(call).toThrow(InvalidInputError);
      expect(call).toThrow(message);
    });
  });

  it('returns nothing for no indicators', () => {
    expect(escalationCandidates([])).toEqual([]);
  });
});

describe('escalationCandidates: a large year-on-year change', () => {
  const periods = ['Q1 a', 'Q2 a', 'Q3 a', 'Q4 a', 'Q1 b', 'Q2 b', 'Q3 b', 'Q4 b'];
  it('escalates a change of at least the threshold on the value four quarters earlier, either way and whatever the direction', () => {
    const candidates = escalationCandidates(
      [
        // 10 -> 13 in the last quarter: +30% on a year earlier; neutral, so only this can escalate it
        { indicator: 'Up', group: 'G', improvement: 'neutral', values: [11, 12, 11, 10, 11, 12, 11, 13], periods },
        // 20 -> 15: -25%
        { indicator: 'Down', group: 'G', improvement: 'decrease', values: [20, 19, 20, 20, 19, 18, 17, 15], periods },
        // 10 -> 11: +10%, under the threshold
        { indicator: 'Small', group: 'G', improvement: 'increase', values: [10, 11, 10, 10, 11, 10, 11, 11], periods },
      ],
      { yearOnYearPercent: 25 },
    );
    expect(candidates.map((c) => [c.indicator, c.triggers, c.yearOnYearChange])).toEqual([
      ['Down', ['large-year-on-year-change'], -25],
      ['Up', ['large-year-on-year-change'], 30],
    ]);
    expect(candidates[1]?.reason).toBe('Up (G): the latest value 13 (Q4 b) is 30.0% higher than a year before (10 in Q4 a), a change of 25% or more.');
  });

  it('is off unless asked for, skips an earlier 0 and a series shorter than a year, and refuses a bad threshold', () => {
    const up = { indicator: 'Up', group: 'G', improvement: 'neutral' as const, values: [11, 12, 11, 10, 11, 12, 11, 13] };
    expect(escalationCandidates([up])).toEqual([]);
    expect(escalationCandidates([{ ...up, values: [0, 1, 1, 1, 5] }], { yearOnYearPercent: 10 })).toEqual([]);
    expect(escalationCandidates([{ ...up, values: [1, 5] }], { yearOnYearPercent: 10 })).toEqual([]);
    expect(escalationCandidates([{ ...up, values: [1, 5] }], { yearOnYearPercent: 10, periodsPerYear: 1 }).map((c) => c.yearOnYearChange)).toEqual([400]);
    for (const bad of [0, -5, Number.NaN, '25']) expect(() => escalationCandidates([up], { yearOnYearPercent: bad as number })).toThrow(InvalidInputError);
    expect(() => escalationCandidates([up], { yearOnYearPercent: 5, periodsPerYear: 0 })).toThrow(InvalidInputError);
  });
});

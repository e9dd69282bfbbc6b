import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePeriod, periodLength, showMonth } from './parse-period.js';

const span = (text: string) => {
  const r = parsePeriod(text);
  return r.kind === 'period' ? `${r.form}: ${r.start === null ? '…' : showMonth(r.start)} - ${r.end === null ? '…' : showMonth(r.end)}${r.partial === null ? '' : ` (${r.partial})`}` : r.kind;
};

describe('parsePeriod', () => {
  it('reads every period form of the East Sussex 2021/22 figures', () => {
    expect(span('2021/22')).toBe('financial-year: Apr 2021 - Mar 2022');
    expect(span('academic year 2021/22')).toBe('academic-year: Sep 2021 - Aug 2022');
    expect(span('Q1 2020/21')).toBe('quarter: Apr 2020 - Jun 2020');
    expect(span('Q2 2021/22')).toBe('quarter: Jul 2021 - Sep 2021');
    expect(span('end of Q3 2021/22')).toBe('point: Dec 2021 - Dec 2021');
    expect(span('end of 2020/21')).toBe('point: Mar 2021 - Mar 2021');
    expect(span('end of Mar 2022')).toBe('point: Mar 2022 - Mar 2022');
    expect(span('Jun 2020')).toBe('month: Jun 2020 - Jun 2020');
    expect(span('2018')).toBe('calendar-year: Jan 2018 - Dec 2018');
    expect(span('Oct 2019 - Mar 2022')).toBe('span: Oct 2019 - Mar 2022');
    expect(span('1 Apr 2021 - 31 Mar 2022')).toBe('span: Apr 2021 - Mar 2022');
    expect(span('27 Sep - 1 Oct 2021')).toBe('span: Sep 2021 - Oct 2021');
    expect(span('Mar 2020 - 2021/22')).toBe('span: Mar 2020 - Mar 2022');
    expect(span('Mar 2019 - Feb 2021 (implied)')).toBe('span: Mar 2019 - Feb 2021');
    expect(span('spring/summer 2021')).toBe('season: Mar 2021 - Aug 2021');
    expect(span('summer 2022')).toBe('season: Jun 2022 - Aug 2022');
    expect(span('last 8 months of 2021/22')).toBe('span: Aug 2021 - Mar 2022');
    expect(span('12 months to Mar 2022')).toBe('span: Apr 2021 - Mar 2022');
    expect(span('from 2022')).toBe('open: Jan 2022 - …');
    expect(span('to 2021/22')).toBe('open: … - Mar 2022');
    expect(span('by 2024')).toBe('open: … - Dec 2024');
    expect(span('current (2021/22 report)')).toBe('financial-year: Apr 2021 - Mar 2022');
    expect(span('to date (2021/22 report)')).toBe('financial-year: Apr 2021 - Mar 2022');
    expect(span('2021/22 (Qtr 4 awaited)')).toBe('financial-year: Apr 2021 - Dec 2021 (Q4 awaited)');
    expect(span('first national lockdown')).toBe('unreadable');
    expect(span('ongoing campaign periods')).toBe('unreadable');
  });

  it('says why a period that cannot be one is invalid', () => {
    expect(parsePeriod('2021/21')).toEqual({ kind: 'invalid', reason: '"2021/21" is not a financial year: its two years must be consecutive (2021/22)' });
    expect(parsePeriod('Q5 2021/22')).toEqual({ kind: 'invalid', reason: '"Q5 2021/22" names quarter 5, but a year has quarters 1 to 4' });
    expect(parsePeriod('Mar 2022 - Apr 2021').kind).toBe('invalid');
    expect(parsePeriod('1999/00').kind).toBe('period');
  });

  it('a financial year YYYY/YY is twelve months from April exactly when its years are consecutive', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 0, max: 99 }), (year, second) => {
        const text = `${year}/${String(second).padStart(2, '0')}`;
        const reading = parsePeriod(text);
        if (second === (year + 1) % 100) {
          expect(reading).toMatchObject({ kind: 'period', form: 'financial-year', start: year * 12 + 3 });
          expect(periodLength(reading)).toBe(12);
        } else {
          expect(reading.kind).toBe('invalid');
        }
      }),
    );
  });

  it('a quarter lies in its year: Qn is three months inside the financial year for n = 1..4, invalid otherwise', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 0, max: 9 }), (year, n) => {
        const fy = `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
        const quarter = parsePeriod(`Q${n} ${fy}`);
        const whole = parsePeriod(fy);
        if (n >= 1 && n <= 4 && quarter.kind === 'period' && whole.kind === 'period') {
          expect(periodLength(quarter)).toBe(3);
          expect(quarter.start).toBeGreaterThanOrEqual(whole.start ?? Infinity);
          expect(quarter.end).toBeLessThanOrEqual(whole.end ?? -Infinity);
        } else {
          expect(quarter.kind).toBe('invalid');
        }
      }),
    );
  });

  it('throws a typed error for a non-string', () => {
    expect(() => parsePeriod(7 as unknown as string)).toThrow(/parsePeriod/);
  });
});

import { assertString } from '../../stats/validate-input.js';

/**
 * The form of a period {@link parsePeriod} read.
 *
 * @example
 * const reading = parsePeriod('academic year 2021/22');
 * const form: PeriodForm | null = reading.kind === 'period' ? reading.form : null;
 * form; // => 'academic-year'
 */
export type PeriodForm = 'financial-year' | 'academic-year' | 'quarter' | 'calendar-year' | 'season' | 'month' | 'span' | 'point' | 'open';

/**
 * What {@link parsePeriod} reads in a period cell:
 * - `period`: the months it covers, `start` and `end` inclusive as month numbers (year × 12 + month − 1,
 *   so April 2021 is 24255), `null` at an open end ("from 2022", "by 2024"); `partial` names a part
 *   the text says is missing ("Qtr 4 awaited");
 * - `invalid`: it has the shape of a period but cannot be one ("2021/21", "Q5 2021/22"), with why;
 * - `unreadable`: no date scpkit can read ("first national lockdown", "ongoing campaign periods").
 *
 * @example
 * const reading: PeriodReading = parsePeriod('Apr 2020 - Mar 2021');
 * reading; // => { kind: 'period', form: 'span', start: 24243, end: 24254, partial: null }
 */
export type PeriodReading =
  | { readonly kind: 'period'; readonly form: PeriodForm; readonly start: number | null; readonly end: number | null; readonly partial: string | null }
  | { readonly kind: 'invalid'; readonly reason: string }
  | { readonly kind: 'unreadable' };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const SEASONS: Readonly<Record<string, number>> = { spring: 2, summer: 5, autumn: 8, winter: 11 };
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const FY = '(\\d{4})/(\\d{2})';

/** Month number of a month in a year. */
const at = (year: number, month: number): number => year * 12 + month;
const monthOf = (name: string): number => MONTHS.indexOf(name.slice(0, 3).toLowerCase());
const period = (form: PeriodForm, start: number | null, end: number | null, partial: string | null = null): PeriodReading => ({ kind: 'period', form, start, end, partial });
const invalid = (reason: string): PeriodReading => ({ kind: 'invalid', reason });

/** The first year of a financial year `YYYY/YY`, or an invalid reading when the years are not consecutive. */
function financialYear(text: string, first: string, second: string): number | PeriodReading {
  const start = Number(first);
  const next = (start + 1) % 100;
  if (Number(second) !== next) return invalid(`"${text}" is not a financial year: its two years must be consecutive (${start}/${String(next).padStart(2, '0')})`);
  return start;
}

/**
 * Reads a period cell as the report format writes it (`datasets/FORMAT.md` section 4): a financial
 * year `YYYY/YY` (April to March), `academic year YYYY/YY` (September to August), a quarter
 * `Qn YYYY/YY` (Q1 is April to June), a calendar year `YYYY`, a month `Mon YYYY`, a season
 * (`summer 2022`, `spring/summer 2021`), a span `A - B` of any of these (`27 Sep - 1 Oct 2021`,
 * `Mar 2020 - 2021/22`), a point (`end of Mar 2022`, `end of 2020/21`, `end of Q3 2021/22`),
 * `last N months of YYYY/YY`, `N months to Mon YYYY`, and open ends (`from 2022`, `to 2021/22`,
 * `by 2024`). A note in brackets is read too: `(Qtr 4 awaited)` leaves the last quarter out,
 * `(2021/22 report)` dates "current" or "to date" to the report's year, `(implied)` is ignored.
 * A financial year whose years are not consecutive, a quarter outside 1-4 or a span that ends
 * before it starts is `invalid`; anything else is `unreadable`.
 * @example
 * parsePeriod('2021/22');    // => { kind: 'period', form: 'financial-year', start: 24255, end: 24266, partial: null }
 * parsePeriod('Q2 2021/22'); // => { kind: 'period', form: 'quarter', start: 24258, end: 24260, partial: null }
 * parsePeriod('2021/21');    // => { kind: 'invalid', reason: '"2021/21" is not a financial year: its two years must be consecutive (2021/22)' }
 * parsePeriod('first national lockdown'); // => { kind: 'unreadable' }
 */
export function parsePeriod(text: string): PeriodReading {
  assertString('parsePeriod', 'text', text);
  let main = text.trim();
  let note: string | null = null;
  const bracket = /^(.*?)\s*\(([^()]*)\)$/.exec(main);
  if (bracket !== null) {
    main = (bracket[1] ?? '').trim();
    note = (bracket[2] ?? '').trim();
  }
  let reading = readMain(main.toLowerCase(), main);
  if (note === null) return reading;
  const report = new RegExp(`^${FY} report$`, 'i').exec(note);
  if (report !== null && reading.kind === 'unreadable' && /^(current|now|to date)$/i.test(main)) return readMain(`${report[1]}/${report[2]}`, note);
  const awaited = /^(?:qtr|quarter|q)\s*([1-4]) (?:data )?awaited$/i.exec(note);
  if (awaited !== null && reading.kind === 'period' && reading.form === 'financial-year' && reading.start !== null) {
    const quarters = Number(awaited[1]) - 1;
    return period('financial-year', reading.start, reading.start + quarters * 3 - 1, `Q${awaited[1]} awaited`);
  }
  if (/^implied$/i.test(note)) return reading;
  if (reading.kind === 'period') reading = { ...reading, partial: reading.partial ?? null };
  return reading;
}

function readMain(text: string, original: string): PeriodReading {
  let m: RegExpExecArray | null;
  if ((m = new RegExp(`^${FY}$`).exec(text)) !== null) {
    const y = financialYear(original, m[1] ?? '', m[2] ?? '');
    return typeof y === 'number' ? period('financial-year', at(y, 3), at(y + 1, 2)) : y;
  }
  if ((m = new RegExp(`^academic year ${FY}$`).exec(text)) !== null) {
    const y = financialYear(original.replace(/^academic year /i, ''), m[1] ?? '', m[2] ?? '');
    return typeof y === 'number' ? period('academic-year', at(y, 8), at(y + 1, 7)) : y;
  }
  if ((m = new RegExp(`^(end of )?(?:q|qtr|quarter)\\s*(\\d+) ${FY}$`).exec(text)) !== null) {
    const n = Number(m[2]);
    if (n < 1 || n > 4) return invalid(`"${original}" names quarter ${n}, but a year has quarters 1 to 4`);
    const y = financialYear(original.replace(/^.*?(\d{4}\/\d{2})$/, '$1'), m[3] ?? '', m[4] ?? '');
    if (typeof y !== 'number') return y;
    const first = at(y, 3 + (n - 1) * 3);
    return m[1] === undefined ? period('quarter', first, first + 2) : period('point', first + 2, first + 2);
  }
  if ((m = new RegExp(`^end of ${FY}$`).exec(text)) !== null) {
    const y = financialYear(original.replace(/^end of /i, ''), m[1] ?? '', m[2] ?? '');
    return typeof y === 'number' ? period('point', at(y + 1, 2), at(y + 1, 2)) : y;
  }
  if ((m = new RegExp(`^end of ${MONTH} (\\d{4})$`).exec(text)) !== null) {
    const month = at(Number(m[2]), monthOf(m[1] ?? ''));
    return period('point', month, month);
  }
  if ((m = new RegExp(`^last (\\d+) months of ${FY}$`).exec(text)) !== null) {
    const y = financialYear(original.replace(/^.*?(\d{4}\/\d{2})$/, '$1'), m[2] ?? '', m[3] ?? '');
    if (typeof y !== 'number') return y;
    const n = Number(m[1]);
    if (n < 1 || n > 12) return invalid(`"${original}" names ${n} months of a 12-month year`);
    return period('span', at(y + 1, 2) - n + 1, at(y + 1, 2));
  }
  if ((m = new RegExp(`^(\\d+) months to ${MONTH} (\\d{4})$`).exec(text)) !== null) {
    const end = at(Number(m[3]), monthOf(m[2] ?? ''));
    return period('span', end - Number(m[1]) + 1, end);
  }
  if ((m = /^(from|to|by) (.+)$/.exec(text)) !== null) {
    const inner = readMain(m[2] ?? '', original.replace(/^\S+ /, ''));
    if (inner.kind !== 'period') return inner;
    return m[1] === 'from' ? period('open', inner.start, null) : period('open', null, inner.end);
  }
  const single = readSingle(text, original);
  if (single !== null) return single;
  // A span "A - B": B read alone, A read alone or as "D Mon" / "Mon" in B's year.
  if ((m = /^(.+?)\s+[-–]\s+(.+)$/.exec(text)) !== null) {
    const endText = m[2] ?? '';
    const end = readSingle(endText, endText) ?? readMain(endText, endText);
    if (end.kind !== 'period') return end;
    let start = readSingle(m[1] ?? '', m[1] ?? '');
    if (start === null && end.end !== null) {
      const bare = new RegExp(`^(?:\\d{1,2} )?${MONTH}$`).exec(m[1] ?? '');
      if (bare !== null) {
        const year = Math.floor(end.end / 12);
        const month = at(year, monthOf(bare[1] ?? ''));
        start = period('month', month, month);
      }
    }
    if (start === null || start.kind !== 'period') return start ?? { kind: 'unreadable' };
    if (start.start === null || end.end === null) return { kind: 'unreadable' };
    if (end.end < start.start) return invalid(`"${original}" ends before it starts`);
    return period('span', start.start, end.end);
  }
  return { kind: 'unreadable' };
}

/** A single calendar unit: a year, a month (optionally with a day), a season or two seasons of one year; `null` otherwise. */
function readSingle(text: string, original: string): PeriodReading | null {
  let m: RegExpExecArray | null;
  if (new RegExp(`^${FY}$`).test(text)) return readMain(text, original);
  if ((m = /^(\d{4})$/.exec(text)) !== null) return period('calendar-year', at(Number(m[1]), 0), at(Number(m[1]), 11));
  if ((m = new RegExp(`^(?:(\\d{1,2})(?:st|nd|rd|th)? )?${MONTH} (\\d{4})$`).exec(text)) !== null) {
    const month = at(Number(m[3]), monthOf(m[2] ?? ''));
    return period('month', month, month);
  }
  if ((m = /^(spring|summer|autumn|winter)(?:\/(spring|summer|autumn|winter))? (\d{4})$/.exec(text)) !== null) {
    const year = Number(m[3]);
    const first = at(year, SEASONS[m[1] ?? ''] ?? 0);
    const last = at(year, SEASONS[m[2] ?? m[1] ?? ''] ?? 0) + 2;
    if (last < first) return invalid(`"${original}" ends before it starts`);
    return period('season', first, last);
  }
  return null;
}

/** Months a period covers (`null` when an end is open). */
export function periodLength(reading: PeriodReading): number | null {
  return reading.kind === 'period' && reading.start !== null && reading.end !== null ? reading.end - reading.start + 1 : null;
}

/** "Apr 2021" for a month number. */
export function showMonth(month: number): string {
  const name = MONTHS[((month % 12) + 12) % 12] ?? '';
  return `${name.charAt(0).toUpperCase()}${name.slice(1)} ${Math.floor(month / 12)}`;
}

import { InvalidInputError } from '../errors/index.js';
import { assertString } from '../stats/validate-input.js';

const YEAR_PAIR = /(?:^|[^0-9])((?:19|20)[0-9]{2})\/([0-9]{2})(?![0-9])/;
const YEAR = /(?:^|[^0-9])((?:19|20)[0-9]{2})(?![0-9/])/;

/**
 * The year a printed period starts in, for putting periods in time order: the first `YYYY/YY` it
 * contains ("2021/22", "end of 2021/22", "Q1 2020/21" and the misprint "2021/21" all start in the
 * first year), else its first four-digit year ("2020", "Mar 2019 - Feb 2021"); `null` when it has
 * none ("first national lockdown", empty). The text is not validated: it is what the report prints.
 *
 * @throws {InvalidInputError} when `period` is neither a string nor null.
 *
 * @example
 * periodStartYear('end of 2021/22'); // => 2021
 * periodStartYear('Oct 2019 - Mar 2022'); // => 2019
 * periodStartYear(null); // => null
 */
export function periodStartYear(period: string | null): number | null {
  assertPeriodText('periodStartYear', 'period', period);
  return periodStartYearUnchecked(period);
}

/** Internal: {@link periodStartYear} of a period already checked (a string or null). */
export function periodStartYearUnchecked(period: string | null): number | null {
  if (period === null) return null;
  const pair = YEAR_PAIR.exec(period);
  if (pair !== null) return Number(pair[1]);
  const year = YEAR.exec(period);
  return year === null ? null : Number(year[1]);
}

/**
 * Whether a printed period is (or is "end of", "Qn" of, "academic year") the financial year
 * `YYYY/YY` given: `periodIsYear('end of 2021/22', '2021/22') === true`, `periodIsYear('2020/21', '2021/22') === false`.
 * Only the `YYYY/YY` text is compared, so a misprint such as "2021/21" matches the year 2021/22
 * only through {@link periodStartYear}, never here.
 *
 * @throws {InvalidInputError} when `period` is neither a string nor null, or `year` is not a string.
 *
 * @example
 * periodIsYear('Q2 2021/22', '2021/22'); // => true
 */
export function periodIsYear(period: string | null, year: string): boolean {
  assertPeriodText('periodIsYear', 'period', period);
  assertString('periodIsYear', 'year', year);
  return periodIsYearUnchecked(period, year);
}

/** Internal: {@link periodIsYear} of arguments already checked. */
export function periodIsYearUnchecked(period: string | null, year: string): boolean {
  if (period === null) return false;
  const pair = YEAR_PAIR.exec(period);
  return pair !== null && `${pair[1]}/${pair[2]}` === year;
}

/** Internal: throws unless `period` is a period cell as a dataset holds it: a string, or null for none. */
export function assertPeriodText(fn: string, argument: string, period: unknown): asserts period is string | null {
  if (period !== null && typeof period !== 'string') throw new InvalidInputError(fn, argument, period, 'must be a string or null');
}

import { InvalidInputError } from '../errors/index.js';

const FINANCIAL_YEAR = /^(\d{4})\/(\d{2})$/;

/**
 * The first calendar year of a financial (or academic) year written 'YYYY/YY', checking that the
 * two years are consecutive: `financialYearStart('2021/22') === 2021`; '2021/23' and '2021-22' are
 * rejected. Consecutive financial years have starts one apart, and 'YYYY/YY' strings sort in time order.
 *
 * @example
 * financialYearStart('2021/22'); // => 2021
 * financialYearStart('2021/23'); // throws InvalidInputError
 * @param period - the year as written in the datasets.
 * @param fn - name of the calling function, for the error message (default `financialYearStart`).
 * @param argument - name of the argument that held `period`, for the error message (default `period`).
 * @throws {InvalidInputError} when `period` is not 'YYYY/YY' with YY the year after YYYY.
 */
export function financialYearStart(period: string, fn = 'financialYearStart', argument = 'period'): number {
  const match = typeof period === 'string' ? FINANCIAL_YEAR.exec(period) : null;
  if (match === null) {
    throw new InvalidInputError(fn, argument, period, "must be a financial year written 'YYYY/YY'");
  }
  const start = Number(match[1]);
  const expected = String((start + 1) % 100).padStart(2, '0');
  if (match[2] !== expected) {
    throw new InvalidInputError(fn, argument, period, `must name consecutive years ('${start}/${expected}')`);
  }
  return start;
}

import { assertStandardRows } from '../claims/check-claims-input.js';
import type { Figure } from '../dataset/schemas/figure.js';
import { assertObject, assertString } from '../stats/validate-input.js';

/**
 * Which rows of `figures.csv` to take: a measure `id`, and optionally its `area` (`null`: the
 * partnership's own, i.e. an empty area cell; absent: any area) and its `period` (the period cell,
 * exactly as written).
 *
 * @example
 * const selector: FigureSelector = { id: 'cdop-deaths', area: null, period: 'Apr 2020 - Mar 2021' };
 * describeFigureSelector(selector); // => 'measure "cdop-deaths" for the partnership itself in period "Apr 2020 - Mar 2021"'
 */
export interface FigureSelector {
  readonly id: string;
  readonly area?: string | null;
  readonly period?: string;
}

/**
 * The rows of `figures.csv` a selector matches, in file order.
 *
 * @example
 * const rows = loadDataset('datasets/east-sussex/2021-22').tables.figures ?? [];
 * selectFigures(rows, { id: 'cdop-deaths' }).map((f) => [f.area, f.value]); // => [['Sussex', 54], [null, 17]]
 * selectFigures(rows, { id: 'cdop-deaths', area: null }).map((f) => f.value); // => [17]
 * @throws {InvalidInputError} when `rows` are not figures rows (as `parseDataset` gives them) or the
 *   selector is not `{ id, area?, period? }` with a string id, a string or null area and a string period.
 */
export function selectFigures(rows: readonly Figure[], selector: FigureSelector): Figure[] {
  const fn = 'selectFigures';
  assertStandardRows(fn, 'rows', 'figures', rows);
  assertFigureSelector(fn, 'selector', selector);
  return selectFiguresUnchecked(rows, selector);
}

/** Internal: {@link selectFigures} of rows and a selector already checked. */
export function selectFiguresUnchecked(rows: readonly Figure[], selector: FigureSelector): Figure[] {
  return rows.filter(
    (row) =>
      row.id === selector.id &&
      (selector.area === undefined || row.area === selector.area || (selector.area === '' && row.area === null)) &&
      (selector.period === undefined || row.period === selector.period),
  );
}

/**
 * "measure "x"", "measure "x" for area "Sussex" in period "2020/21"": a selector in words, for messages.
 *
 * @example
 * describeFigureSelector({ id: 'cdop-deaths', area: null }); // => 'measure "cdop-deaths" for the partnership itself'
 * describeFigureSelector({ id: 'cdop-deaths', area: 'Sussex', period: '2020/21' }); // => 'measure "cdop-deaths" for area "Sussex" in period "2020/21"'
 * @throws {InvalidInputError} when the selector is not `{ id, area?, period? }` (see {@link selectFigures}).
 */
export function describeFigureSelector(selector: FigureSelector): string {
  assertFigureSelector('describeFigureSelector', 'selector', selector);
  return describeFigureSelectorUnchecked(selector);
}

/** Internal: {@link describeFigureSelector} of a selector already checked. */
export function describeFigureSelectorUnchecked(selector: FigureSelector): string {
  const area = selector.area === undefined ? '' : selector.area === null || selector.area === '' ? ' for the partnership itself' : ` for area ${JSON.stringify(selector.area)}`;
  const period = selector.period === undefined ? '' : ` in period ${JSON.stringify(selector.period)}`;
  return `measure ${JSON.stringify(selector.id)}${area}${period}`;
}

/**
 * Internal: throws unless `selector` is a {@link FigureSelector}: a string `id`, `area` absent, null
 * or a string, and `period` absent or a string. Other keys are ignored, as the type allows (a
 * reference's `{ type: 'figure', id, ... }` selector is one).
 */
export function assertFigureSelector(fn: string, argument: string, selector: unknown): asserts selector is FigureSelector {
  assertObject(fn, argument, selector, 'a selector { id, area?, period? }');
  assertString(fn, `${argument}.id`, selector['id']);
  const { area, period } = selector;
  if (area !== undefined && area !== null) assertString(fn, `${argument}.area`, area);
  if (period !== undefined) assertString(fn, `${argument}.period`, period);
}

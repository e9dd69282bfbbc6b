import type { Figure } from '../dataset/schemas/figure.js';

/**
 * Which rows of `figures.csv` to take: a measure `id`, and optionally its `area` (`null`: the
 * partnership's own, i.e. an empty area cell; absent: any area) and its `period` (the period cell,
 * exactly as written).
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
 * selectFigures(rows, { id: 'cdop-deaths', area: null }); // the partnership's own row(s) of the measure
 */
export function selectFigures(rows: readonly Figure[], selector: FigureSelector): Figure[] {
  return rows.filter(
    (row) =>
      row.id === selector.id &&
      (selector.area === undefined || row.area === selector.area || (selector.area === '' && row.area === null)) &&
      (selector.period === undefined || row.period === selector.period),
  );
}

/** "measure "x"", "measure "x" for area "Sussex" in period "2020/21"": a selector in words, for messages. */
export function describeFigureSelector(selector: FigureSelector): string {
  const area = selector.area === undefined ? '' : selector.area === null || selector.area === '' ? ' for the partnership itself' : ` for area ${JSON.stringify(selector.area)}`;
  const period = selector.period === undefined ? '' : ` in period ${JSON.stringify(selector.period)}`;
  return `measure ${JSON.stringify(selector.id)}${area}${period}`;
}

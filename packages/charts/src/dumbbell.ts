import { changeShown, InvalidInputError, PERCENT_CHANGE_MIN_BASE, formatFigure, type ChangeUnit } from '@scpkit/core';
import { figureOf, type Figure, type FigureOptions } from './figure.js';
import { d3Format, fittedTickCount, withFigureFrame, expressionString } from './spec.js';
import { ANALYSIS_FUNCTION_PALETTE, MUTED_COLOUR } from './theme.js';
import { requireFigureOptions, requireFinite, requireOneOf, requireRows, requireText, requireUnique } from './validate.js';

/**
 * One item compared between two periods.
 *
 * @example
 * const row: DumbbellRow = { item: 'Young carers', previous: 1150, current: null };
 * dumbbell([row], { id: 'carers', title: 'Young carers', description: 'No 2021/22 figure.', previousLabel: '2020/21', currentLabel: '2021/22', valueTitle: 'Children' }).table.rows[0]; // => ['Young carers', 1150, '[x]', '[x]']
 */
export interface DumbbellRow {
  readonly item: string;
  /** Value in the earlier period; `null` when the source prints none (drawn as no point, `[x]` in the table, never 0). */
  readonly previous: number | null;
  /** Value in the later period; `null` when the source prints none (drawn as no point, `[x]` in the table, never 0). */
  readonly current: number | null;
  /**
   * The change computed by the library (e.g. `@scpkit/core`'s percent change, as a fraction:
   * 0.12 for +12%). When absent the label shows the difference `current - previous`.
   */
  readonly change?: number;
  /** What the report printed for this change, verbatim (e.g. `"↑ 12%"`), shown beside the computed label. */
  readonly printed?: string;
  /**
   * Marks the row for attention (e.g. the printed change disagrees with the computed one): its label
   * is drawn bold in dark pink and the data table gains a column (`options.highlightTitle`).
   */
  readonly highlight?: boolean;
  /**
   * Panel of the row (e.g. "Income", "Expenditure"): when rows carry groups, each group is drawn as
   * its own panel, titled with the group, in order of first appearance, all on one value scale.
   */
  readonly group?: string;
}

/**
 * Options of {@link dumbbell}.
 *
 * @example
 * const options: DumbbellOptions = { id: 'budget-change', title: 'Budget lines', description: 'Most lines are unchanged.', previousLabel: '2021/22', currentLabel: '2022/23', valueTitle: 'Amount (£)', changeUnit: 'GBP' };
 * dumbbell([{ item: 'Trainer', previous: 54386, current: 58000 }], options).table.rows[0]; // => ['Trainer', 54386, 58000, 3614, 6.65, '+7%']
 */
export interface DumbbellOptions extends FigureOptions {
  /** Label of the earlier period, e.g. `"2020/21"`. */
  readonly previousLabel: string;
  /** Label of the later period, e.g. `"2021/22"`. */
  readonly currentLabel: string;
  /** Title of the value axis, e.g. `"Children subject to a plan"`. */
  readonly valueTitle: string;
  /** Header of the item column of the data table. Default `"Item"`. */
  readonly itemTitle?: string;
  /** d3-format for values (axis, difference label). Default `",~r"`. */
  readonly valueFormat?: string;
  /** d3-format for `change` when given. Default `"+.0%"`. */
  readonly changeFormat?: string;
  /**
   * `linear` (default) or `log`: a log scale keeps items of very different sizes readable on one
   * axis (equal ratios look equal); it needs every value to be positive.
   */
  readonly valueScale?: 'linear' | 'log';
  /** Header of the table column that records `highlight` (present when any row sets it). Default `"Highlighted"`. */
  readonly highlightTitle?: string;
  /**
   * Unit of the values, `count` or `GBP`. Given, every label is `@scpkit/core`'s `changeShown`: "no
   * change", a whole percentage, or (on a base below `PERCENT_CHANGE_MIN_BASE`, 10 or £1,000) the
   * difference, and the subtitle says so where that rule applies; rows' `change` is then ignored.
   * Without it, rows' `change` is shown as given, and is taken to be of counts.
   */
  readonly changeUnit?: ChangeUnit;
}

/**
 * Year-on-year dumbbell: per item a muted connector from the previous to the current value, a point
 * for each period (previous a turquoise ring, current a dark-blue dot drawn over it, so equal or close
 * values stay readable and colour is not the only cue), and beside it the computed change
 * (the row's `change`, else the difference) followed by what the report printed, e.g.
 * `+12% (report: ↑ 12%)`. Items keep the order given. The data table has one row per item.
 * A value the source does not print is `null`: that period's point is not drawn, the label says
 * "no <period> figure", and the table shows `[x]` (not available). Highlighted rows carry a bold
 * dark-pink label. Equal values are labelled "no change", never "+0%". Percentage changes shown are
 * recorded (`usermeta.scpkit.percentChanges`) for the figure lint's small-base rule.
 *
 * @example
 * const figure = dumbbell(
 *   [{ item: 'Family contacts', previous: 13218, current: 17011, printed: 'up 29%' }],
 *   { id: 'contacts-change', title: 'Family contacts', description: 'Contacts rose by 29%.', previousLabel: '2020/21', currentLabel: '2021/22', valueTitle: 'Contacts', changeUnit: 'count' },
 * );
 * figure.table; // => { columns: ['Item', '2020/21', '2021/22', 'Difference', 'Change (%)', 'Change shown', 'Change (report)'], rows: [['Family contacts', 13218, 17011, 3793, 28.7, '+29%', 'up 29%']] }
 */
export function dumbbell(rows: readonly DumbbellRow[], options: DumbbellOptions): Figure {
  const fn = 'dumbbell';
  requireFigureOptions(fn, options);
  requireRows(fn, rows);
  const previousLabel = requireText(fn, 'options.previousLabel', options.previousLabel);
  const currentLabel = requireText(fn, 'options.currentLabel', options.currentLabel);
  const valueTitle = requireText(fn, 'options.valueTitle', options.valueTitle);
  if (previousLabel === currentLabel) {
    throw new InvalidInputError(fn, 'options.currentLabel', currentLabel, 'must differ from options.previousLabel');
  }
  const itemTitle = options.itemTitle ?? 'Item';
  const valueFormat = options.valueFormat ?? ',~r';
  const changeFormat = options.changeFormat ?? '+.0%';
  const valueScale = requireOneOf(fn, 'options.valueScale', options.valueScale ?? 'linear', ['linear', 'log']);
  const highlightTitle = requireText(fn, 'options.highlightTitle', options.highlightTitle ?? 'Highlighted');
  rows.forEach((r, i) => {
    requireText(fn, `rows[${i}].item`, r.item);
    for (const key of ['previous', 'current'] as const) {
      const value = r[key];
      if (value === null) continue;
      requireFinite(fn, `rows[${i}].${key}`, value);
      if (valueScale === 'log' && value <= 0) {
        throw new InvalidInputError(fn, `rows[${i}].${key}`, value, 'must be positive on a log scale');
      }
    }
    if (r.previous === null && r.current === null) {
      throw new InvalidInputError(fn, `rows[${i}]`, r.item, 'has neither a previous nor a current value');
    }
    if (r.change !== undefined) {
      requireFinite(fn, `rows[${i}].change`, r.change);
      if (r.previous === null || r.current === null) {
        throw new InvalidInputError(fn, `rows[${i}].change`, r.change, 'cannot be given when a value is missing');
      }
    }
    if (r.printed !== undefined) requireText(fn, `rows[${i}].printed`, r.printed);
    if (r.highlight !== undefined && typeof r.highlight !== 'boolean') {
      throw new InvalidInputError(fn, `rows[${i}].highlight`, r.highlight, 'must be true or false');
    }
  });
  requireUnique(fn, 'rows.item', rows.map((r) => r.item));
  if (options.changeUnit !== undefined) requireOneOf(fn, 'options.changeUnit', options.changeUnit, ['count', 'GBP']);
  rows.forEach((r, i) => {
    if (r.group !== undefined) requireText(fn, `rows[${i}].group`, r.group);
  });
  const changeUnit = options.changeUnit;
  const anyChange = rows.some((r) => r.change !== undefined) || changeUnit !== undefined;
  const anyPrinted = rows.some((r) => r.printed !== undefined);
  const anyHighlight = rows.some((r) => r.highlight !== undefined);
  const groups = [...new Set(rows.map((r) => r.group).filter((g): g is string => g !== undefined))];
  if (groups.length > 0 && rows.some((r) => r.group === undefined)) {
    throw new InvalidInputError(fn, 'rows', rows.findIndex((r) => r.group === undefined), 'mixes rows with and without a group; give every row one, or none');
  }

  const formatValue = d3Format(valueFormat);
  const formatChange = d3Format(changeFormat);
  const percentChanges: { item: string; base: number; unit: ChangeUnit }[] = [];
  let smallBases = 0;
  const values = rows.map((r) => {
    const difference = r.previous === null || r.current === null ? null : r.current - r.previous;
    let change: number | null = r.change ?? null;
    let percent: number | null = null;
    let text: string;
    if (difference === null) text = `no ${r.previous === null ? previousLabel : currentLabel} figure`;
    else if (changeUnit !== undefined) {
      const shown = changeShown(r.previous!, r.current!, changeUnit);
      text = shown.text;
      change = shown.kind === 'percent' ? shown.percent / 100 : null;
      percent = shown.kind === 'percent' ? shown.percent : null;
      if (shown.kind === 'percent') percentChanges.push({ item: r.item, base: r.previous!, unit: changeUnit });
      if (shown.kind === 'difference' && shown.smallBase) smallBases += 1;
    } else if (difference === 0) text = 'no change';
    else if (r.change !== undefined) {
      text = formatChange(r.change);
      percentChanges.push({ item: r.item, base: r.previous!, unit: 'count' });
    } else text = `${difference > 0 ? '+' : ''}${formatValue(difference)}`;
    return {
      item: r.item,
      group: r.group ?? null,
      previous: r.previous,
      current: r.current,
      difference,
      change,
      percent,
      printed: r.printed ?? null,
      highlight: r.highlight ?? false,
      label: r.printed === undefined ? text : `${text} (report: ${r.printed})`,
      shown: text,
    };
  });
  const periodLabel = `datum.period === 'previous' ? ${expressionString(previousLabel)} : ${expressionString(currentLabel)}`;
  const scale = valueScale === 'log' ? { type: 'log' } : {};
  const labelMark = { type: 'text', align: 'left', baseline: 'middle', dx: 10 };
  const known = rows.flatMap((r) => [r.previous, r.current]).filter((v): v is number => v !== null);
  const width = options.width ?? 420;
  const tickCount = valueScale === 'log' ? undefined : fittedTickCount(Math.min(...known), Math.max(...known), width, valueFormat);
  const axis = tickCount === undefined ? { format: valueFormat } : { format: valueFormat, tickCount };
  const [blue, turquoise] = ANALYSIS_FUNCTION_PALETTE;
  // The label sits right of the item's larger value (or its only one); highlighted rows get a second, bold layer.
  const view = (order: readonly string[], group: string | null) => {
    const y = { field: 'item', type: 'nominal', sort: order, title: null, axis: { labelPadding: 12 } };
    const labelEncoding = { y, x: { field: 'labelAt', type: 'quantitative' }, text: { field: 'label', type: 'nominal' } };
    const labelTransforms = [{ calculate: 'isValid(datum.difference) ? max(datum.previous, datum.current) : isValid(datum.previous) ? datum.previous : datum.current', as: 'labelAt' }];
    return {
      ...(group === null ? {} : { title: { text: group, fontSize: 13, anchor: 'start', frame: 'group', offset: 6 }, transform: [{ filter: { field: 'group', equal: group } }] }),
      width,
      height: { step: 30 },
      layer: [
        {
          transform: [{ filter: 'isValid(datum.difference)' }],
          mark: { type: 'rule', strokeWidth: 3, color: MUTED_COLOUR, opacity: 0.6 },
          encoding: {
            y,
            x: { field: 'previous', type: 'quantitative', title: valueTitle, axis, scale },
            x2: { field: 'current' },
          },
        },
        // Previous as a ring under current as a smaller dot: one layer per period, one legend (fill and stroke share their field).
        ...(['previous', 'current'] as const).map((period) => ({
          transform: [
            { fold: [period], as: ['period', 'value'] },
            { filter: 'isValid(datum.value)' },
            { calculate: periodLabel, as: 'periodLabel' },
          ],
          mark: { type: 'point', filled: true, opacity: 1, strokeWidth: 2, size: period === 'previous' ? 150 : 70 },
          encoding: {
            y,
            x: { field: 'value', type: 'quantitative' },
            fill: { field: 'periodLabel', type: 'nominal', title: null, scale: { domain: [previousLabel, currentLabel], range: ['#FFFFFF', blue] } },
            stroke: { field: 'periodLabel', type: 'nominal', title: null, scale: { domain: [previousLabel, currentLabel], range: [turquoise, blue] } },
            tooltip: [
              { field: 'item', type: 'nominal', title: itemTitle },
              { field: 'periodLabel', type: 'nominal', title: 'Period' },
              { field: 'value', type: 'quantitative', title: valueTitle, format: valueFormat },
            ],
          },
        })),
        { transform: [...labelTransforms, { filter: '!datum.highlight' }], mark: labelMark, encoding: labelEncoding },
        {
          transform: [...labelTransforms, { filter: 'datum.highlight' }],
          mark: { ...labelMark, fontWeight: 'bold', color: ANALYSIS_FUNCTION_PALETTE[2] },
          encoding: labelEncoding,
        },
      ],
    };
  };
  const rule =
    smallBases > 0 && changeUnit !== undefined
      ? `changes from a base under ${formatFigure(PERCENT_CHANGE_MIN_BASE[changeUnit], { unit: changeUnit })} are shown ${changeUnit === 'GBP' ? 'in pounds' : 'as a difference'}, not as a percentage`
      : undefined;
  const framed = rule === undefined ? options : { ...options, subtitle: options.subtitle === undefined ? capitalised(rule) : `${options.subtitle}; ${rule}` };
  const body =
    groups.length === 0
      ? { data: { values }, ...view(rows.map((r) => r.item), null) }
      : { data: { values }, vconcat: groups.map((g) => view(rows.filter((r) => r.group === g).map((r) => r.item), g)), spacing: 16, resolve: { scale: { x: 'shared' } } };
  const spec = withFigureFrame(framed, body, percentChanges.length === 0 ? {} : { percentChanges });

  const columns = groups.length > 0 ? [itemTitle, 'Group', previousLabel, currentLabel, 'Difference'] : [itemTitle, previousLabel, currentLabel, 'Difference'];
  if (anyChange) columns.push(...(changeUnit === undefined ? ['Change (computed)'] : ['Change (%)', 'Change shown']));
  if (anyPrinted) columns.push('Change (report)');
  if (anyHighlight) columns.push(highlightTitle);
  const tableRows = values.map((v) => {
    const row: (string | number)[] = [v.item, ...(groups.length > 0 ? [v.group ?? '[x]'] : []), v.previous ?? '[x]', v.current ?? '[x]', v.difference ?? '[x]'];
    if (anyChange) {
      row.push(v.change === null ? (changeUnit === undefined || v.difference === null ? '[x]' : '[z]') : changeUnit === undefined ? v.change : (v.percent ?? '[z]'));
      if (changeUnit !== undefined) row.push(v.shown);
    }
    if (anyPrinted) row.push(v.printed ?? '[x]');
    if (anyHighlight) row.push(v.highlight ? 'yes' : 'no');
    return row;
  });
  return figureOf(options, spec, { columns, rows: tableRows });
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

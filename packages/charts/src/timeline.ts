import { InvalidInputError } from '@scpkit/core';
import { figureOf, type Figure, type FigureOptions } from './figure.js';
import { withFigureFrame } from './spec.js';
import { ANALYSIS_FUNCTION_PALETTE } from './theme.js';
import { requireFigureOptions, requireRows, requireText, requireUnique } from './validate.js';

/**
 * One bar of a timeline: an item (e.g. a board member and role) and the months it starts and ends,
 * as printed ('YYYY-MM'). `null` means the source prints no such date: the bar then runs from the
 * start (or to the end) of the period shown.
 *
 * @example
 * const row: TimelineRow = { item: 'Independent Chair', detail: 'Reg Hooke', start: null, end: '2022-02', group: 'Left during the year' };
 * timeline([row], { id: 'board', title: 'Board', description: 'The chair left.', periodStart: '2021-04', periodEnd: '2022-03' }).table.rows[0]!.at(-1); // => 'Apr 2021 to Feb 2022'
 */
export interface TimelineRow {
  readonly item: string;
  readonly start: string | null;
  readonly end: string | null;
  /** Colour group, e.g. "Left during the year". At most 6 groups (the palette's length). */
  readonly group: string;
  /** A second, shorter line of the row label (e.g. the member's role), drawn under `item`. */
  readonly detail?: string;
}

/**
 * Options of {@link timeline}.
 *
 * @example
 * const options: TimelineOptions = { id: 'board', title: 'Board', description: 'A member joined.', periodStart: '2021-04', periodEnd: '2022-03', itemTitle: 'Member', groupTitle: 'Change' };
 * timeline([{ item: 'Director', start: '2021-09', end: null, group: 'Joined during the year' }], options).table; // => { columns: ['Member', 'Change', 'From (printed)', 'To (printed)', 'Shown'], rows: [['Director', 'Joined during the year', '2021-09', '[x]', 'Sep 2021 to Mar 2022']] }
 */
export interface TimelineOptions extends FigureOptions {
  /** First month shown, 'YYYY-MM'. */
  readonly periodStart: string;
  /** Last month shown, 'YYYY-MM' (inclusive). */
  readonly periodEnd: string;
  /** Header of the item column of the data table. Default `"Item"`. */
  readonly itemTitle?: string;
  /** Header of the group column of the data table and legend title. Default `"Group"`. */
  readonly groupTitle?: string;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** Months since year 0 of a 'YYYY-MM' string; throws naming `argument` when malformed. */
function monthNumber(fn: string, argument: string, value: unknown): number {
  const match = typeof value === 'string' ? MONTH.exec(value) : null;
  if (match === null) throw new InvalidInputError(fn, argument, value, "must be a month 'YYYY-MM'");
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}

/** 'Mon YYYY' of a month number. */
function monthLabel(month: number): string {
  return `${MONTH_NAMES[month % 12]} ${Math.floor(month / 12)}`;
}

/**
 * Timeline (Gantt-style) chart: one horizontal bar per item from the start of its first month to
 * the end of its last month, coloured by group, over a month axis of the period shown. A month
 * printed as "from Feb 2022" starts the bar on 1 February; "to Feb 2022" ends it on 28/29 February,
 * so a handover within a month shows as an overlap of one month. The axis is a month count with
 * month-name labels at month starts (no time-zone dependent date parsing), so output is the same
 * everywhere.
 * Items keep the order given. The data table gives item, group, the printed start and end (`[x]`
 * when none is printed) and the months shown.
 *
 * @example
 * const figure = timeline([{ item: 'Independent Chair', start: null, end: '2022-02', group: 'Left during the year' }], {
 *   id: 'board-changes', title: 'Board membership', description: 'The chair left in February.', periodStart: '2021-04', periodEnd: '2022-03',
 * });
 * figure.table; // => { columns: ['Item', 'Group', 'From (printed)', 'To (printed)', 'Shown'], rows: [['Independent Chair', 'Left during the year', '[x]', '2022-02', 'Apr 2021 to Feb 2022']] }
 * @throws {InvalidInputError} for bad options, malformed months, a start after its end, a month
 *   outside the period, repeated items or more than 6 groups.
 */
export function timeline(rows: readonly TimelineRow[], options: TimelineOptions): Figure {
  const fn = 'timeline';
  requireFigureOptions(fn, options);
  requireRows(fn, rows);
  const first = monthNumber(fn, 'options.periodStart', options.periodStart);
  const last = monthNumber(fn, 'options.periodEnd', options.periodEnd);
  if (last < first) throw new InvalidInputError(fn, 'options.periodEnd', options.periodEnd, `must not be before periodStart (${options.periodStart})`);
  const itemTitle = options.itemTitle ?? 'Item';
  const groupTitle = options.groupTitle ?? 'Group';
  const values = rows.map((r, i) => {
    requireText(fn, `rows[${i}].item`, r.item);
    requireText(fn, `rows[${i}].group`, r.group);
    const start = r.start === null ? first : monthNumber(fn, `rows[${i}].start`, r.start);
    const end = r.end === null ? last : monthNumber(fn, `rows[${i}].end`, r.end);
    if (start < first || start > last) throw new InvalidInputError(fn, `rows[${i}].start`, r.start, `must lie within ${options.periodStart} to ${options.periodEnd}`);
    if (end < first || end > last) throw new InvalidInputError(fn, `rows[${i}].end`, r.end, `must lie within ${options.periodStart} to ${options.periodEnd}`);
    if (end < start) throw new InvalidInputError(fn, `rows[${i}].end`, r.end, `must not be before the start (${r.start ?? options.periodStart})`);
    const shown = `${monthLabel(start)} to ${monthLabel(end)}`;
    if (r.detail !== undefined) requireText(fn, `rows[${i}].detail`, r.detail);
    return { key: r.detail === undefined ? r.item : `${r.item}\n${r.detail}`, detail: r.detail ?? null, item: r.item, group: r.group, start: start - first, end: end - first + 1, printedStart: r.start, printedEnd: r.end, shown };
  });
  requireUnique(fn, 'rows.item', rows.map((r) => r.item));
  const groups = [...new Set(rows.map((r) => r.group))];
  if (groups.length > ANALYSIS_FUNCTION_PALETTE.length) {
    throw new InvalidInputError(fn, 'rows.group', groups, `has more than ${ANALYSIS_FUNCTION_PALETTE.length} groups (palette colours)`);
  }
  const anyDetail = values.some((v) => v.detail !== null);
  const months = last - first + 1;
  // Month names at the start of every step-th month of the period (at most 6 labels); the end of
  // the last month (the start of the month after the period) is left unlabelled. tickCount is set
  // to the number of values, or the theme's tickCount would thin them out.
  const step = Math.ceil(months / 6);
  const tickValues = Array.from({ length: Math.ceil(months / step) }, (_, k) => k * step);
  const names = Array.from({ length: months }, (_, k) => monthLabel(first + k));
  const labelExpr = `${JSON.stringify(names)}[datum.value]`;

  const spec = withFigureFrame(options, {
    width: options.width ?? 480,
    height: { step: anyDetail ? 36 : 22 },
    data: { values },
    mark: { type: 'bar', height: { band: 0.7 } },
    encoding: {
      // Two-line labels: vega draws a label given as an array of lines; the block is raised half a line to sit centred on its bar.
      y: { field: 'key', type: 'nominal', sort: values.map((v) => v.key), title: null, ...(anyDetail ? { axis: { labelExpr: "split(datum.label, '\\n')", labelOffset: -6 } } : {}) },
      x: {
        field: 'start',
        type: 'quantitative',
        title: null,
        scale: { domain: [0, months], nice: false },
        axis: { values: tickValues, labelExpr, grid: true, labelOverlap: false, labelFlush: false, tickCount: tickValues.length },
      },
      x2: { field: 'end' },
      color: {
        field: 'group',
        type: 'nominal',
        title: null,
        scale: { domain: groups, range: ANALYSIS_FUNCTION_PALETTE.slice(0, groups.length) },
      },
      tooltip: [
        { field: 'item', type: 'nominal', title: itemTitle },
        { field: 'group', type: 'nominal', title: groupTitle },
        { field: 'shown', type: 'nominal', title: 'Shown' },
      ],
    },
  });
  return figureOf(options, spec, {
    columns: anyDetail ? [itemTitle, 'Detail', groupTitle, 'From (printed)', 'To (printed)', 'Shown'] : [itemTitle, groupTitle, 'From (printed)', 'To (printed)', 'Shown'],
    rows: values.map((v) => [v.item, ...(anyDetail ? [v.detail ?? '[x]'] : []), v.group, v.printedStart ?? '[x]', v.printedEnd ?? '[x]', v.shown]),
  });
}

import { InvalidInputError, roundHalfUp, type SpcSummary, type SpecialCause, type VariationClass } from '@scpkit/core';
import { figureOf, type Figure, type FigureOptions } from './figure.js';
import { variationIcon } from './making-data-count.js';
import { expressionString, withFigureFrame } from './spec.js';
import { ANALYSIS_FUNCTION_PALETTE, MUTED_COLOUR } from './theme.js';
import { requireFigureOptions, requireText } from './validate.js';

/** Options of {@link spcChart}. */
export interface SpcChartOptions extends FigureOptions {
  /** Title of the value axis and of the value column of the data table, e.g. "Re-referrals (%)". */
  readonly valueTitle: string;
  /** Header of the period column of the data table. Default `"Period"`. */
  readonly periodTitle?: string;
  /** d3-format of the value axis. Default `",~r"`. */
  readonly valueFormat?: string;
  /** Height of the plotting area in pixels. Default 160. */
  readonly height?: number;
  /** Decimal places of the computed mean and limits in the data table (half up). Default 2. */
  readonly digits?: number;
  /** Periods to label on the time axis (default: every period, or every fourth when there are more than 8). */
  readonly axisPeriods?: readonly string[];
  /** Text to print for a labelled period instead of the period itself (e.g. `'Q1 2019/20'` as `'2019/20'`). */
  readonly axisLabels?: Readonly<Record<string, string>>;
  /** Title of the time axis. Default: none. */
  readonly periodAxisTitle?: string;
}

const ORDER: readonly VariationClass[] = ['common-cause', 'special-cause-improving', 'special-cause-concerning', 'special-cause-neither'];

/**
 * An XmR (individuals) statistical process control chart of an {@link SpcSummary} in the NHS
 * "Making Data Count" style: the values joined by a line, the mean (solid) and the process limits
 * (dashed) of each segment, the target (orange, dotted) when there is one, and every point coloured
 * and shaped by its variation class (grey circle common cause; blue improving, orange concerning
 * triangles pointing to the side; purple diamond neither), with a legend in words, so no class
 * relies on colour. The data table has one row per point: period, value, mean, lower and upper
 * limit, target, the variation class in words and every rule that marks the point.
 *
 * @example
 * const s = spcSummary([5, 6, 5, 7, 6, 5, 6], { improvement: 'increase', periods: ['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6', 'Q7'] });
 * spcChart(s, { id: 'x', title: 'X', description: 'X is stable.', valueTitle: 'Count' }).table.columns;
 * // => ['Period', 'Count', 'Mean', 'Lower process limit', 'Upper process limit', 'Target', 'Variation', 'Rules']
 * @throws {InvalidInputError} for bad figure options, a summary without periods, or bad height or digits.
 */
export function spcChart(summary: SpcSummary, options: SpcChartOptions): Figure {
  const fn = 'spcChart';
  requireFigureOptions(fn, options);
  const valueTitle = requireText(fn, 'options.valueTitle', options.valueTitle);
  if (summary === null || typeof summary !== 'object' || !Array.isArray(summary.points) || summary.points.length === 0) {
    throw new InvalidInputError(fn, 'summary', summary, 'must be the result of spcSummary');
  }
  const height = options.height ?? 160;
  if (!Number.isInteger(height) || height < 40) throw new InvalidInputError(fn, 'options.height', height, 'must be a whole number of at least 40');
  const digits = options.digits ?? 2;
  if (!Number.isInteger(digits) || digits < 0 || digits > 10) throw new InvalidInputError(fn, 'options.digits', digits, 'must be a whole number from 0 to 10');
  const periods = summary.points.map((p, i) => {
    if (p.period === null) throw new InvalidInputError(fn, `summary.points[${i}].period`, p.period, 'must be a label: call spcSummary with periods');
    return p.period;
  });
  const axisPeriods = options.axisPeriods ?? (periods.length > 8 ? periods.filter((_, i) => i % 4 === 0) : periods);
  const target = summary.target;
  const round = (x: number) => roundHalfUp(x, digits);
  const values = summary.points.map((p) => {
    const icon = variationIcon(p.variationClass, p.side);
    return {
      period: p.period,
      value: p.value,
      mean: round(p.mean),
      lower: round(p.lower),
      upper: round(p.upper),
      segment: p.segment,
      ...(target === null ? {} : { target }),
      variation: icon.text,
      variationOrder: ORDER.indexOf(p.variationClass),
    };
  });
  // Legend: only the classes present, in a fixed order, each with its colour and shape.
  const present = ORDER.filter((v) => summary.points.some((p) => p.variationClass === v));
  const legendEntries = present.flatMap((v) => {
    const sides = [...new Set(summary.points.filter((p) => p.variationClass === v).map((p) => p.side))];
    return sides.map((side) => variationIcon(v, side));
  });
  const [blue, , , orange] = ANALYSIS_FUNCTION_PALETTE;
  const relabel = Object.entries(options.axisLabels ?? {});
  const labelExpr = relabel.reduceRight((rest, [from, to]) => `datum.label === ${expressionString(from)} ? ${expressionString(to)} : ${rest}`, 'datum.label');
  const x = {
    field: 'period',
    type: 'ordinal',
    sort: periods,
    title: options.periodAxisTitle ?? null,
    axis: { labelAngle: 0, values: [...axisPeriods], labelOverlap: true, ...(relabel.length === 0 ? {} : { labelExpr }) },
  };
  const limitLine = (field: string) => ({
    mark: { type: 'line', color: MUTED_COLOUR, strokeDash: [5, 3], strokeWidth: 1.2, interpolate: 'step-after' },
    encoding: { x, y: { field, type: 'quantitative' }, detail: { field: 'segment', type: 'nominal' } },
  });
  const layers: Record<string, unknown>[] = [
    limitLine('upper'),
    limitLine('lower'),
    {
      mark: { type: 'line', color: MUTED_COLOUR, strokeWidth: 1.2 },
      encoding: { x, y: { field: 'mean', type: 'quantitative' }, detail: { field: 'segment', type: 'nominal' } },
    },
  ];
  if (target !== null) {
    layers.push({ mark: { type: 'line', color: orange, strokeDash: [2, 2], strokeWidth: 1.5 }, encoding: { x, y: { field: 'target', type: 'quantitative' } } });
  }
  layers.push(
    { mark: { type: 'line', color: blue, strokeWidth: 1.5, opacity: 0.6 }, encoding: { x, y: { field: 'value', type: 'quantitative' } } },
    {
      mark: { type: 'point', filled: true, size: 60, opacity: 1 },
      encoding: {
        x,
        y: { field: 'value', type: 'quantitative' },
        color: {
          field: 'variation',
          type: 'nominal',
          title: null,
          scale: { domain: legendEntries.map((e) => e.text), range: legendEntries.map((e) => e.colour) },
          legend: { orient: 'top', direction: 'horizontal', symbolSize: 80 },
        },
        shape: { field: 'variation', type: 'nominal', scale: { domain: legendEntries.map((e) => e.text), range: legendEntries.map((e) => e.shape) } },
      },
    },
  );
  const body = {
    data: { values },
    width: options.width ?? 360,
    height,
    encoding: { y: { type: 'quantitative', title: valueTitle, axis: { format: options.valueFormat ?? ',~r', tickCount: 4 }, scale: { zero: false } } },
    layer: layers,
  };
  const spec = withFigureFrame(options, body);
  return figureOf(options, spec, {
    columns: [options.periodTitle ?? 'Period', valueTitle, 'Mean', 'Lower process limit', 'Upper process limit', 'Target', 'Variation', 'Rules'],
    rows: summary.points.map((p, i) => [
      p.period as string,
      p.value,
      values[i]!.mean,
      values[i]!.lower,
      values[i]!.upper,
      target ?? '',
      values[i]!.variation,
      p.causes.map((c: SpecialCause) => `${c.rule} (${c.side})`).join('; '),
    ]),
  });
}

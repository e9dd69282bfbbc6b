import {
  escalationCandidates,
  indicatorSeries,
  InvalidInputError,
  percentChange,
  protectDataset,
  quarterIndex,
  quarterlySeries,
  resourceDisclosure,
  roundHalfUp,
  spcSummary,
  type Dataset,
  type Escalation,
  type EscalationCandidate,
  type QuarterlySeries,
  type SpcRunLength,
  type SpcSummary,
  type WithheldValue,
} from '@scpkit/core';
import { MUTED_COLOUR } from '../theme.js';
import type { Figure } from '../figure.js';
import { assuranceIcon, ruleText, variationIcon, type MdcIcon } from '../making-data-count.js';
import { spcChart } from '../spc-chart.js';

/**
 * Options of {@link dashboardModel}.
 *
 * @example
 * const options: DashboardOptions = { yearOnYearPercent: 25, runLength: 6 };
 * options.runLength; // => 6
 */
export interface DashboardOptions {
  /** Escalate a change on a year earlier of at least this many per cent (default 30; see `escalationCandidates`). */
  readonly yearOnYearPercent?: number;
  /** Shift run length: 7 (default) or 6. */
  readonly runLength?: SpcRunLength;
  /**
   * What disclosure control already withheld, when `dataset` is itself the output of `protectDataset`
   * (a notebook's `report.dataset`, with `report.withheld`): those values are shown as `[c]` too.
   */
  readonly withheld?: readonly WithheldValue[];
}

/** Default of {@link DashboardOptions.yearOnYearPercent}: a change of 30% or more on a year earlier makes a candidate. @example DASHBOARD_YEAR_ON_YEAR_PERCENT; // => 30 */
export const DASHBOARD_YEAR_ON_YEAR_PERCENT = 30;

/**
 * A value and the period it is for.
 *
 * @example
 * const point: PeriodValue = { period: 'Q4 2022/23', value: 25 };
 * point.value; // => 25
 */
export interface PeriodValue {
  readonly period: string;
  readonly value: number;
}

/**
 * One quarter of an indicator as the dashboard shows it: its value, or the missing-value code of its
 * cell (`[c]` suppressed by disclosure control, `[x]` not available).
 *
 * @example
 * const q: QuarterCell = { period: 'Q4 2022/23', value: null, code: '[c]' };
 * q.code; // => '[c]'
 */
export interface QuarterCell {
  readonly period: string;
  readonly value: number | null;
  /** `''` when there is a value. */
  readonly code: string;
}

/**
 * One quarterly indicator of the dashboard: its series, SPC summary, chart and Making Data Count icons.
 *
 * @example
 * const d: DashboardIndicator = dashboardModel(loadDataset('datasets/example-synthetic/2022-23')).indicators[3];
 * [d.series.indicator, d.variation.text, d.latestRules];
 * // => ['re-referrals-12-months-percent', 'Special cause, concerning (high)', ['a shift of points on one side of the mean (high)']]
 */
export interface DashboardIndicator {
  readonly series: QuarterlySeries;
  /** `null` when the indicator has no process chart (fewer than two values, or a suppressed value: {@link DashboardIndicator.noChart}). */
  readonly summary: SpcSummary | null;
  readonly figure: Figure | null;
  /** Why there is no process chart, in a sentence; `null` when there is one. */
  readonly noChart: string | null;
  /** Every quarter from the first to the last, in time order, with its value or code. */
  readonly quarters: readonly QuarterCell[];
  /** Quarters whose value disclosure control suppressed (`[c]`), in time order. */
  readonly suppressed: readonly string[];
  /** The series' last quarter when its value is suppressed (then `latest` is the last quarter shown), else `null`. */
  readonly latestSuppressed: string | null;
  readonly variation: MdcIcon;
  readonly assurance: MdcIcon;
  /** The rules that mark the latest point, in words (empty for common cause). */
  readonly latestRules: readonly string[];
  /** The last quarter with a value shown. */
  readonly latest: PeriodValue | null;
  /** The quarter just before `latest`, when it has a value. */
  readonly previous: PeriodValue | null;
  /** The value four quarters before the latest (a year earlier), when there is one. */
  readonly yearEarlier: PeriodValue | null;
  /** `latest − previous`, rounded to the values' decimals. */
  readonly changeOnPrevious: number | null;
  /** `latest − yearEarlier`, rounded to the values' decimals. */
  readonly changeOnYear: number | null;
  /** The change on a year earlier in per cent, unrounded (`null` from a 0 or without a year earlier). */
  readonly changeOnYearPercent: number | null;
  readonly candidate: EscalationCandidate | null;
  /** The escalations the dataset records for this indicator. */
  readonly escalations: readonly Escalation[];
}

/**
 * One annual (year-on-year) indicator of the report, from `context-indicators` and `context-values`.
 *
 * @example
 * const a: AnnualIndicator = dashboardModel(loadDataset('datasets/east-sussex/2021-22')).groups[0].annual[2];
 * [a.label, a.points.map((p) => p.value), a.printedArrow];
 * // => ['Referrals to statutory social care', [3811, 4169], 'up']
 */
export interface AnnualIndicator {
  readonly indicator: string;
  readonly label: string;
  readonly group: string;
  /** Values in time order, one per financial year (without the suppressed ones). */
  readonly points: readonly PeriodValue[];
  /** Years whose value disclosure control suppressed (`[c]`). */
  readonly suppressed: readonly string[];
  /** Percentage change from the second-last to the last year, unrounded; `null` with fewer than two, from 0, or when either is suppressed. */
  readonly changePercent: number | null;
  /** True when the change is not computed because either year's value is suppressed. */
  readonly changeSuppressed: boolean;
  /** True when the last year's value is suppressed (then the last of `points` is an earlier year). */
  readonly latestSuppressed: boolean;
  /** The arrow the report prints beside it (`up`, `down`, `flat`) and its stated change, where printed. */
  readonly printedArrow: string | null;
  readonly statedChangePercent: number | null;
  /** True when disclosure control suppressed the printed arrow and change (derived from a suppressed value). */
  readonly printedSuppressed: boolean;
  readonly escalations: readonly Escalation[];
}

/**
 * One group (heading) of the dashboard: its quarterly indicators and its annual ones.
 *
 * @example
 * const g: DashboardGroup = dashboardModel(loadDataset('datasets/example-synthetic/2022-23')).groups[0];
 * [g.group, g.indicators.length, g.annual.length]; // => ['Impact of multi-agency practice', 12, 0]
 */
export interface DashboardGroup {
  readonly group: string;
  readonly indicators: readonly DashboardIndicator[];
  readonly annual: readonly AnnualIndicator[];
}

/**
 * A recorded escalation with the label of its indicator where the dataset has it.
 *
 * @example
 * const e: RecordedEscalation = dashboardModel(loadDataset('datasets/example-synthetic/2022-23')).escalations[0];
 * [e.indicator, e.label, e.row]; // => ['re-referrals-12-months-percent', 'Re-referrals within 12 months (%)', 2]
 */
export interface RecordedEscalation extends Escalation {
  readonly label: string | null;
  /** Row of `escalations.csv` (header is line 1). */
  readonly row: number | null;
}

/**
 * Everything the dashboard page and notebook show, computed from one dataset.
 *
 * @example
 * const model: DashboardModel = dashboardModel(loadDataset('datasets/example-synthetic/2022-23'));
 * [model.indicators.length, model.groups.length, model.escalations.length]; // => [60, 5, 2]
 */
export interface DashboardModel {
  readonly title: string;
  readonly description: string | null;
  readonly partnership: string;
  readonly period: string;
  readonly groups: readonly DashboardGroup[];
  readonly indicators: readonly DashboardIndicator[];
  /** Escalation candidates, in `escalationCandidates` order. */
  readonly candidates: readonly { readonly candidate: EscalationCandidate; readonly indicator: DashboardIndicator }[];
  readonly escalations: readonly RecordedEscalation[];
  readonly yearOnYearPercent: number;
  /**
   * `protect` when any resource of the dataset is (datasets/FORMAT.md section 2): every value was read
   * through `protectDataset`, and the page says how to read `[c]`; `published` otherwise.
   */
  readonly disclosure: 'protect' | 'published';
  /** How many values disclosure control withheld (each shown as `[c]`, or left out with the row it was in). */
  readonly withheldCount: number;
}

/**
 * The sentence a dashboard shows for an indicator with suppressed quarters, in place of its process
 * chart: limits computed with the hidden values would let a reader work them out (the mean times the
 * number of points, less the values shown, is their sum), and limits without them would describe
 * another process.
 *
 * @example
 * suppressedNoChart(2, 20);
 * // => 'No process chart: 2 of the 20 quarters are suppressed ([c]) by disclosure control. Limits computed with them would let a reader work them out from the mean and the values shown; limits computed without them would misstate the process.'
 */
export function suppressedNoChart(suppressed: number, quarters: number): string {
  return (
    `No process chart: ${suppressed} of the ${quarters} quarters ${suppressed === 1 ? 'is' : 'are'} suppressed (${SUPPRESSED_CODE}) by disclosure control. ` +
    'Limits computed with them would let a reader work them out from the mean and the values shown; limits computed without them would misstate the process.'
  );
}

const SUPPRESSED_CODE = '[c]';
const FEWER_THAN_TWO = 'Fewer than two values: no process chart.';
/** Icons of an indicator whose variation and assurance are not judged, because values are suppressed. */
const NOT_ASSESSED: MdcIcon = { text: 'Not assessed: values suppressed', colour: MUTED_COLOUR, shape: 'circle', symbol: '–' };

/** Group heading for annual indicators the report files under none. @example UNGROUPED; // => 'Other indicators' */
export const UNGROUPED = 'Other indicators';

/** Decimal places of a number as JavaScript prints it (`25.75` has 2). */
function decimalsOf(value: number): number {
  const text = String(value);
  const dot = text.indexOf('.');
  return dot < 0 || text.includes('e') ? 0 : text.length - dot - 1;
}

/** `a − b` rounded to the larger number of decimals of the two, so 25 − 24.4 is 0.6, not 0.6000000000000014. */
function difference(a: number, b: number): number {
  return roundHalfUp(a - b, Math.min(10, Math.max(decimalsOf(a), decimalsOf(b))));
}

/**
 * The figure id of an indicator's SPC chart.
 *
 * @example
 * spcFigureId('re-referrals-12-months-percent'); // => 'spc-re-referrals-12-months-percent'
 */
export function spcFigureId(indicator: string): string {
  return `spc-${indicator}`;
}

/**
 * The quarterly dashboard of a dataset: every `quarterly-indicators` series with its statistical
 * process control summary (`spcSummary`, Making Data Count rules, shift run length 7 unless given),
 * its XmR chart (`spcChart`), icons in words and colour, latest value and its changes; the escalation
 * candidates (`escalationCandidates`: concerning special cause, a target consistently failed, or a
 * change of at least `yearOnYearPercent` per cent on a year earlier); the annual indicators of
 * `context-indicators` with their year-on-year change; and the escalations the report records,
 * each beside its indicator. Groups keep the order in which the dataset first names them.
 *
 * Disclosure control: when any resource of `dataset` is `protect`, the model is built from
 * `protectDataset(dataset)` (counts from 1 to 5, their complements and the rates and shares derived
 * from them become `[c]`; protecting an already protected dataset changes nothing). An indicator
 * with a suppressed quarter gets no SPC summary, chart or escalation candidacy ({@link suppressedNoChart}
 * says why), and its changes are computed only between quarters shown.
 *
 * @example
 * const model = dashboardModel(loadDataset('datasets/example-synthetic/2022-23'));
 * model.indicators[0].variation.text; // => 'Common cause'
 * model.candidates[0].candidate.triggers; // => ['special-cause-concerning']
 * @throws {InvalidInputError} for a bad option (or a dataset that is not one, from core).
 */
export function dashboardModel(input: Dataset, options: DashboardOptions = {}): DashboardModel {
  const fn = 'dashboardModel';
  const yearOnYearPercent = options.yearOnYearPercent ?? DASHBOARD_YEAR_ON_YEAR_PERCENT;
  if (typeof yearOnYearPercent !== 'number' || !Number.isFinite(yearOnYearPercent) || yearOnYearPercent <= 0) {
    throw new InvalidInputError(fn, 'options.yearOnYearPercent', yearOnYearPercent, 'must be a finite number greater than 0');
  }
  const runLength = options.runLength ?? 7;
  if (runLength !== 6 && runLength !== 7) throw new InvalidInputError(fn, 'options.runLength', runLength, 'must be 6 or 7');
  const before = options.withheld ?? [];
  if (!Array.isArray(before)) throw new InvalidInputError(fn, 'options.withheld', before, 'must be the withheld list protectDataset returns');
  before.forEach((w: unknown, i) => {
    const entry = w as Partial<WithheldValue> | null;
    if (entry === null || typeof entry !== 'object' || typeof entry.resource !== 'string' || entry.key === null || typeof entry.key !== 'object') {
      throw new InvalidInputError(fn, `options.withheld[${i}]`, w, 'must be a withheld value { resource, row, field, key, reason, message } as protectDataset returns it');
    }
  });
  // Disclosure control before anything is computed, as openReport does for notebooks.
  const isProtected = Object.keys(input.tables ?? {}).some((name) => resourceDisclosure(input, name) === 'protect');
  const protection = isProtected ? protectDataset(input) : { dataset: input, withheld: [] as readonly WithheldValue[] };
  const dataset = protection.dataset;
  const withheld = [...before, ...protection.withheld];
  const { partnership, period } = dataset.descriptor.scpkit;
  const escalationRows = dataset.tables.escalations ?? [];
  const escalationLines = dataset.rowNumbers['escalations'] ?? [];
  const escalationsOf = (indicator: string) => escalationRows.filter((e) => e.indicator === indicator);

  const all = quarterlySeries(dataset);
  // escalationCandidates names an indicator by label and group; a label repeated in a group gets its id.
  const names = all.map((s) => (all.some((o) => o !== s && o.group === s.group && o.label === s.label) ? `${s.label} [${s.indicator}]` : s.label));
  const suppressedOf = (s: QuarterlySeries) => s.gaps.filter((g) => g.code === SUPPRESSED_CODE).map((g) => g.period);
  // No SPC (and so no candidacy) for a series with a suppressed quarter: its limits would give the value back.
  const charted = all.map((s, i) => ({ s, name: names[i]! })).filter(({ s }) => s.values.length >= 2 && suppressedOf(s).length === 0);
  const candidates = escalationCandidates(
    charted.map(({ s, name }) => ({ indicator: name, group: s.group, values: s.values, periods: s.periods, improvement: s.improvement, ...(s.target === null ? {} : { target: s.target }) })),
    { runLength, yearOnYearPercent, periodsPerYear: 4 },
  );

  const indicators: DashboardIndicator[] = all.map((s, i) => {
    const n = s.values.length;
    const suppressed = suppressedOf(s);
    const quarters = quarterCells(s);
    // Changes only between quarters shown, a quarter (or four) apart by the calendar, not by position.
    const byIndex = new Map(s.periods.map((p, k) => [quarterIndex(p), { period: p, value: s.values[k]! }]));
    const latest: PeriodValue | null = n > 0 ? { period: s.periods[n - 1]!, value: s.values[n - 1]! } : null;
    const offset = (k: number): PeriodValue | null => (latest === null ? null : (byIndex.get(quarterIndex(latest.period) - k) ?? null));
    const previous = offset(1);
    const yearEarlier = offset(4);
    const lastQuarter = quarters[quarters.length - 1];
    const latestSuppressed = lastQuarter !== undefined && lastQuarter.code === SUPPRESSED_CODE ? lastQuarter.period : null;
    const summary = n >= 2 && suppressed.length === 0 ? spcSummary(s.values, { improvement: s.improvement, periods: s.periods, runLength, ...(s.target === null ? {} : { target: s.target }) }) : null;
    const candidate = candidates.find((c) => c.indicator === names[i] && c.group === s.group) ?? null;
    const assessed = suppressed.length === 0;
    return {
      series: s,
      summary,
      figure: summary === null ? null : spcFigure(s, summary, partnership),
      noChart: summary !== null ? null : assessed ? FEWER_THAN_TWO : suppressedNoChart(suppressed.length, quarters.length),
      quarters,
      suppressed,
      latestSuppressed,
      variation: !assessed ? NOT_ASSESSED : summary === null ? variationIcon('common-cause', null) : variationIcon(summary.latest.variationClass, summary.latest.side),
      assurance: !assessed && s.target !== null ? NOT_ASSESSED : assuranceIcon(summary?.assurance ?? null),
      latestRules: summary === null ? [] : summary.latest.causes.map((c) => `${ruleText(c.rule)} (${c.side})`),
      latest,
      previous,
      yearEarlier,
      changeOnPrevious: latest !== null && previous !== null ? difference(latest.value, previous.value) : null,
      changeOnYear: latest !== null && yearEarlier !== null ? difference(latest.value, yearEarlier.value) : null,
      changeOnYearPercent: latest !== null && yearEarlier !== null && yearEarlier.value > 0 ? percentChange(yearEarlier.value, latest.value) : null,
      candidate,
      escalations: escalationsOf(s.indicator),
    };
  });

  const annual = annualIndicators(dataset, withheld, escalationsOf);
  const groupNames = [...new Set([...indicators.map((d) => d.series.group), ...annual.map((a) => a.group)])];
  const groups = groupNames.map((group) => ({
    group,
    indicators: indicators.filter((d) => d.series.group === group),
    annual: annual.filter((a) => a.group === group),
  }));
  const labelOf = (indicator: string) =>
    all.find((s) => s.indicator === indicator)?.label ?? annual.find((a) => a.indicator === indicator)?.label ?? null;
  return {
    title: dataset.descriptor.title,
    description: typeof dataset.descriptor.description === 'string' ? dataset.descriptor.description : null,
    partnership,
    period,
    groups,
    indicators,
    candidates: candidates.map((candidate) => ({ candidate, indicator: indicators[names.indexOf(candidate.indicator)]! })),
    escalations: escalationRows.map((e, i) => ({ ...e, label: labelOf(e.indicator), row: escalationLines[i] ?? null })),
    yearOnYearPercent,
    disclosure: isProtected || before.length > 0 ? 'protect' : 'published',
    withheldCount: withheld.length,
  };
}

/** Every quarter of a series from its first to its last (gaps included, with their code), in time order. */
function quarterCells(s: QuarterlySeries): QuarterCell[] {
  const cells: QuarterCell[] = [...s.periods.map((period, k) => ({ period, value: s.values[k]!, code: '' })), ...s.gaps.map((g) => ({ period: g.period, value: null, code: g.code }))];
  return cells.sort((a, b) => quarterIndex(a.period) - quarterIndex(b.period));
}

function spcFigure(s: QuarterlySeries, summary: SpcSummary, partnership: string): Figure {
  const first = s.periods[0]!;
  const last = s.periods[s.periods.length - 1]!;
  const segment = summary.segments[summary.latest.segment]!;
  const round = (x: number) => roundHalfUp(x, 2);
  const latest = summary.latest;
  const rules = latest.causes.map((c) => `${ruleText(c.rule)} (${c.side})`);
  const target = summary.target === null ? '' : ` Target ${s.target}: ${assuranceIcon(summary.assurance).text.toLowerCase()}.`;
  const gaps = s.gaps.length === 0 ? '' : ` Not available: ${s.gaps.map((g) => g.period).join(', ')}.`;
  const firstQuarters = s.periods.filter((p) => p.startsWith('Q1 '));
  return spcChart(summary, {
    id: spcFigureId(s.indicator),
    title: s.label,
    subtitle: `${partnership}, ${first} to ${last}. Mean and process limits (dashed)${summary.target === null ? '' : ', target (orange, dotted)'}`,
    description:
      `XmR chart of ${s.label} (${partnership}), ${s.values.length} quarters from ${first} to ${last}: mean ${round(segment.mean)}, ` +
      `process limits ${round(segment.lower)} to ${round(segment.upper)}. The latest value, ${latest.value} in ${last}, is ` +
      `${variationIcon(latest.variationClass, latest.side).text.toLowerCase()}${rules.length === 0 ? '' : ` (${rules.join('; ')})`}.${target}${gaps}`,
    valueTitle: s.label,
    periodTitle: 'Quarter',
    // Label the first quarter of each financial year by its year, so five years fit under the chart.
    ...(firstQuarters.length >= 2
      ? { axisPeriods: firstQuarters, axisLabels: Object.fromEntries(firstQuarters.map((p) => [p, p.slice(3)])), periodAxisTitle: 'Financial year (tick at its first quarter)' }
      : {}),
    labelLimit: 320,
  });
}

function annualIndicators(dataset: Dataset, withheld: readonly WithheldValue[], escalationsOf: (indicator: string) => readonly Escalation[]): AnnualIndicator[] {
  const described = dataset.tables['context-indicators'] ?? [];
  if (described.length === 0) return [];
  const { series } = indicatorSeries([dataset]);
  const describedMissing = dataset.missing['context-indicators'] ?? [];
  return described.flatMap((d, i) => {
    const s = series.find((x) => x.resource === 'context-values' && x.indicator === d.indicator);
    const points = (s?.points ?? []).map((p) => ({ period: p.period, value: p.value }));
    const suppressed = [...new Set(withheld.filter((w) => w.resource === 'context-values' && w.key['indicator'] === d.indicator).map((w) => String(w.key['period'])))].sort();
    if (points.length === 0 && suppressed.length === 0) return [];
    // The last two years, shown or not: a change from or to a suppressed value is not computed.
    const years = [...new Set([...points.map((p) => p.period), ...suppressed])].sort();
    const lastTwo = years.slice(-2);
    const changeSuppressed = lastTwo.some((y) => suppressed.includes(y));
    const [before, last] = lastTwo.map((y) => points.find((p) => p.period === y));
    const codes = describedMissing[i] ?? {};
    return [
      {
        indicator: d.indicator,
        label: d.label,
        group: d.group ?? UNGROUPED,
        points,
        suppressed,
        changePercent: !changeSuppressed && before !== undefined && last !== undefined && before.value > 0 ? percentChange(before.value, last.value) : null,
        changeSuppressed,
        latestSuppressed: suppressed.includes(years[years.length - 1]!),
        printedArrow: d.arrow,
        statedChangePercent: d.stated_change_percent,
        printedSuppressed: codes['arrow'] === SUPPRESSED_CODE || codes['stated_change_percent'] === SUPPRESSED_CODE,
        escalations: escalationsOf(d.indicator),
      },
    ];
  });
}

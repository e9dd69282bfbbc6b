import {
  escalationCandidates,
  indicatorSeries,
  InvalidInputError,
  percentChange,
  quarterlySeries,
  roundHalfUp,
  spcSummary,
  type Dataset,
  type Escalation,
  type EscalationCandidate,
  type QuarterlySeries,
  type SpcRunLength,
  type SpcSummary,
} from '@scpkit/core';
import type { Figure } from '../figure.js';
import { assuranceIcon, ruleText, variationIcon, type MdcIcon } from '../making-data-count.js';
import { spcChart } from '../spc-chart.js';

/** Options of {@link dashboardModel}. */
export interface DashboardOptions {
  /** Escalate a change on a year earlier of at least this many per cent (default 30; see `escalationCandidates`). */
  readonly yearOnYearPercent?: number;
  /** Shift run length: 7 (default) or 6. */
  readonly runLength?: SpcRunLength;
}

/** Default of {@link DashboardOptions.yearOnYearPercent}. */
export const DASHBOARD_YEAR_ON_YEAR_PERCENT = 30;

/** A value and the period it is for. */
export interface PeriodValue {
  readonly period: string;
  readonly value: number;
}

/** One quarterly indicator of the dashboard: its series, SPC summary, chart and Making Data Count icons. */
export interface DashboardIndicator {
  readonly series: QuarterlySeries;
  /** `null` when the indicator has fewer than two values (no process chart). */
  readonly summary: SpcSummary | null;
  readonly figure: Figure | null;
  readonly variation: MdcIcon;
  readonly assurance: MdcIcon;
  /** The rules that mark the latest point, in words (empty for common cause). */
  readonly latestRules: readonly string[];
  readonly latest: PeriodValue | null;
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

/** One annual (year-on-year) indicator of the report, from `context-indicators` and `context-values`. */
export interface AnnualIndicator {
  readonly indicator: string;
  readonly label: string;
  readonly group: string;
  /** Values in time order, one per financial year. */
  readonly points: readonly PeriodValue[];
  /** Percentage change from the second-last to the last value, unrounded; `null` with fewer than two or from 0. */
  readonly changePercent: number | null;
  /** The arrow the report prints beside it (`up`, `down`, `flat`) and its stated change, where printed. */
  readonly printedArrow: string | null;
  readonly statedChangePercent: number | null;
  readonly escalations: readonly Escalation[];
}

/** One group (heading) of the dashboard: its quarterly indicators and its annual ones. */
export interface DashboardGroup {
  readonly group: string;
  readonly indicators: readonly DashboardIndicator[];
  readonly annual: readonly AnnualIndicator[];
}

/** A recorded escalation with the label of its indicator where the dataset has it. */
export interface RecordedEscalation extends Escalation {
  readonly label: string | null;
  /** Row of `escalations.csv` (header is line 1). */
  readonly row: number | null;
}

/** Everything the dashboard page and notebook show, computed from one dataset. */
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
}

/** Group heading for annual indicators the report files under none. */
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

/** The figure id of an indicator's SPC chart. */
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
 * @example
 * const model = dashboardModel(dataset);
 * model.indicators[0].variation.text; // => e.g. 'Common cause'
 * model.candidates.map((c) => c.candidate.reason); // one sentence each
 * @throws {InvalidInputError} for a bad option (or a dataset that is not one, from core).
 */
export function dashboardModel(dataset: Dataset, options: DashboardOptions = {}): DashboardModel {
  const fn = 'dashboardModel';
  const yearOnYearPercent = options.yearOnYearPercent ?? DASHBOARD_YEAR_ON_YEAR_PERCENT;
  if (typeof yearOnYearPercent !== 'number' || !Number.isFinite(yearOnYearPercent) || yearOnYearPercent <= 0) {
    throw new InvalidInputError(fn, 'options.yearOnYearPercent', yearOnYearPercent, 'must be a finite number greater than 0');
  }
  const runLength = options.runLength ?? 7;
  if (runLength !== 6 && runLength !== 7) throw new InvalidInputError(fn, 'options.runLength', runLength, 'must be 6 or 7');
  const { partnership, period } = dataset.descriptor.scpkit;
  const escalationRows = dataset.tables.escalations ?? [];
  const escalationLines = dataset.rowNumbers['escalations'] ?? [];
  const escalationsOf = (indicator: string) => escalationRows.filter((e) => e.indicator === indicator);

  const all = quarterlySeries(dataset);
  // escalationCandidates names an indicator by label and group; a label repeated in a group gets its id.
  const names = all.map((s) => (all.some((o) => o !== s && o.group === s.group && o.label === s.label) ? `${s.label} [${s.indicator}]` : s.label));
  const charted = all.map((s, i) => ({ s, name: names[i]! })).filter(({ s }) => s.values.length >= 2);
  const candidates = escalationCandidates(
    charted.map(({ s, name }) => ({ indicator: name, group: s.group, values: s.values, periods: s.periods, improvement: s.improvement, ...(s.target === null ? {} : { target: s.target }) })),
    { runLength, yearOnYearPercent, periodsPerYear: 4 },
  );

  const indicators: DashboardIndicator[] = all.map((s, i) => {
    const n = s.values.length;
    const at = (k: number): PeriodValue | null => (k >= 0 && k < n ? { period: s.periods[k]!, value: s.values[k]! } : null);
    const latest = at(n - 1);
    const previous = at(n - 2);
    const yearEarlier = at(n - 5);
    const summary = n >= 2 ? spcSummary(s.values, { improvement: s.improvement, periods: s.periods, runLength, ...(s.target === null ? {} : { target: s.target }) }) : null;
    const candidate = candidates.find((c) => c.indicator === names[i] && c.group === s.group) ?? null;
    return {
      series: s,
      summary,
      figure: summary === null ? null : spcFigure(s, summary, partnership),
      variation: summary === null ? variationIcon('common-cause', null) : variationIcon(summary.latest.variationClass, summary.latest.side),
      assurance: assuranceIcon(summary?.assurance ?? null),
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

  const annual = annualIndicators(dataset, escalationsOf);
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
  };
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

function annualIndicators(dataset: Dataset, escalationsOf: (indicator: string) => readonly Escalation[]): AnnualIndicator[] {
  const described = dataset.tables['context-indicators'] ?? [];
  if (described.length === 0) return [];
  const { series } = indicatorSeries([dataset]);
  return described.flatMap((d) => {
    const s = series.find((x) => x.resource === 'context-values' && x.indicator === d.indicator);
    if (s === undefined || s.points.length === 0) return [];
    const points = s.points.map((p) => ({ period: p.period, value: p.value }));
    const [before, last] = points.slice(-2);
    return [
      {
        indicator: d.indicator,
        label: d.label,
        group: d.group ?? UNGROUPED,
        points,
        changePercent: points.length >= 2 && before!.value > 0 ? percentChange(before!.value, last!.value) : null,
        printedArrow: d.arrow,
        statedChangePercent: d.stated_change_percent,
        escalations: escalationsOf(d.indicator),
      },
    ];
  });
}

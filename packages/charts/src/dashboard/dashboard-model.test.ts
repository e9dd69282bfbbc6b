// Acceptance of issue 13 on the two shipped datasets, at the level of what the dashboard shows:
// the synthetic example partnership (its planted series) and East Sussex (its escalations).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '@scpkit/core';
import { loadDataset } from '@scpkit/core/node';
import { dashboardModel, type DashboardModel } from './dashboard-model.js';

const example = fileURLToPath(new URL('../../../../datasets/example-synthetic/2022-23/', import.meta.url));
const eastSussex = fileURLToPath(new URL('../../../../datasets/east-sussex/2021-22/', import.meta.url));

/** What the generator says it planted, read from its own description (source.txt section 2), not typed in here. */
function planted(kind: string): string {
  const line = readFileSync(`${example}source.txt`, 'utf8').split('\n').find((l) => l.includes(`): planted: ${kind}`));
  if (line === undefined) throw new Error(`source.txt plants no ${kind}`);
  return line.slice(0, line.indexOf(' ('));
}

describe('dashboardModel on the synthetic example partnership', () => {
  const model: DashboardModel = dashboardModel(loadDataset(example));
  const indicator = (id: string) => model.indicators.find((d) => d.series.indicator === id)!;
  const last = (id: string) => indicator(id).series.periods.length - 1;

  it('has the 60 indicators in five groups, each with its chart and data table', () => {
    expect(model.indicators.length).toBe(60);
    expect(model.groups.map((g) => g.indicators.length)).toEqual([12, 12, 12, 12, 12]);
    for (const d of model.indicators) {
      expect(d.figure?.id).toBe(`spc-${d.series.indicator}`);
      expect(d.figure?.table.rows.length).toBe(d.series.values.length);
    }
    expect(model.title).toMatch(/SYNTHETIC/);
  });

  it('classifies the planted shift as special cause, concerning (high): the shift rule fired', () => {
    const d = indicator(planted('a shift'));
    expect(d.variation.text).toBe('Special cause, concerning (high)');
    expect(d.summary!.latest.causes.map((c) => c.rule)).toContain('shift');
    expect(d.latestRules).toContain('a shift of points on one side of the mean (high)');
    expect(d.candidate?.triggers).toEqual(['special-cause-concerning']);
    expect(d.candidate?.reason).toMatch(/ends a run of 8 points in a row above the mean .* \(7 make a shift\): special cause of a concerning nature, as lower is better\.$/);
  });

  it('classifies the planted trend as special cause, improving (high): the trend rule fired', () => {
    const d = indicator(planted('a rise'));
    expect(d.variation.text).toBe('Special cause, improving (high)');
    expect(d.summary!.signals).toContainEqual(expect.objectContaining({ rule: 'trend', side: 'high', variationClass: 'special-cause-improving' }));
    expect(d.latestRules).toContain('a trend of seven points rising or falling (high)');
    expect(d.candidate === null || !d.candidate.triggers.includes('special-cause-concerning')).toBe(true);
  });

  it('classifies the planted outlier as special cause, concerning (high) at its quarter alone: the outside-limits rule fired', () => {
    const d = indicator(planted('a single outlier'));
    const signals = d.summary!.signals;
    expect(signals.map((g) => [g.rule, g.side, g.variationClass, g.indices.length])).toEqual([['outside-limits', 'high', 'special-cause-concerning', 1]]);
    const at = signals[0]!.indices[0]!;
    expect(readFileSync(`${example}source.txt`, 'utf8')).toContain(`a single outlier of +14 in ${d.series.periods[at]}`);
    expect(d.figure!.table.rows[at]).toContain('Special cause, concerning (high)');
    expect(d.figure!.table.rows[at]).toContain('outside-limits (high)');
    expect(at).toBeLessThan(last(d.series.indicator));
  });

  it('classifies the quiet series as common cause at every point: no rule fired', () => {
    const d = indicator(planted('nothing'));
    expect(d.summary!.signals).toEqual([]);
    expect(d.variation.text).toBe('Common cause');
    expect(d.figure!.table.rows.every((r) => r[6] === 'Common cause' && r[7] === '')).toBe(true);
    expect(d.candidate).toBeNull();
    expect(d.assurance.text).toBe('Consistently passing the target');
  });

  it('proposes escalation candidates with one plain-English sentence each, and keeps the recorded escalations beside their indicators', () => {
    expect(model.candidates.length).toBeGreaterThan(0);
    for (const { candidate } of model.candidates) expect(candidate.reason).toMatch(/^[^.]+\(.+\): .+\.$/);
    const failing = indicator(planted('a level well short'));
    expect(failing.candidate?.triggers).toContain('consistently-failing');
    expect(model.escalations.length).toBe(2);
    for (const e of model.escalations) expect(indicator(e.indicator).escalations).toContainEqual(expect.objectContaining({ period: e.period, reason: e.reason }));
  });

  it('computes the change on a year earlier from the value four quarters before', () => {
    const d = indicator(planted('a shift'));
    const n = d.series.values.length;
    expect(d.yearEarlier).toEqual({ period: d.series.periods[n - 5], value: d.series.values[n - 5] });
    expect(d.changeOnYear).toBeCloseTo(d.series.values[n - 1]! - d.series.values[n - 5]!, 10);
  });

  it('refuses bad options', () => {
    expect(() => dashboardModel(loadDataset(example), { yearOnYearPercent: 0 })).toThrow(InvalidInputError);
    expect(() => dashboardModel(loadDataset(example), { runLength: 5 as 7 })).toThrow(InvalidInputError);
    expect(() => dashboardModel(loadDataset(example), { withheld: 'none' as never })).toThrow(/options\.withheld must be the withheld list/);
    expect(() => dashboardModel(loadDataset(example), { withheld: [{ resource: 'figures' }] as never })).toThrow(/options\.withheld\[0\] must be a withheld value/);
  });
});

describe('dashboardModel on East Sussex (a report without quarterly series)', () => {
  const model = dashboardModel(loadDataset(eastSussex));
  const rows = Papa.parse<Record<string, string>>(readFileSync(`${eastSussex}escalations.csv`, 'utf8'), { header: true, skipEmptyLines: 'greedy' }).data;
  const indicators = Papa.parse<Record<string, string>>(readFileSync(`${eastSussex}context-indicators.csv`, 'utf8'), { header: true, skipEmptyLines: 'greedy' }).data;

  it("shows the report's escalations and actions with their quotes, each beside its annual indicator where the report has it", () => {
    expect(model.escalations.map((e) => [e.indicator, e.reason, e.action ?? '', e.outcome ?? '', e.quote])).toEqual(rows.map((r) => [r['indicator'], r['reason'], r['action'], r['outcome'], r['quote']]));
    const annual = model.groups.flatMap((g) => g.annual);
    for (const e of model.escalations) {
      const a = annual.find((x) => x.indicator === e.indicator);
      if (indicators.some((i) => i['indicator'] === e.indicator)) expect(a?.escalations).toContainEqual(expect.objectContaining({ reason: e.reason }));
    }
    expect(model.escalations.filter((e) => e.action !== null).length).toBeGreaterThan(0);
  });

  it('shows every annual indicator it has, in its group, with the change computed from its two values', () => {
    const annual = model.groups.flatMap((g) => g.annual);
    const withValues = new Set(Papa.parse<Record<string, string>>(readFileSync(`${eastSussex}context-values.csv`, 'utf8'), { header: true, skipEmptyLines: 'greedy' }).data.map((r) => r['indicator']));
    expect(annual.map((a) => a.indicator).sort()).toEqual(indicators.map((i) => i['indicator']!).filter((i) => withValues.has(i)).sort());
    const referrals = annual.find((a) => a.indicator === 'referrals-statutory-social-care')!;
    expect(referrals.points.map((p) => p.value)).toEqual([3811, 4169]);
    expect(referrals.changePercent).toBeCloseTo((100 * (4169 - 3811)) / 3811, 12);
    expect(model.indicators).toEqual([]);
    expect(model.candidates).toEqual([]);
  });
});

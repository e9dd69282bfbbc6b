// Disclosure control on the dashboard (issue 12): a "protect" dataset whose quarterly counts include
// values from 1 to 5 gives a page with none of them, no limits computed on them, and [c] explained.
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { protectDataset, SUPPRESSED, type ContextValue, type Dataset, type QuarterlyIndicator } from '@scpkit/core';
import { loadDataset } from '@scpkit/core/node';
import { dashboardModel } from './dashboard-model.js';
import { DASHBOARD_DISCLOSURE_META, dashboardHtml } from './dashboard-html.js';

const example = loadDataset(fileURLToPath(new URL('../../../../datasets/example-synthetic/2022-23/', import.meta.url)));
const rows = example.tables['quarterly-indicators']!;

/** The example with the values of `indicator` replaced (in time order), every resource as declared ("protect"). */
function withValues(changes: Readonly<Record<string, readonly (number | null)[]>>, extra: { values?: readonly ContextValue[]; published?: boolean } = {}): Dataset {
  const seen = new Map<string, number>();
  const changed: QuarterlyIndicator[] = rows.map((r) => {
    const values = changes[r.indicator];
    if (values === undefined) return r;
    const k = seen.get(r.indicator) ?? 0;
    seen.set(r.indicator, k + 1);
    return { ...r, value: values[k] ?? r.value };
  });
  const resources = extra.published === true ? example.descriptor.resources.map((r) => ({ ...r, disclosure: 'published' as const })) : example.descriptor.resources;
  return {
    ...example,
    descriptor: { ...example.descriptor, resources },
    tables: { ...example.tables, 'quarterly-indicators': changed, ...(extra.values === undefined ? {} : { 'context-values': extra.values }) },
    missing: { ...example.missing, 'quarterly-indicators': changed.map((r, i) => (r.value === null ? (example.missing['quarterly-indicators']?.[i] ?? { value: '[x]' }) : {})) },
  };
}

const secure = 'children-in-secure-units'; // a count of 8 to 14 in the example, 20 quarters
const smallQuarters = [8, 9, 3, 10, 12, 11, 1, 9, 10, 13, 12, 14, 11, 10, 9, 12, 13, 11, 10, 5];

/** Every `<data>` element of a page: value, unit, indicator, period. */
function dataElements(html: string): { value: string; unit: string; indicator: string; period: string }[] {
  return [...html.matchAll(/<data value="([^"]*)" data-unit="([^"]*)" data-indicator="([^"]*)" data-period="([^"]*)"/g)].map((m) => ({ value: m[1]!, unit: m[2]!, indicator: m[3]!, period: m[4]! }));
}
const isSmall = (text: string) => /^\d+$/.test(text) && Number(text) >= 1 && Number(text) <= 5;

describe('dashboardModel and dashboardHtml on protected data', () => {
  const model = dashboardModel(withValues({ [secure]: smallQuarters }));
  const html = dashboardHtml(model, new Map());
  const d = model.indicators.find((x) => x.series.indicator === secure)!;

  it('reads the dataset through protectDataset: the quarters with 1 to 5 are [c], kept in the table as [c]', () => {
    expect(model.disclosure).toBe('protect');
    expect(model.withheldCount).toBe(3);
    expect(d.suppressed).toEqual(['Q3 2018/19', 'Q3 2019/20', 'Q4 2022/23']);
    expect(d.series.values).not.toContain(3);
    expect(d.quarters.filter((q) => q.code === SUPPRESSED).map((q) => q.period)).toEqual(d.suppressed);
    expect(d.quarters).toHaveLength(20);
  });

  it('no SPC on a series with a suppressed quarter, with the reason; its latest quarter is [c] and no change is computed from it', () => {
    expect(d.summary).toBeNull();
    expect(d.figure).toBeNull();
    expect(d.candidate).toBeNull();
    expect(d.noChart).toBe(
      'No process chart: 3 of the 20 quarters are suppressed ([c]) by disclosure control. Limits computed with them would let a reader work them out from the mean and the values shown; limits computed without them would misstate the process.',
    );
    expect(d.variation.text).toBe('Not assessed: values suppressed');
    expect(d.latestSuppressed).toBe('Q4 2022/23');
    expect(d.latest).toEqual({ period: 'Q3 2022/23', value: 10 });
    // Changes are between quarters shown, by the calendar: the quarter before Q3 2022/23 and the same quarter a year earlier.
    expect(d.previous).toEqual({ period: 'Q2 2022/23', value: smallQuarters[17] });
    expect(d.yearEarlier).toEqual({ period: 'Q3 2021/22', value: smallQuarters[14] });
    expect(model.candidates.some((c) => c.indicator === d)).toBe(false);
  });

  it('the page: marked protect, [c] explained in the legend, no count from 1 to 5 in any value or table cell', () => {
    expect(html).toContain(`<meta name="${DASHBOARD_DISCLOSURE_META}" content="protect">`);
    expect(html).toContain('Symbols: [c] suppressed by disclosure control (a count from 1 to 5');
    expect(html).toContain('<p id="disclosure-note" class="disclosure">Disclosure control: the dataset is marked &quot;protect&quot; (not yet published)');
    expect(html).toContain('(3 values withheld)');
    const article = html.slice(html.indexOf(`<article id="ind-${secure}"`), html.indexOf('</article>', html.indexOf(`<article id="ind-${secure}"`)));
    expect(article).toContain(d.noChart!);
    expect(article).toContain('<data value="[c]" data-unit="count" data-indicator="children-in-secure-units" data-period="Q4 2022/23" class="suppressed">[c]</data> in Q4 2022/23 (suppressed)');
    const values = dataElements(html);
    expect(values.filter((v) => v.indicator === secure && v.value === SUPPRESSED).map((v) => v.period)).toEqual(expect.arrayContaining([...d.suppressed]));
    for (const v of values) if (v.unit === 'count') expect(isSmall(v.value), `${v.indicator} ${v.period}`).toBe(false);
    // No table cell is a bare 1 to 5 once the <data> of other units are set aside.
    const cells = [...html.replace(/<data [^>]*data-unit="(?!count")[^"]*"[^>]*>[^<]*<\/data>/g, '').matchAll(/<td\b[^>]*>([\s\S]*?)<\/td>/g)].map((m) => m[1]!.replace(/<[^>]*>/g, '').trim());
    expect(cells.filter(isSmall)).toEqual([]);
  });

  it('the same values marked published are shown as they are, with their chart', () => {
    const open = dashboardModel(withValues({ [secure]: smallQuarters }, { published: true }));
    const o = open.indicators.find((x) => x.series.indicator === secure)!;
    expect(open.disclosure).toBe('published');
    expect(o.suppressed).toEqual([]);
    expect(o.summary).not.toBeNull();
    expect(dashboardHtml(open, new Map())).toContain('data-indicator="children-in-secure-units" data-period="Q4 2022/23">5</data>');
  });

  it('annual values: a suppressed year shows [c], and its change is not computed', () => {
    const values = [
      { indicator: 'lado-referrals', period: '2021/22', value: 4, section: '4', quote: 'x' },
      { indicator: 'lado-referrals', period: '2022/23', value: 40, section: '4', quote: 'x' },
    ] as ContextValue[];
    const described = [{ indicator: 'lado-referrals', label: 'LADO referrals', group: 'Impact of multi-agency practice', arrow: 'up', stated_change_percent: 900, section: '4', quote: 'x' }];
    const base = withValues({}, { values });
    const dataset = { ...base, tables: { ...base.tables, 'context-indicators': described }, missing: { ...base.missing, 'context-indicators': [{}], 'context-values': [{}, {}] } } as unknown as Dataset;
    const m = dashboardModel(dataset);
    const a = m.groups.flatMap((g) => g.annual)[0]!;
    expect(a.suppressed).toEqual(['2021/22']);
    expect(a.points).toEqual([{ period: '2022/23', value: 40 }]);
    expect([a.changePercent, a.changeSuppressed, a.printedSuppressed, a.latestSuppressed]).toEqual([null, true, true, false]);
    const page = dashboardHtml(m, new Map());
    expect(page).toContain('<data value="[c]" data-unit="count" data-indicator="lado-referrals" data-period="2021/22" class="suppressed">[c]</data>');
    expect(page).not.toContain('900%');
    // A dataset already protected (a notebook's report.dataset) gives the same model when given its withheld list.
    const once = protectDataset(dataset);
    const again = dashboardModel(once.dataset, { withheld: once.withheld });
    expect(again.groups.flatMap((g) => g.annual)[0]).toEqual(a);
    expect(dashboardHtml(again, new Map())).toBe(page);
  });

  it('property: for random counts of a series, no <data> of unit count on the page holds 1 to 5, and a series with [c] has no limits', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 20, maxLength: 20 }), (quarters) => {
        const m = dashboardModel(withValues({ [secure]: quarters }));
        const x = m.indicators.find((i) => i.series.indicator === secure)!;
        const page = dashboardHtml(m, new Map());
        for (const v of dataElements(page)) if (v.unit === 'count') expect(isSmall(v.value)).toBe(false);
        expect(x.summary === null).toBe(quarters.some((q) => q >= 1 && q <= 5));
        expect(x.suppressed.length).toBe(quarters.filter((q) => q >= 1 && q <= 5).length);
      }),
      { numRuns: 10 },
    );
  });
});

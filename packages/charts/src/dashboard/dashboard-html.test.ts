import { describe, expect, it } from 'vitest';
import type { Dataset } from '@scpkit/core';
import { dashboardModel } from './dashboard-model.js';
import { dashboardHtml, formatDashboardValue, inlineSvg, renderDashboard } from './dashboard-html.js';

const hostile = '<script>alert(1)</script> & "quotes"';
const periods = ['Q1 2030/31', 'Q2 2030/31', 'Q3 2030/31', 'Q4 2030/31', 'Q1 2031/32', 'Q2 2031/32'];
function dataset(label: string): Dataset {
  const rows = periods.map((period, i) => ({ indicator: 'x', label, group: label, period, value: [5, 6, 5, 6, 5, 40][i], unit: 'percent', improvement: 'decrease', target: null, section: '2', quote: label }));
  return {
    descriptor: { name: 'n', title: label, description: label, scpkit: { format: '1.1', partnership: label, period: '2031/32' }, resources: [] },
    tables: {
      'quarterly-indicators': rows,
      escalations: [{ indicator: 'x', period: 'Q2 2031/32', reason: label, action: label, outcome: null, section: '3', quote: label }],
    },
    otherTables: {},
    rowNumbers: { 'quarterly-indicators': rows.map((_, i) => i + 2), escalations: [2] },
    missing: { 'quarterly-indicators': rows.map(() => ({})) },
    source: undefined,
  } as unknown as Dataset;
}

describe('dashboardHtml', () => {
  it('escapes every piece of data: no markup from the dataset reaches the page', async () => {
    const html = await renderDashboard(dashboardModel(dataset(hostile)));
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
    // nothing to fetch: no external resource of any kind
    expect(html).not.toMatch(/\s(src|href)="(https?:)?\/\//);
    expect(html).toContain("default-src 'none'");
  });

  it('inlines each chart as an SVG with its own ids, role img and the alt text', async () => {
    const model = dashboardModel(dataset('Plain'));
    const html = await renderDashboard(model);
    expect(html).toContain('<svg role="img" aria-label="XmR chart of Plain');
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(html).toContain('data-figure="spc-x"');
    expect(html).toContain('<details class="data-table">');
  });

  it('writes the same bytes for the same model', () => {
    const model = dashboardModel(dataset('Plain'));
    const svgs = new Map([['spc-x', '<svg><defs><clipPath id="clip1"/></defs><g clip-path="url(#clip1)"/></svg>']]);
    expect(dashboardHtml(model, svgs)).toBe(dashboardHtml(model, svgs));
  });
});

describe('inlineSvg', () => {
  it('prefixes ids and their references, so two charts never share one', () => {
    const svg = '<svg width="1"><defs><clipPath id="clip1"><rect/></clipPath></defs><g clip-path="url(#clip1)"><use href="#clip1"/></g></svg>';
    expect(inlineSvg(svg, 'spc-a', 'A & B')).toBe(
      '<svg role="img" aria-label="A &amp; B" width="1"><defs><clipPath id="spc-a-clip1"><rect/></clipPath></defs><g clip-path="url(#spc-a-clip1)"><use href="#spc-a-clip1"/></g></svg>',
    );
  });
});

describe('formatDashboardValue', () => {
  it('prints values as entered, with their unit', () => {
    expect(formatDashboardValue(25.4, 'percent')).toBe('25.4%');
    expect(formatDashboardValue(1250, 'count')).toBe('1,250');
    expect(formatDashboardValue(48.2, 'rate-per-10k')).toBe('48.2 per 10,000');
    expect(formatDashboardValue(14, 'weeks')).toBe('14 weeks');
  });
});

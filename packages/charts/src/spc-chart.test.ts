import { describe, expect, it } from 'vitest';
import { InvalidInputError, spcSummary } from '@scpkit/core';
import { spcChart } from './spc-chart.js';
import { renderSvg } from './render-svg.js';

const periods = Array.from({ length: 16 }, (_, i) => `P${String(i + 1).padStart(2, '0')}`);
// 15 quiet points and one far above: outside the upper limit, concerning where lower is better.
const values = [10, 11, 10, 12, 11, 10, 11, 12, 10, 11, 10, 11, 12, 11, 10, 30];
const options = { id: 'spc-x', title: 'X', description: 'X jumped in P16.', valueTitle: 'Count' };

describe('spcChart', () => {
  const summary = spcSummary(values, { improvement: 'decrease', target: 14, periods });
  const figure = spcChart(summary, options);

  it('tabulates every point with its limits, target, variation in words and the rules that mark it', () => {
    expect(figure.table.columns).toEqual(['Period', 'Count', 'Mean', 'Lower process limit', 'Upper process limit', 'Target', 'Variation', 'Rules']);
    expect(figure.table.rows.length).toBe(16);
    const lastRow = figure.table.rows[15]!;
    expect(lastRow.slice(0, 2)).toEqual(['P16', 30]);
    expect(lastRow.slice(5)).toEqual([14, 'Special cause, concerning (high)', 'outside-limits (high)']);
    // mean and limits are the summary's, rounded half up to 2 decimals
    expect(lastRow[2]).toBe(Math.round(summary.latest.mean * 100) / 100);
    expect(figure.table.rows[0]!.slice(6)).toEqual(['Common cause', '']);
  });

  it('draws limits, mean, target, values and points; colour and shape by class, with a legend in words', () => {
    const spec = figure.spec as unknown as { layer: { mark: { type: string; strokeDash?: number[] }; encoding: Record<string, { field?: string; scale?: { domain: string[]; range: string[] } }> }[] };
    expect(spec.layer.map((l) => [l.mark.type, l.encoding['y']?.field])).toEqual([
      ['line', 'upper'],
      ['line', 'lower'],
      ['line', 'mean'],
      ['line', 'target'],
      ['line', 'value'],
      ['point', 'value'],
    ]);
    const points = spec.layer[5]!.encoding;
    expect(points['color']?.scale?.domain).toEqual(['Common cause', 'Special cause, concerning (high)']);
    expect(points['shape']?.scale?.range).toEqual(['circle', 'triangle-up']);
  });

  it('has no target line without a target, and refuses a summary without periods', () => {
    const plain = spcChart(spcSummary(values, { improvement: 'neutral', periods }), options);
    expect((plain.spec as unknown as { layer: unknown[] }).layer.length).toBe(5);
    expect(() => spcChart(spcSummary(values, { improvement: 'increase' }), options)).toThrow(InvalidInputError);
    expect(() => spcChart(summary, { ...options, height: 10 })).toThrow(InvalidInputError);
    expect(() => spcChart(summary, { ...options, valueTitle: '' })).toThrow(InvalidInputError);
  });

  it('relabels axis periods as asked and renders to an SVG with the title and alt text', async () => {
    const relabelled = spcChart(summary, { ...options, axisPeriods: ['P01', 'P09'], axisLabels: { P01: 'one' } });
    const svg = await renderSvg(relabelled.spec);
    expect(svg).toContain('<title>X</title><desc>X jumped in P16.</desc>');
    expect(svg).toContain('>one<');
    expect(svg).toContain('>P09<');
    expect(svg).not.toContain('>P05<');
  });
});

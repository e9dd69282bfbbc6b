import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '@scpkit/core';
import { lintFigure } from './lint/lint-figure.js';
import { trendLines } from './trend-lines.js';

const options = { id: 'trends', title: 'Trends', description: 'Referrals rose each year.', valueTitle: 'Count' };

describe('trendLines', () => {
  it('draws one panel per series and marks revised points in the data table', () => {
    const figure = trendLines(
      [
        { series: 'Referrals', period: '2020/21', value: 4000 },
        { series: 'Referrals', period: '2021/22', value: 4330, revised: true, revisedFrom: '4,321 in the 2021/22 report' },
        { series: 'Plans', period: '2021/22', value: 301 },
      ],
      options,
    );
    expect(figure.table).toEqual({
      columns: ['Series', 'Period', 'Count', 'Revised'],
      rows: [
        ['Referrals', '2020/21', 4000, ''],
        ['Referrals', '2021/22', 4330, 'yes: was 4,321 in the 2021/22 report'],
        ['Plans', '2021/22', 301, ''],
      ],
    });
    const spec = figure.spec as { facet: { sort: string[] }; data: { values: { label: string }[] } };
    expect(spec.facet.sort).toEqual(['Referrals', 'Plans']);
    expect(spec.data.values.map((v) => v.label)).toEqual(['4,000', '4,330 (revised)', '301']);
  });

  it('passes the figure lint with long indicator names and a revised point (headers wrap to the panel, the revised label clears its diamond)', async () => {
    const figure = trendLines(
      [
        { series: 'Children with a child protection plan at 31 March', period: '2020/21', value: 412 },
        { series: 'Children with a child protection plan at 31 March', period: '2021/22', value: 430 },
        { series: "Referrals to children's social care", period: '2020/21', value: 4000 },
        { series: "Referrals to children's social care", period: '2021/22', value: 4330, revised: true, revisedFrom: '4,321 in the 2021/22 report' },
      ],
      options,
    );
    expect(await lintFigure(figure)).toEqual([]);
  });

  it('refuses a repeated (series, period) pair and non-finite values with typed errors', () => {
    expect(() => trendLines([{ series: 'a', period: 'p', value: 1 }, { series: 'a', period: 'p', value: 2 }], options)).toThrow(InvalidInputError);
    expect(() => trendLines([{ series: 'a', period: 'p', value: Number.NaN }], options)).toThrow(InvalidInputError);
  });
});

import { describe, expect, it } from 'vitest';
import { statedVsComputed } from './stated-vs-computed.js';
import { expectWellFormedFigure, figureText, svgTexts } from './test-support.js';
import { ANALYSIS_FUNCTION_PALETTE } from './theme.js';

describe('statedVsComputed', () => {
  const rows = [
    { claim: 'referrals-up', stated: 12, computed: 12, status: 'matches' },
    { claim: 'plans-share', stated: 30, computed: 29.6, status: 'rounding' },
    { claim: 'cin-down', stated: 8, computed: 11, status: 'differs' },
  ];

  it('plots stated against computed, coloured by status in palette order, over y = x', async () => {
    const figure = statedVsComputed(rows, { ...figureText('claims'), valueTitle: 'value (%)' });
    const svg = await expectWellFormedFigure(figure);
    expect(svgTexts(svg)).toEqual(expect.arrayContaining(['Stated value (%)', 'Computed value (%)', 'matches', 'rounding', 'differs']));
    for (const colour of ANALYSIS_FUNCTION_PALETTE.slice(0, 3)) expect(svg).toContain(`fill="${colour}"`);
    expect(figure.table.rows).toEqual(rows.map((r) => [r.claim, r.stated, r.computed, r.status]));
  });

  it('requires every status in rows to be listed when an order is given', () => {
    expect(() => statedVsComputed(rows, { ...figureText('claims'), statuses: ['matches', 'differs'] })).toThrow(/"rounding"/);
  });
});

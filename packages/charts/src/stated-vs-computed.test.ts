import { describe, expect, it } from 'vitest';
import { lintFigure } from './lint/lint-figure.js';
import { statedVsComputed } from './stated-vs-computed.js';
import { expectWellFormedFigure, figureText, svgTexts } from './test-support.js';
import { ANALYSIS_FUNCTION_PALETTE } from './theme.js';

describe('statedVsComputed', () => {
  const rows = [
    { claim: 'referrals-up', stated: 12, computed: 12, status: 'matches' },
    { claim: 'plans-share', stated: 30, computed: 29.6, status: 'rounding' },
    { claim: 'cin-down', stated: 8, computed: 11, status: 'differs' },
  ];

  it('draws stated minus computed per claim, sorted, coloured by status in palette order, and passes the lint', async () => {
    const figure = statedVsComputed(rows, { ...figureText('claims'), valueTitle: 'percentage points' });
    const svg = await expectWellFormedFigure(figure);
    expect(svgTexts(svg)).toEqual(expect.arrayContaining(['Stated minus computed (percentage points)', 'matches', 'rounding', 'differs', '-3.0', '+0.4', '0']));
    for (const colour of ANALYSIS_FUNCTION_PALETTE.slice(0, 3)) expect(svg).toContain(`fill="${colour}"`);
    expect(figure.table.rows).toEqual([
      ['cin-down', 'cin-down', 8, 11, -3, 'differs'],
      ['referrals-up', 'referrals-up', 12, 12, 0, 'matches'],
      ['plans-share', 'plans-share', 30, 29.6, 30 - 29.6, 'rounding'],
    ]);
    expect(await lintFigure(figure)).toEqual([]);
  });

  it('requires every status in rows to be listed when an order is given', () => {
    expect(() => statedVsComputed(rows, { ...figureText('claims'), statuses: ['matches', 'differs'] })).toThrow(/"rounding"/);
  });
});

import { describe, expect, it } from 'vitest';
import * as core from '../index.js';

describe('the core entry exports the change API', () => {
  it('has every change function', () => {
    for (const name of ['roundHalfUp', 'percentChange', 'formatFigure', 'direction', 'arrowFor', 'directionOfArrow', 'financialYearStart', 'yearOnYear', 'share', 'countsConsistentWith'] as const) {
      expect(typeof core[name], name).toBe('function');
    }
    expect(core.arrowGlyphs).toEqual({ up: '↑', down: '↓', flat: '↔' });
    expect(core.formatFigure(core.percentChange(13_218, 17_011), { unit: 'percent' })).toBe('29%');
  });
});

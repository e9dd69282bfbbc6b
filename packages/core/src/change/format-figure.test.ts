import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/index.js';
import { formatFigure, type FormatFigureOptions } from './format-figure.js';
import { percentChange } from './percent-change.js';

describe('formatFigure', () => {
  it('prints counts with thousands commas', () => {
    expect(formatFigure(17_011, { unit: 'count' })).toBe('17,011');
    expect(formatFigure(106_575, { unit: 'count' })).toBe('106,575');
    expect(formatFigure(12, { unit: 'count' })).toBe('12');
    expect(formatFigure(1_234_567.5, { unit: 'count' })).toBe('1,234,568');
    expect(formatFigure(1.4, { unit: 'count', digits: 1 })).toBe('1.4');
  });

  it('prints percentages as the report does', () => {
    expect(formatFigure(percentChange(13_218, 17_011), { unit: 'percent' })).toBe('29%');
    expect(formatFigure(percentChange(1_305, 1_404), { unit: 'percent', digits: 1 })).toBe('7.6%');
    expect(formatFigure(-35.5, { unit: 'percent' })).toBe('-36%');
    expect(formatFigure(percentChange(26, 11), { unit: 'percent' })).toBe('-58%');
    expect(formatFigure(28.7, { unit: 'percent', sign: 'always' })).toBe('+29%');
    expect(formatFigure(0.2, { unit: 'percent', sign: 'always' })).toBe('0%');
    expect(formatFigure(-0.2, { unit: 'percent' })).toBe('0%');
    expect(formatFigure(7, { unit: 'percent', digits: 1 })).toBe('7.0%');
    expect(formatFigure(1.005, { unit: 'percent', digits: 2 })).toBe('1.01%');
  });

  it('prints pounds', () => {
    expect(formatFigure(270_300, { unit: 'GBP' })).toBe('£270,300');
    expect(formatFigure(64, { unit: 'GBP' })).toBe('£64');
    expect(formatFigure(-31_698, { unit: 'GBP' })).toBe('-£31,698');
    expect(formatFigure(1_685.456, { unit: 'GBP', digits: 2 })).toBe('£1,685.46');
    expect(formatFigure(270_350, { unit: 'GBP', digits: -2 })).toBe('£270,400');
  });

  it('throws InvalidInputError for non-finite values and bad options', () => {
    expect(() => formatFigure(Number.NaN, { unit: 'count' })).toThrow(InvalidInputError);
    expect(() => formatFigure(Number.POSITIVE_INFINITY, { unit: 'GBP' })).toThrow(/value must be a finite number/);
    expect(() => formatFigure(1, { unit: 'metres' } as unknown as FormatFigureOptions)).toThrow(/options.unit must be/);
    expect(() => formatFigure(1, { unit: 'count', digits: 0.5 })).toThrow(/options.digits must be an integer/);
    expect(() => formatFigure(1, { unit: 'count', digits: 21 })).toThrow(/options.digits/);
    expect(() => formatFigure(1, { unit: 'count', sign: 'plus' } as unknown as FormatFigureOptions)).toThrow(/options.sign/);
  });

  it('prints a count that reads back as the rounded value', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.integer({ min: 0, max: 3 }), (x, digits) => {
        const printed = formatFigure(x, { unit: 'count', digits });
        expect(printed).toMatch(/^-?\d{1,3}(,\d{3})*(\.\d+)?$/);
        const decimals = printed.split('.')[1] ?? '';
        expect(decimals.length).toBe(digits);
        const back = Number(printed.replaceAll(',', ''));
        expect(Math.abs(back - x)).toBeLessThanOrEqual(0.5 * 10 ** -digits + 1e-9 * Math.max(1, Math.abs(x)));
      }),
    );
  });

  it('puts the sign before the unit and nothing before zero', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), (n) => {
        const gbp = formatFigure(n, { unit: 'GBP', sign: 'always' });
        if (n > 0) expect(gbp.startsWith('+£')).toBe(true);
        if (n < 0) expect(gbp.startsWith('-£')).toBe(true);
        if (n === 0) expect(gbp).toBe('£0');
      }),
    );
  });
});

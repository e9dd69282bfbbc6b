import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/index.js';
import { financialYearStart } from './financial-year.js';

describe('financialYearStart', () => {
  it('reads the first year of a YYYY/YY period', () => {
    expect(financialYearStart('2021/22')).toBe(2021);
    expect(financialYearStart('1999/00')).toBe(1999);
  });

  it('throws InvalidInputError naming the caller and argument', () => {
    expect(() => financialYearStart('2021-22')).toThrow(InvalidInputError);
    expect(() => financialYearStart('2021/23')).toThrow(/period must name consecutive years \('2021\/22'\)/);
    expect(() => financialYearStart('21/22', 'carryForwardChain', 'statements[1].period')).toThrow(/^carryForwardChain: statements\[1\]\.period must be a financial year/);
  });

  it('orders periods as their strings sort', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9998 }), fc.integer({ min: 1000, max: 9998 }), (a, b) => {
        const p = (y: number) => `${y}/${String((y + 1) % 100).padStart(2, '0')}`;
        expect(financialYearStart(p(a))).toBe(a);
        expect(Math.sign(financialYearStart(p(a)) - financialYearStart(p(b)))).toBe(p(a) < p(b) ? -1 : p(a) > p(b) ? 1 : 0);
      }),
    );
  });
});

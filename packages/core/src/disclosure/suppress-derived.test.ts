import { describe, expect, it } from 'vitest';
import { percentChange } from '../change/percent-change.js';
import { share } from '../change/share.js';
import { InvalidInputError } from '../errors/index.js';
import { suppressDerived } from './suppress-derived.js';
import type { Published } from './symbols.js';

describe('suppressDerived', () => {
  it('the TSDoc examples', () => {
    expect(suppressDerived((part, whole) => share(part, whole), 6, 25)).toBe(24);
    expect(suppressDerived((part, whole) => share(part, whole), '[c]', 25)).toBe('[c]');
    expect(suppressDerived((from, to) => percentChange(from, to), '[x]', '[c]')).toBe('[c]');
    expect(suppressDerived((from, to) => to - from, '[x]', 40)).toBe('[x]');
  });

  it('suppresses a rate or change when either end is suppressed, without calling the formula', () => {
    let calls = 0;
    const change = (from: number, to: number) => {
      calls++;
      return percentChange(from, to);
    };
    expect(suppressDerived(change, 12, '[c]')).toBe('[c]');
    expect(suppressDerived(change, '[c]', 12)).toBe('[c]');
    expect(calls).toBe(0);
    expect(suppressDerived(change, 525, 536)).toBeCloseTo(2.0952, 4);
    expect(calls).toBe(1);
  });

  it('ranks the symbols [c] > [z] > [x]', () => {
    const sum = (...xs: number[]) => xs.reduce((a, b) => a + b, 0);
    expect(suppressDerived(sum, '[x]', '[z]', '[c]')).toBe('[c]');
    expect(suppressDerived(sum, '[x]', '[z]')).toBe('[z]');
    expect(suppressDerived(sum, 4, '[x]')).toBe('[x]');
    expect(suppressDerived(sum, 4, 9)).toBe(13);
    expect(suppressDerived(() => 'no inputs')).toBe('no inputs');
  });

  it('lets errors of the formula through', () => {
    expect(() => suppressDerived((part, whole) => share(part, whole), 6, 0)).toThrow(/share: whole is 0/);
  });

  it('rejects inputs that are neither numbers nor symbols, naming the index', () => {
    expect(() => suppressDerived((a: number) => a, 'c' as Published)).toThrow('suppressDerived: inputs[0] must be a number or one of [c], [x], [z] (got "c")');
    expect(() => suppressDerived((a: number, b: number) => a + b, 1, Number.NaN)).toThrow('inputs[1] must be a finite number (got NaN)');
    expect(() => suppressDerived(42 as unknown as () => number)).toThrow(InvalidInputError);
  });
});

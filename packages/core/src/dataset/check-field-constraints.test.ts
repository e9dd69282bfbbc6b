import { describe, expect, it } from 'vitest';
import { anchoredPattern, checkFieldConstraints } from './check-field-constraints.js';

const codes = (...args: Parameters<typeof checkFieldConstraints>) => checkFieldConstraints(...args).map((v) => v.code);

describe('checkFieldConstraints', () => {
  it('checks inclusive numeric bounds', () => {
    expect(codes('0', 0, { minimum: 0 })).toEqual([]);
    expect(codes('-1', -1, { minimum: 0 })).toEqual(['below-minimum']);
    expect(codes('100', 100, { maximum: 100 })).toEqual([]);
    expect(codes('100.5', 100.5, { minimum: 0, maximum: 100 })).toEqual(['above-maximum']);
    expect(checkFieldConstraints('-1', -1, { minimum: 0 })[0]?.message).toBe('-1 is below the minimum 0');
  });

  it('measures length in code points, not UTF-16 units', () => {
    expect(codes('↑', '↑', { minLength: 1, maxLength: 1 })).toEqual([]);
    expect(codes('😀', '😀', { maxLength: 1 })).toEqual([]);
    expect(codes('', '', { minLength: 1 })).toEqual(['too-short']);
    expect(codes('abc', 'abc', { maxLength: 2 })).toEqual(['too-long']);
  });

  it('anchors patterns to the whole text, as Table Schema does', () => {
    const slug = '[a-z0-9]+(-[a-z0-9]+)*';
    expect(codes('a-b', 'a-b', { pattern: slug })).toEqual([]);
    expect(codes('a-b!', 'a-b!', { pattern: slug })).toEqual(['pattern-mismatch']);
    expect(codes('x2022/23', 'x2022/23', { pattern: '[0-9]{4}/[0-9]{2}' })).toEqual(['pattern-mismatch']);
    expect(anchoredPattern('a|b').test('ab')).toBe(false);
    expect(anchoredPattern('a|b').test('b')).toBe(true);
  });

  it('compares enum members with the cell text exactly', () => {
    expect(codes('up', 'up', { enum: ['up', 'down'] })).toEqual([]);
    expect(codes('Up', 'Up', { enum: ['up', 'down'] })).toEqual(['not-in-enum']);
  });

  it('reports every constraint a value breaks', () => {
    expect(codes('AB', 'AB', { maxLength: 1, pattern: '[a-z]+', enum: ['a'] })).toEqual(['too-long', 'pattern-mismatch', 'not-in-enum']);
    expect(codes('x', 'x', undefined)).toEqual([]);
  });
});

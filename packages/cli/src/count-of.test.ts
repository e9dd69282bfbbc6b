import { describe, expect, it } from 'vitest';
import { countOf } from './count-of.js';

describe('countOf', () => {
  it('says one thing in the singular and any other count in the plural', () => {
    expect(countOf(1, 'figure')).toBe('1 figure');
    expect(countOf(0, 'problem')).toBe('0 problems');
    expect(countOf(156, 'claim')).toBe('156 claims');
  });
});

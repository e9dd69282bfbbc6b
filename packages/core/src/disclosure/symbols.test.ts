import { describe, expect, it } from 'vitest';
import { isSuppressionSymbol, NOT_APPLICABLE, NOT_AVAILABLE, SUPPRESSED } from './symbols.js';

describe('suppression symbols', () => {
  it('are the bracketed GSS shorthand, as the dataset format writes them', () => {
    expect([SUPPRESSED, NOT_AVAILABLE, NOT_APPLICABLE]).toEqual(['[c]', '[x]', '[z]']);
  });

  it('isSuppressionSymbol recognises exactly the three symbols', () => {
    expect(['[c]', '[x]', '[z]'].map(isSuppressionSymbol)).toEqual([true, true, true]);
    expect(['c', '[low]', '', 0, null, undefined, '[C]'].map(isSuppressionSymbol)).toEqual([false, false, false, false, false, false, false]);
  });
});

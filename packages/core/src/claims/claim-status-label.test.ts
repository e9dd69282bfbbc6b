import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/index.js';
import { claimStatuses, claimStatusLabel } from './claim-audit-result.js';

describe('claimStatusLabel', () => {
  it('gives every status plain, distinct words', () => {
    expect(claimStatuses.map(claimStatusLabel)).toEqual(['Inconsistent', 'Cannot be checked', 'Consistent after rounding', 'Consistent']);
  });
  it('throws a typed error for anything else', () => {
    expect(() => claimStatusLabel('toString' as never)).toThrow(InvalidInputError);
    expect(() => claimStatusLabel(undefined as never)).toThrow(InvalidInputError);
  });
});

import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/index.js';
import { rateCIMethodLabel } from './rate-ci-method-label.js';
import { BYARS_MIN_COUNT, rateWithCI } from './rate-with-ci.js';

describe('rateCIMethodLabel', () => {
  it("names the method rateWithCI used, which changes at BYARS_MIN_COUNT", () => {
    expect(rateCIMethodLabel(rateWithCI(BYARS_MIN_COUNT - 1, 106_575).method)).toBe('exact Poisson limits');
    expect(rateCIMethodLabel(rateWithCI(BYARS_MIN_COUNT, 106_575).method)).toBe("Byar's method");
  });

  it('refuses anything else with the typed error (also names inherited from Object)', () => {
    expect(() => rateCIMethodLabel('wilson' as never)).toThrow(InvalidInputError);
    expect(() => rateCIMethodLabel('toString' as never)).toThrow(InvalidInputError);
  });
});

import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../errors/index.js';
import { NHSR_COMMIT } from './nhsr-fixtures.test-data.js';
import { variationClass } from './variation-class.js';

// The mapping of NHSRplotthedots' ptd_point_type (R/ptd_calculate_point_type.R at commit 050b07d):
// a high signal ("Above", "Increasing") times improvement_direction (1, -1) > 0 is improvement, < 0
// concern; with 0 (neutral) special_cause_neutral_high / _low.
describe(`variationClass (NHSRplotthedots ptd_point_type, ${NHSR_COMMIT.slice(0, 7)})`, () => {
  it('maps every rule, side and direction as ptd_point_type', () => {
    for (const rule of ['outside-limits', 'trend', 'two-of-three', 'shift'] as const) {
      expect(variationClass({ rule, side: 'high' }, 'increase')).toEqual({ variation: 'special-cause-improving', side: 'high' });
      expect(variationClass({ rule, side: 'low' }, 'increase')).toEqual({ variation: 'special-cause-concerning', side: 'low' });
      expect(variationClass({ rule, side: 'high' }, 'decrease')).toEqual({ variation: 'special-cause-concerning', side: 'high' });
      expect(variationClass({ rule, side: 'low' }, 'decrease')).toEqual({ variation: 'special-cause-improving', side: 'low' });
      expect(variationClass({ rule, side: 'high' }, 'neutral')).toEqual({ variation: 'special-cause-neither', side: 'high' });
      expect(variationClass({ rule, side: 'low' }, 'neutral')).toEqual({ variation: 'special-cause-neither', side: 'low' });
    }
    for (const improvement of ['increase', 'decrease', 'neutral'] as const) {
      expect(variationClass(null, improvement)).toEqual({ variation: 'common-cause', side: null });
    }
  });

  it('rejects an unknown direction or cause', () => {
    expect(() => variationClass(null, 'up' as never)).toThrow(InvalidInputError);
    expect(() => variationClass(null, 'up' as never)).toThrow(/variationClass: improvement must be 'increase', 'decrease' or 'neutral'/);
    expect(() => variationClass({ rule: 'run', side: 'high' } as never, 'increase')).toThrow(/cause must be null or/);
    expect(() => variationClass({ rule: 'shift', side: 'up' } as never, 'increase')).toThrow(/cause must be null or/);
  });
});

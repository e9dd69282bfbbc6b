import type { ConstraintViolation } from './check-field-constraints.js';
import type { ConstraintsByUnit } from './table-schema.js';

/**
 * Checks the scpkit extension `scpkit:constraintsByUnit`: the bounds a numeric value must respect
 * given the unit stated in the same row (e.g. a `percent` share lies in 0-100, a `count` is a
 * non-negative integer, a `percent-change` may be any finite number). `value` is the converted
 * number of `rule.field`, `text` its cell text, `unit` the text of `rule.unitField`; a unit the rule
 * does not list adds no constraint.
 */
export function checkConstraintsByUnit(text: string, value: number, unit: string, rule: ConstraintsByUnit): ConstraintViolation[] {
  const bounds = rule.byUnit[unit];
  if (bounds === undefined) return [];
  const violations: ConstraintViolation[] = [];
  const forUnit = `for ${rule.unitField} ${JSON.stringify(unit)}`;
  if (bounds.integer === true && !Number.isInteger(value)) {
    violations.push({ code: 'not-an-integer', message: `${text} is not a whole number, as it must be ${forUnit}` });
  }
  if (bounds.minimum !== undefined && value < bounds.minimum) {
    violations.push({ code: 'below-minimum', message: `${text} is below the minimum ${bounds.minimum} ${forUnit}` });
  }
  if (bounds.maximum !== undefined && value > bounds.maximum) {
    violations.push({ code: 'above-maximum', message: `${text} is above the maximum ${bounds.maximum} ${forUnit}` });
  }
  return violations;
}

import { describe, expect, it } from 'vitest';
import { assuranceIcon, ruleText, variationIcon } from './making-data-count.js';

describe('Making Data Count icons', () => {
  it('say the class and side in words, and differ in shape as well as colour', () => {
    const icons = [
      variationIcon('common-cause', null),
      variationIcon('special-cause-improving', 'low'),
      variationIcon('special-cause-concerning', 'high'),
      variationIcon('special-cause-neither', 'high'),
    ];
    expect(icons.map((i) => i.text)).toEqual(['Common cause', 'Special cause, improving (low)', 'Special cause, concerning (high)', 'Special cause, neither better nor worse (high)']);
    expect(icons.map((i) => i.shape)).toEqual(['circle', 'triangle-down', 'triangle-up', 'diamond']);
    expect(new Set(icons.map((i) => i.colour)).size).toBe(4);
  });

  it('name the assurance and the rules in words', () => {
    expect(['consistently-passing', 'consistently-failing', 'hit-and-miss', null].map((a) => assuranceIcon(a as never).text)).toEqual([
      'Consistently passing the target',
      'Consistently failing the target',
      'Hit and miss against the target',
      'No target',
    ]);
    expect(ruleText('shift')).toBe('a shift of points on one side of the mean');
    expect(ruleText('outside-limits')).toBe('a point outside the process limits');
  });
});

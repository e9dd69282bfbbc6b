import { describe, expect, it } from 'vitest';
import { ClaimReferenceError, parseClaimReference, parseClaimReferences } from './claim-reference.js';

describe('parseClaimReferences', () => {
  it('parses every selector form', () => {
    const refs = parseClaimReferences(
      [
        'from=context-values:family-contacts@2020/21',
        ' to = context-values:family-contacts@2021/22 ',
        'stated=context-indicators:family-contacts#change',
        'stated=context-indicators:family-contacts#arrow',
        'part=budget-lines:actual/income/*',
        'part=budget-lines:actual/expenditure/1..9',
        'whole=budget-totals:actual/income',
        'item=chart-series:rapid-review-abuse-types#3',
        'other=figures:rapid-reviews',
        'from=figures:home-safety-referrals@end of 2021/22',
        'whole=figures:cdop-deaths~Sussex',
        'part=figures:cdop-deaths~',
        'to=figures:under-5s-smoking-at-delivery-percent~England@2021/22',
        'whole=board-members:count(role=Lay Member)',
        'whole=acronyms:count()',
      ].join(';'),
    );
    expect(refs.map((r) => [r.role, r.resource, r.selector])).toEqual([
      ['from', 'context-values', { type: 'context-value', indicator: 'family-contacts', period: '2020/21' }],
      ['to', 'context-values', { type: 'context-value', indicator: 'family-contacts', period: '2021/22' }],
      ['stated', 'context-indicators', { type: 'indicator-field', indicator: 'family-contacts', field: 'change' }],
      ['stated', 'context-indicators', { type: 'indicator-field', indicator: 'family-contacts', field: 'arrow' }],
      ['part', 'budget-lines', { type: 'budget-line', statement: 'actual', side: 'income', positions: 'all' }],
      ['part', 'budget-lines', { type: 'budget-line', statement: 'actual', side: 'expenditure', positions: { first: 1, last: 9 } }],
      ['whole', 'budget-totals', { type: 'budget-total', statement: 'actual', side: 'income' }],
      ['item', 'chart-series', { type: 'chart-point', chart: 'rapid-review-abuse-types', positions: { first: 3, last: 3 } }],
      ['other', 'figures', { type: 'figure', id: 'rapid-reviews' }],
      ['from', 'figures', { type: 'figure', id: 'home-safety-referrals', period: 'end of 2021/22' }],
      ['whole', 'figures', { type: 'figure', id: 'cdop-deaths', area: 'Sussex' }],
      ['part', 'figures', { type: 'figure', id: 'cdop-deaths', area: null }],
      ['to', 'figures', { type: 'figure', id: 'under-5s-smoking-at-delivery-percent', area: 'England', period: '2021/22' }],
      ['whole', 'board-members', { type: 'row-count', field: 'role', value: 'Lay Member' }],
      ['whole', 'acronyms', { type: 'row-count', field: null, value: null }],
    ]);
    expect(refs[1]?.target).toBe('context-values:family-contacts@2021/22');
  });

  it('empty or missing text has no references', () => {
    expect(parseClaimReferences(null)).toEqual([]);
    expect(parseClaimReferences('  ')).toEqual([]);
  });

  it.each([
    ['figures:x', 'must be role=resource:selector'],
    ['total=figures:x', 'unknown role "total"'],
    ['part=figures', 'target must be resource:selector'],
    ['part=sheets:x', 'unknown resource "sheets"'],
    ['part=figures:Not A Slug', 'selector must be <measure id>, <measure id>@<period>'],
    ['from=context-values:x@2021', 'selector must be <indicator>@<YYYY/YY>'],
    ['stated=context-indicators:x#label', 'selector must be <indicator>#change or <indicator>#arrow'],
    ['part=budget-lines:y/assets/1', 'selector must be <statement>/<income|expenditure>/<positions>'],
    ['part=budget-lines:y/income/0', 'positions must be a number, first..last or *'],
    ['part=budget-lines:y/income/5..2', 'position range 5..2 runs backwards'],
    ['part=chart-series:no position', 'selector must be <chart id>#<positions>'],
    ['whole=board-members:count(colour=red)', 'resource "board-members" has no field "colour"'],
    ['whole=acronyms:YOT', 'selector must be count() or count(<field>=<value>) for resource "acronyms"'],
  ])('%s is a ClaimReferenceError: %s', (text, message) => {
    expect(() => parseClaimReference(text)).toThrow(ClaimReferenceError);
    expect(() => parseClaimReference(text)).toThrow(message);
  });
});

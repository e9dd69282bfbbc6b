import { describe, expect, it } from 'vitest';
import type { Acronym } from '../../dataset/index.js';
import { checkPeople } from './check-people.js';
import { budgetLine, member, reviewDataset } from './review.test-support.js';

const kinds = (findings: ReturnType<typeof checkPeople>) => findings.map((f) => `${f.status} ${f.severity} ${f.kind}`);
const acronym = (acronym: string, expansion: string): Acronym => ({ acronym, expansion, section: '9.E', quote: acronym });

describe('checkPeople', () => {
  const lead = (second: { from?: string | null; to?: string | null }) =>
    checkPeople(reviewDataset({ 'board-members': [member(1, 'Sylvia Tidy, Cllr', 'Lead Member', { to: '2021-05' }), member(2, 'Bob Bowdler, Cllr', 'Lead Member', { from: null, to: null, ...second })] }));

  it('a "to" met by a "from" is a handover; two ends and no start is a gap (From May.21 -> To Jul.21 -> From May.21)', () => {
    expect(lead({ from: '2021-05' })).toEqual([]);
    expect(lead({ from: '2021-06' })).toEqual([]);
    const gap = lead({ to: '2021-07' });
    expect(kinds(gap)).toEqual(['flagged inconsistency post-gap']);
    expect(gap[0]?.explanation).toBe(
      'Sylvia Tidy, Cllr (to 2021-05) and Bob Bowdler, Cllr (to 2021-07) both end the post Lead Member, and nobody is listed as starting it: one end date is probably a start date, or a holder is missing.',
    );
    expect(gap[0]?.rows.map((r) => r.key)).toEqual(['position 1 Sylvia Tidy, Cllr', 'position 2 Bob Bowdler, Cllr']);
    expect(lead({ from: '2021-05' })).toEqual([]);
  });

  it('a successor starting months before the holder ends overlaps; an end nobody takes over is a caveat', () => {
    expect(kinds(lead({ from: '2021-01' }))).toEqual(['flagged inconsistency post-overlap']);
    expect(kinds(lead({}))).toEqual(['flagged caveat post-left-vacant']);
  });

  it('a member without a role holds the organisation\'s seat, whatever place follows its name', () => {
    const seat = (from: string) =>
      checkPeople(
        reviewDataset({
          'board-members': [
            member(1, 'David Satchell', '', { role: null, title: 'National Probation Service, Sussex', organisation: 'National Probation Service, Sussex', to: '2021-07' }),
            member(2, 'Debbie Knight', '', { role: null, title: 'National Probation Service', organisation: 'National Probation Service', from }),
          ],
        }),
      );
    expect(seat('2021-07')).toEqual([]);
    expect(kinds(seat('2020-01'))).toEqual(['flagged inconsistency post-overlap']);
  });

  it('an organisation written two ways: a plural, or one place with two kinds of body', () => {
    const orgs = (board: string, budget: string) =>
      checkPeople(reviewDataset({ 'board-members': [member(1, 'Jo', 'Nurse', { organisation: board })], 'budget-lines': [budgetLine('actual', 'income', 1, 10, budget)], acronyms: [acronym('BC', 'Borough Council'), acronym('CCG', 'Clinical Commissioning Groups')] }));
    expect(orgs('Sussex CCG', 'Sussex CCG')).toEqual([]);
    expect(kinds(orgs('Sussex CCGs', 'Sussex CCG'))).toEqual(['flagged inconsistency organisation-written-two-ways']);
    expect(orgs('Sussex CCG', 'Sussex CCG')).toEqual([]);
    expect(orgs('Clinical Commissioning Group', 'CCG')).toEqual([]);
    const body = orgs('Lewes DC and Eastbourne BC', 'Eastbourne District Council');
    expect(kinds(body)).toEqual(['flagged inconsistency organisation-written-two-ways']);
    expect(body[0]?.explanation).toBe('The report names one body two ways, "Eastbourne BC" and "Eastbourne District Council" (borough against district once acronyms are spelt out): one of them is wrong.');
    expect(orgs('Eastbourne BC', 'Rother District Council')).toEqual([]);
  });

  it('a person listed twice with different roles', () => {
    const twice = (role: string) => checkPeople(reviewDataset({ 'board-members': [member(1, 'Ben Brown', 'Consultant'), member(2, 'Ben Brown', role)] }));
    expect(twice('Consultant').filter((f) => f.kind === 'person-with-two-roles')).toEqual([]);
    expect(kinds(twice('Head Teacher'))).toEqual(['flagged inconsistency person-with-two-roles']);
  });
});

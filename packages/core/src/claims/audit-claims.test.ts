import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/index.js';
import { auditClaims, claimRegisterProblems } from './audit-claims.js';
import { ClaimRegisterError } from './claim-register-error.js';
import { budgetLine, chartPoint, claim, contextValue, contextValues, dataset, figure } from './synthetic-dataset.test-support.js';
import type { Claim } from '../dataset/index.js';
import type { ClaimsDataset } from './claims-dataset.js';

const change = (from: string, to: string) => `from=context-values:${from}; to=context-values:${to}`;

function auditOne(row: Claim, data: Omit<ClaimsDataset['tables'], 'claims'> = { 'context-values': contextValues }, options = {}) {
  const [result] = auditClaims(dataset({ ...data, claims: [row] }), options);
  if (result === undefined) throw new Error('no result');
  return result;
}

describe('auditClaims: percent-change', () => {
  const contacts = (stated: string, value: number) =>
    claim({ id: 'contacts-change', kind: 'percent-change', stated, stated_value: value, references: change('family-contacts@2020/21', 'family-contacts@2021/22') });

  it('"up 29%" for 13,218 -> 17,011 (+28.70%) is consistent after half-up rounding', () => {
    const result = auditOne(contacts('29%', 29));
    expect(result.status).toBe('consistent-after-rounding');
    expect(result.computedValue).toBeCloseTo(28.695718, 5);
    expect(result.computed).toBe('+28.70%');
    expect(result.explanation).toBe('From 13,218 to 17,011 is a change of +28.70%, which rounds half-up to +29%, as printed.');
  });

  it('changing the stated value flips the status', () => {
    expect(auditOne(contacts('28%', 28)).status).toBe('inconsistent');
    expect(auditOne(contacts('30%', 30)).status).toBe('inconsistent');
    expect(auditOne(contacts('28.7%', 28.7)).status).toBe('consistent-after-rounding');
    expect(auditOne(contacts('28.6%', 28.6)).status).toBe('inconsistent');
  });

  it('"up 10%" for 3,811 -> 4,169 (+9.39%) is inconsistent', () => {
    const result = auditOne(claim({ id: 'referrals', kind: 'percent-change', stated: '10%', stated_value: 10, references: change('referrals@2020/21', 'referrals@2021/22') }));
    expect(result.status).toBe('inconsistent');
    expect(result.computedValue).toBeCloseTo(9.39386, 4);
    expect(result.explanation).toContain('which rounds half-up to +9%, not the printed +10%');
  });

  it('"(7.6%)" for 1,305 -> 1,404 is read with the one decimal it prints', () => {
    const result = auditOne(claim({ id: 'missing', kind: 'percent-change', stated: '(7.6%)', stated_value: 7.6, references: change('missing-episodes@2020/21', 'missing-episodes@2021/22') }));
    expect(result.status).toBe('consistent-after-rounding');
    expect(result.computed).toBe('+7.586%');
  });

  it('a stated decrease is negative: "-9%" for an increase is inconsistent', () => {
    expect(auditOne(claim({ id: 'r', kind: 'percent-change', stated: '9% reduction', stated_value: -9, references: change('referrals@2020/21', 'referrals@2021/22') })).status).toBe('inconsistent');
  });

  it('an exact change is consistent: 200 -> 250 is exactly 25%', () => {
    const data = { 'context-values': [contextValue('x', '2020/21', 200), contextValue('x', '2021/22', 250)] };
    expect(auditOne(claim({ id: 'x', kind: 'percent-change', stated: 'up 25%', stated_value: 25, references: change('x@2020/21', 'x@2021/22') }), data).status).toBe('consistent');
  });

  it('rounding is an option: 200 -> 205 (+2.5%) prints 3% half-up but 2% half-even or truncated', () => {
    const data = { 'context-values': [contextValue('x', '2020/21', 200), contextValue('x', '2021/22', 205)] };
    const three = claim({ id: 'x', kind: 'percent-change', stated: '3%', stated_value: 3, references: change('x@2020/21', 'x@2021/22') });
    const two = { ...three, stated: '2%', stated_value: 2, quote: 'up 2%' };
    expect(auditOne(three, data).status).toBe('consistent-after-rounding');
    expect(auditOne(three, data, { rounding: 'half-even' }).status).toBe('inconsistent');
    expect(auditOne(two, data, { rounding: 'half-even' }).status).toBe('consistent-after-rounding');
    expect(auditOne(two, data, { rounding: 'truncate' }).status).toBe('consistent-after-rounding');
    expect(auditOne(two, data).status).toBe('inconsistent');
  });

  it('a tolerance lets a near miss count as consistent after rounding, and says so', () => {
    const referrals = claim({ id: 'r', kind: 'percent-change', stated: '10%', stated_value: 10, references: change('referrals@2020/21', 'referrals@2021/22') });
    const result = auditOne(referrals, undefined, { tolerance: 1 });
    expect(result.status).toBe('consistent-after-rounding');
    expect(result.explanation).toContain('within the tolerance of 1');
  });

  it('is unverifiable when the earlier figure is not printed, or is 0', () => {
    const pf = claim({ id: 'pf', kind: 'percent-change', stated: '5%', stated_value: 5, references: 'to=context-values:privately-fostered@2021/22' });
    const result = auditOne(pf);
    expect(result.status).toBe('unverifiable');
    expect(result.explanation).toBe('The report prints no earlier figure for this change, so it cannot be recomputed.');
    const zero = { 'context-values': [contextValue('x', '2020/21', 0), contextValue('x', '2021/22', 5)] };
    expect(auditOne(claim({ id: 'z', kind: 'percent-change', stated: '5%', stated_value: 5, references: change('x@2020/21', 'x@2021/22') }), zero).status).toBe('unverifiable');
  });
});

describe('auditClaims: arrows and comparison words', () => {
  const arrow = (indicator: string, glyph: string, from = '2020/21') =>
    claim({ id: `${indicator}-arrow`, kind: 'direction', stated: glyph, references: `from=context-values:${indicator}@${from}; to=context-values:${indicator}@2021/22` });

  it('an arrow with the sign of the change is consistent; against it, inconsistent', () => {
    expect(auditOne(arrow('family-contacts', '↑')).status).toBe('consistent');
    const down = auditOne(arrow('family-contacts', '↓'));
    expect(down.status).toBe('inconsistent');
    expect(down.computed).toBe('↑ (+28.70%)');
    expect(down.explanation).toBe('From 13,218 to 17,011 (+28.70%) is up (↑), but the report prints ↓.');
  });

  it('"↓" for privately fostered children rising 22 (Jun 20) -> 45 is inconsistent', () => {
    const data = { 'context-values': contextValues, figures: [figure('pf-jun-20', 22)] };
    const row = claim({ id: 'pf', kind: 'direction', stated: '↓', references: 'from=figures:pf-jun-20; to=context-values:privately-fostered@2021/22' });
    expect(auditOne(row, data).status).toBe('inconsistent');
  });

  it('"↔" for 525 -> 536 is inconsistent when only no change is flat, consistent with a 5% flat band', () => {
    const flat = arrow('cp-plans', '↔');
    const strict = auditOne(flat);
    expect(strict.status).toBe('inconsistent');
    expect(strict.explanation).toContain('only no change counts as flat');
    const lenient = auditOne(flat, undefined, { flatWithin: { percent: 5 } });
    expect(lenient.status).toBe('consistent');
    expect(lenient.explanation).toContain('changes within 5% count as flat');
    expect(auditOne(flat, undefined, { flatWithin: { percent: 2 } }).status).toBe('inconsistent');
  });

  it('comparison words: "slightly higher" for 525 -> 536 is consistent, "lower" is not', () => {
    const row = (stated: string) => claim({ id: 'cp', kind: 'comparison', stated, references: change('cp-plans@2020/21', 'cp-plans@2021/22') });
    const higher = auditOne(row('slightly higher'));
    expect(higher.status).toBe('consistent');
    expect(higher.explanation).toBe('536 against 525 (+2.10%) is higher, as "slightly higher" says.');
    expect(auditOne(row('a slight increase')).status).toBe('consistent');
    expect(auditOne(row('lower')).status).toBe('inconsistent');
    expect(auditOne(row('reduction')).status).toBe('inconsistent');
  });

  it('is unverifiable without the earlier figure', () => {
    const result = auditOne(claim({ id: 'pf', kind: 'direction', stated: '↓', references: 'to=context-values:privately-fostered@2021/22' }));
    expect(result.status).toBe('unverifiable');
    expect(result.computed).toBeNull();
  });
});

describe('auditClaims: shares', () => {
  const data = { figures: [figure('children', 25), figure('under-1s', 6), figure('deaths-with-factors', 27), figure('notified', 514)] };
  const share = (stated: string, value: number, references: string | null) => claim({ id: 's', kind: 'share', stated, stated_value: value, references });

  it('"6 of 25 ...; 24%" is exactly consistent', () => {
    const result = auditOne(share('24%', 24, 'part=figures:under-1s; whole=figures:children'), data);
    expect(result.status).toBe('consistent');
    expect(result.computedValue).toBe(24);
  });

  it('a percentage no whole count can produce is inconsistent: 38% of 25 children', () => {
    const result = auditOne(share('38%', 38, 'whole=figures:children'), data);
    expect(result.status).toBe('inconsistent');
    expect(result.computed).toBe('36.00% or 40.00%');
    expect(result.explanation).toBe('No whole number of 25 (children) gives 38%: 9 of 25 is 36.00% and 10 of 25 is 40.00%.');
  });

  it('a percentage some whole count gives is consistent (exactly or after rounding)', () => {
    expect(auditOne(share('36%', 36, 'whole=figures:children'), data).status).toBe('consistent');
    const national = auditOne(share('35%', 35, 'whole=figures:notified'), data);
    expect(national.status).toBe('consistent-after-rounding');
    expect(national.explanation).toBe('Of 514 (notified), 178 to 182 round half-up to 35%; the count itself is not printed.');
    expect(national.computedValue).toBeCloseTo((100 * 180) / 514, 10);
  });

  it('a count with a percentage but no denominator is unverifiable, naming the denominators that fit (27/78 is 34.6%, so only 79 or 80)', () => {
    const result = auditOne(share('27 (34%)', 34, 'part=figures:deaths-with-factors'), data);
    expect(result.status).toBe('unverifiable');
    expect(result.explanation).toBe('The report prints no denominator; 27 is 34% of 79 or 80 (derived, not printed).');
  });

  it('a percentage with nothing printed to check it against is unverifiable', () => {
    expect(auditOne(share('67%', 67, null), data).status).toBe('unverifiable');
  });

  it('a hedged share is checked against its hedge: "Just over 50%" of 80 settings', () => {
    const settings = { figures: [figure('settings', 80), figure('deprived', 41)] };
    expect(auditOne(share('Just over 50%', 50, 'part=figures:deprived; whole=figures:settings'), settings).status).toBe('consistent');
    const wholeOnly = auditOne(share('Just over 50%', 50, 'whole=figures:settings'), settings);
    expect(wholeOnly.status).toBe('consistent');
    expect(wholeOnly.explanation).toBe('Of 80 (settings), 41 to 44 are just over 50%; the count itself is not printed.');
    const low = { figures: [figure('settings', 80), figure('deprived', 39)] };
    expect(auditOne(share('Just over 50%', 50, 'part=figures:deprived; whole=figures:settings'), low).status).toBe('inconsistent');
  });

  it('"97%" of 190 schools with 182 returned (95.79%) is inconsistent', () => {
    const schools = { figures: [figure('schools', 190), figure('returned', 182)] };
    const result = auditOne(share('97%', 97, 'part=figures:returned; whole=figures:schools'), schools);
    expect(result.status).toBe('inconsistent');
    expect(result.explanation).toBe('182 of 190 is 95.79%, which rounds half-up to 96%, not the printed 97%.');
  });
});

describe('auditClaims: counts, totals, differences, rates, averages', () => {
  it('count-of: N of M holds when 0 <= N <= M', () => {
    const data = { figures: [figure('schools', 190)] };
    const row = (n: number) => claim({ id: 'c', kind: 'count-of', stated: `${n} have returned`, stated_value: n, references: 'whole=figures:schools' });
    expect(auditOne(row(182), data).status).toBe('consistent');
    expect(auditOne(row(191), data).status).toBe('inconsistent');
    expect(auditOne(claim({ id: 'c', kind: 'count-of', stated: '9 out of 34', stated_value: 9 }), data).status).toBe('unverifiable');
  });

  it('total: the budget lines sum to the printed total; a changed total is inconsistent', () => {
    const lines = [budgetLine('y', 'income', 1, 35000), budgetLine('y', 'income', 2, 53400), budgetLine('y', 'income', 3, 181900)];
    const row = (text: string, value: number) => claim({ id: 't', kind: 'total', stated: text, stated_value: value, references: 'part=budget-lines:y/income/*' });
    const result = auditOne(row('£270,300', 270300), { 'budget-lines': lines });
    expect(result.status).toBe('consistent');
    expect(result.explanation).toBe('The 3 parts (£35,000 + £53,400 + £181,900) sum to £270,300, exactly as printed.');
    expect(auditOne(row('£270,400', 270400), { 'budget-lines': lines }).status).toBe('inconsistent');
  });

  it('total with a part the report does not give ("Not yet advised") is unverifiable, never 0', () => {
    const lines = [budgetLine('y', 'income', 1, 35000), budgetLine('y', 'income', 2, null, 'National Probation Service')];
    const result = auditOne(claim({ id: 't', kind: 'total', stated: '£35,000', stated_value: 35000, references: 'part=budget-lines:y/income/*' }), { 'budget-lines': lines });
    expect(result.status).toBe('unverifiable');
    expect(result.explanation).toBe('National Probation Service (y income) (budget-lines:y/income/2) has no printed value; the other parts sum to £35,000, so the total cannot be checked.');
  });

  it('total of printed percentages: 63% + 35% = 98%', () => {
    const data = { figures: [figure('excellent', 63, { unit: 'percent' }), figure('good', 35, { unit: 'percent' })] };
    const row = (value: number) => claim({ id: 't', kind: 'total', stated: `${value}%`, stated_value: value, references: 'part=figures:excellent; part=figures:good' });
    expect(auditOne(row(98), data).status).toBe('consistent');
    expect(auditOne(row(97), data).status).toBe('inconsistent');
  });

  it('difference: a balancing carry-forward is the income total less the other expenditure', () => {
    const lines = [budgetLine('y', 'expenditure', 1, 28618), budgetLine('y', 'expenditure', 2, 217827), budgetLine('y', 'expenditure', 3, 23855)];
    const totals = [{ statement: 'y', side: 'income' as const, amount: 270300, section: '9.C', quote: 'Total' }];
    const row = (value: number) => claim({ id: 'd', kind: 'difference', stated: `£${value.toLocaleString('en-GB')}`, stated_value: value, references: 'whole=budget-totals:y/income; part=budget-lines:y/expenditure/1..2' });
    expect(auditOne(row(23855), { 'budget-lines': lines, 'budget-totals': totals }).status).toBe('consistent');
    expect(auditOne(row(23856), { 'budget-lines': lines, 'budget-totals': totals }).status).toBe('inconsistent');
  });

  it('rate and average', () => {
    const data = { figures: [figure('participants', 869), figure('places', 1297), figure('a', 525), figure('b', 536)] };
    const rate = (value: number) => claim({ id: 'r', kind: 'rate', stated: `${value}%`, stated_value: value, references: 'numerator=figures:participants; denominator=figures:places' });
    expect(auditOne(rate(67), data).status).toBe('consistent-after-rounding');
    expect(auditOne(rate(68), data).status).toBe('inconsistent');
    const avg = (value: number) => claim({ id: 'm', kind: 'average', stated: `averaging ${value}`, stated_value: value, references: 'part=figures:a; part=figures:b' });
    expect(auditOne(avg(530.5), data).status).toBe('consistent');
    expect(auditOne(avg(531), data).status).toBe('consistent-after-rounding');
    expect(auditOne(avg(527), data).status).toBe('inconsistent');
  });
});

describe('auditClaims: rankings and cross-checks', () => {
  const chart = 'key-themes';
  const points = [chartPoint(chart, 1, 'A', 3), chartPoint(chart, 2, 'B', 6), chartPoint(chart, 3, 'C', 6), chartPoint(chart, 4, 'D', 5), chartPoint(chart, 5, 'E', 4)];

  it('the three most common items are consistent when no other item is larger', () => {
    const row = (items: number[]) =>
      claim({ id: 'rank', kind: 'ranking', stated: 'three most common', stated_value: 3, references: [...items.map((i) => `item=chart-series:${chart}#${i}`), `among=chart-series:${chart}#*`].join('; ') });
    const top = auditOne(row([2, 3, 4]), { 'chart-series': points });
    expect(top.status).toBe('consistent');
    expect(top.computedValue).toBe(3);
    const wrong = auditOne(row([2, 3, 5]), { 'chart-series': points });
    expect(wrong.status).toBe('inconsistent');
    expect(wrong.explanation).toBe('"D" (5) is larger than "E", so the named items are not the 3 largest.');
  });

  it('"nearly 200" and "Over 200" attendees of one conference cannot both hold', () => {
    const data = { figures: [figure('conference', 200, { qualifier: 'over' })] };
    const row = (stated: string) => claim({ id: 'x', kind: 'cross-check', stated, stated_value: 200, references: 'other=figures:conference' });
    const result = auditOne(row('nearly 200'), data);
    expect(result.status).toBe('inconsistent');
    expect(result.explanation).toBe('No single number is both nearly 200 and over 200 (conference) (vague hedges read within 10%).');
    expect(auditOne(row('just over 200'), data).status).toBe('consistent');
    expect(auditOne(row('200'), data).status).toBe('inconsistent');
  });

  it('the same figure printed twice is consistent; two different figures are not', () => {
    const data = { 'context-values': contextValues };
    const row = (stated: string, value: number) => claim({ id: 'x', kind: 'cross-check', stated, stated_value: value, references: 'other=context-values:family-contacts@2021/22' });
    expect(auditOne(row('17,011', 17011), data).status).toBe('consistent');
    const differ = auditOne(row('17,012', 17012), data);
    expect(differ.status).toBe('inconsistent');
    expect(differ.explanation).toBe('Printed as 17,012 here but 17,011 (family-contacts 2021/22) elsewhere.');
  });
});

describe('auditClaims: missing data never crashes', () => {
  it('a dataset with no claims register audits to []', () => {
    expect(auditClaims(dataset({ 'context-values': contextValues }))).toEqual([]);
  });

  it('every kind without references is unverifiable, in register order', () => {
    const rows: Claim[] = [
      claim({ id: 'a', kind: 'percent-change', stated: '5%', stated_value: 5 }),
      claim({ id: 'b', kind: 'direction', stated: '↑' }),
      claim({ id: 'c', kind: 'comparison', stated: 'higher' }),
      claim({ id: 'd', kind: 'share', stated: '5%', stated_value: 5 }),
      claim({ id: 'e', kind: 'count-of', stated: '5', stated_value: 5 }),
      claim({ id: 'f', kind: 'total', stated: '5', stated_value: 5 }),
      claim({ id: 'g', kind: 'difference', stated: '5', stated_value: 5 }),
      claim({ id: 'h', kind: 'rate', stated: '5%', stated_value: 5 }),
      claim({ id: 'i', kind: 'average', stated: '5', stated_value: 5 }),
      claim({ id: 'j', kind: 'ranking', stated: 'the three', stated_value: 3 }),
      claim({ id: 'k', kind: 'cross-check', stated: '5', stated_value: 5 }),
    ];
    const results = auditClaims(dataset({ claims: rows }));
    expect(results.map((r) => r.id)).toEqual(rows.map((r) => r.id));
    for (const r of results) {
      expect(r.status).toBe('unverifiable');
      expect(r.explanation).toMatch(/^[A-Z].*\.$/);
    }
  });

  it('a dangling reference is unverifiable when the option says so', () => {
    const row = claim({ id: 'a', kind: 'percent-change', stated: '5%', stated_value: 5, references: change('nothing@2020/21', 'nothing@2021/22') });
    const [result] = auditClaims(dataset({ claims: [row] }), { danglingReferences: 'unverifiable' });
    expect(result?.status).toBe('unverifiable');
    expect(result?.explanation).toContain('does not have');
  });
});

describe('auditClaims: register problems are typed errors listing every problem', () => {
  const problemsOf = (rows: Claim[], tables: ClaimsDataset['tables'] = { 'context-values': contextValues }) => {
    try {
      auditClaims({ tables: { ...tables, claims: rows }, rowNumbers: { claims: rows.map((_, i) => i + 2) } });
    } catch (error) {
      expect(error).toBeInstanceOf(ClaimRegisterError);
      return (error as ClaimRegisterError).problems;
    }
    throw new Error('auditClaims did not throw');
  };

  it('dangling, malformed and disallowed references, bad stated values, all at once', () => {
    const problems = problemsOf([
      claim({ id: 'dangling', kind: 'percent-change', stated: '5%', stated_value: 5, references: change('family-contacts@2019/20', 'family-contacts@2021/22') }),
      claim({ id: 'syntax', kind: 'share', stated: '5%', stated_value: 5, references: 'part=figures' }),
      claim({ id: 'resource', kind: 'share', stated: '5%', stated_value: 5, references: 'part=tables:x' }),
      claim({ id: 'role', kind: 'share', stated: '5%', stated_value: 5, references: 'from=context-values:family-contacts@2021/22' }),
      claim({ id: 'twice', kind: 'percent-change', stated: '5%', stated_value: 5, references: `${change('family-contacts@2020/21', 'family-contacts@2021/22')}; to=context-values:referrals@2021/22` }),
      claim({ id: 'unprinted', kind: 'share', stated: '5%', stated_value: 6 }),
      claim({ id: 'no-value', kind: 'share', stated: '5%' }),
      claim({ id: 'not-quoted', kind: 'share', stated: '5%', stated_value: 5, quote: 'something else' }),
      claim({ id: 'arrow', kind: 'direction', stated: 'up' }),
      claim({ id: 'word', kind: 'comparison', stated: 'about the same or higher' }),
      claim({ id: 'disagrees', kind: 'cross-check', stated: '17,000', stated_value: 17000, references: 'stated=context-values:family-contacts@2021/22' }),
    ]);
    expect(problems.map((p) => [p.claim, p.code])).toEqual([
      ['dangling', 'dangling-reference'],
      ['syntax', 'bad-reference'],
      ['resource', 'unknown-resource'],
      ['role', 'role-not-allowed'],
      ['twice', 'role-repeated'],
      ['unprinted', 'stated-value-not-printed'],
      ['no-value', 'missing-stated-value'],
      ['not-quoted', 'stated-not-in-quote'],
      ['arrow', 'unknown-arrow'],
      ['word', 'unknown-direction-word'],
      ['disagrees', 'stated-value-disagrees'],
    ]);
    expect(problems[0]?.row).toBe(2);
    expect(problems[0]?.message).toBe('reference "context-values:family-contacts@2019/20" matches no context value');
  });

  it('the error message lists problems as claims.csv:row:field lines', () => {
    const row = claim({ id: 'dangling', kind: 'share', stated: '5%', stated_value: 5, references: 'part=figures:nope' });
    expect(() => auditClaims({ tables: { claims: [row] }, rowNumbers: { claims: [7] } })).toThrow(
      'claims.csv:7:references: reference "figures:nope" points into "figures", which the dataset does not have [dangling]',
    );
  });

  it('claimRegisterProblems returns the same problems without throwing', () => {
    const row = claim({ id: 'dangling', kind: 'share', stated: '5%', stated_value: 5, references: 'part=figures:nope' });
    expect(claimRegisterProblems(dataset({ claims: [row] })).map((p) => p.code)).toEqual(['dangling-reference']);
    expect(claimRegisterProblems(dataset({ claims: [claim({ id: 'ok', kind: 'share', stated: '5%', stated_value: 5 })] }))).toEqual([]);
  });

  it('a stated value whose sign its text contradicts is stated-value-mismatch, on the stated_value field', () => {
    const codes = (row: Claim) => claimRegisterProblems(dataset({ claims: [row] })).map((p) => [p.field, p.code, p.message]);
    expect(codes(claim({ id: 'x', kind: 'cross-check', stated: '4,169', stated_value: -4169 }))).toEqual([
      ['stated_value', 'stated-value-mismatch', '"4,169" prints no minus sign, so stated_value must be 4169, not -4169'],
    ]);
    expect(codes(claim({ id: 'r', kind: 'percent-change', stated: '44% reduction', stated_value: 44 }))).toEqual([
      ['stated_value', 'stated-value-mismatch', '"44% reduction" states a decrease, and changes are signed, so stated_value must be -44, not 44'],
    ]);
    expect(codes(claim({ id: 'm', kind: 'percent-change', stated: '-25%', stated_value: 25 }))).toEqual([
      ['stated_value', 'stated-value-mismatch', '"-25%" prints -25, so stated_value must be -25, not 25'],
    ]);
    expect(codes(claim({ id: 'u', kind: 'percent-change', stated: 'up 29%', stated_value: -29 }))[0]?.[1]).toBe('stated-value-mismatch');
    expect(codes(claim({ id: 'n', kind: 'percent-change', stated: '7.6%', stated_value: -7.6 }))[0]?.[1]).toBe('stated-value-mismatch');
    expect(codes(claim({ id: 'd', kind: 'difference', stated: 'a fall of £500', stated_value: 500 }))[0]?.[1]).toBe('stated-value-mismatch');
    expect(codes(claim({ id: 's', kind: 'share', stated: '5%', stated_value: -5 }))[0]?.[1]).toBe('stated-value-mismatch');
    expect(codes(claim({ id: 'w', kind: 'cross-check', stated: 'five', stated_value: -5 }))[0]?.[1]).toBe('stated-value-mismatch');
  });

  it('stated values with the sign their text gives pass, as the East Sussex register writes them', () => {
    const ok = (row: Claim) => expect(claimRegisterProblems(dataset({ claims: [row] })), row.stated).toEqual([]);
    ok(claim({ id: 'a', kind: 'percent-change', stated: '44% reduction', stated_value: -44 }));
    ok(claim({ id: 'b', kind: 'percent-change', stated: '-36%', stated_value: -36 }));
    ok(claim({ id: 'c', kind: 'percent-change', stated: 'up 29%', stated_value: 29 }));
    ok(claim({ id: 'd', kind: 'percent-change', stated: '7.6%', stated_value: 7.6 }));
    ok(claim({ id: 'e', kind: 'percent-change', stated: '-25% reduction', stated_value: -25 }));
    ok(claim({ id: 'f', kind: 'percent-change', stated: 'less than 5%', stated_value: 5 }));
    ok(claim({ id: 'g', kind: 'percent-change', stated: '0% change', stated_value: 0 }));
    ok(claim({ id: 'h', kind: 'cross-check', stated: '44% reduction', stated_value: 44 }));
    ok(claim({ id: 'i', kind: 'cross-check', stated: '4,169', stated_value: 4169 }));
    ok(claim({ id: 'j', kind: 'count-of', stated: '11 have decreased', stated_value: 11 }));
    ok(claim({ id: 'k', kind: 'cross-check', stated: '-3', stated_value: -3 }));
  });

  it('invalid options are InvalidInputError', () => {
    expect(() => auditClaims(dataset({}), { tolerance: -1 })).toThrow(InvalidInputError);
    expect(() => auditClaims(dataset({}), { rounding: 'banker' as never })).toThrow(InvalidInputError);
    expect(() => auditClaims(dataset({}), { hedgeMargin: Number.NaN })).toThrow(InvalidInputError);
  });

  it('a non-finite number in the data never reaches a result', () => {
    const row = claim({ id: 'x', kind: 'cross-check', stated: '5', stated_value: 5, references: 'other=figures:bad' });
    expect(() => auditClaims(dataset({ claims: [row], figures: [figure('bad', Number.NaN)] }))).toThrow(InvalidInputError);
  });
});

describe('auditClaims: shares without a denominator under other rounding rules', () => {
  const data = { figures: [figure('deaths-with-factors', 27)] };
  const row = claim({ id: 's', kind: 'share', stated: '27 (34%)', stated_value: 34, references: 'part=figures:deaths-with-factors' });

  it('truncation gives other denominators than half-up: 27 is 34% of 78 or 79 when truncating', () => {
    const [result] = auditClaims(dataset({ ...data, claims: [row] }), { rounding: 'truncate' });
    expect(result?.explanation).toBe('The report prints no denominator; 27 is 34% of 78 or 79 (derived, not printed).');
  });

  it('a 1% share of a count is still finitely many denominators; 0% of a non-zero count is none', () => {
    const one = claim({ id: 'one', kind: 'share', stated: '1 (1%)', stated_value: 1, references: 'part=figures:one' });
    const zero = claim({ id: 'zero', kind: 'share', stated: '1 (0%)', stated_value: 0, references: 'part=figures:one' });
    const results = auditClaims(dataset({ figures: [figure('one', 1)], claims: [one, zero] }));
    expect(results[0]?.explanation).toBe('The report prints no denominator; 1 is 1% of 67 to 200 (derived, not printed).');
    expect(results[1]?.status).toBe('unverifiable');
    expect(results[1]?.explanation).toBe('The report prints no denominator, and 1 is 0% of arbitrarily large totals.');
  });
});

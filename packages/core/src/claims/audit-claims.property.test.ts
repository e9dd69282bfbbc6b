import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arrowFor, arrowGlyphs } from '../change/arrow.js';
import { direction } from '../change/direction.js';
import { percentChange } from '../change/percent-change.js';
import { roundHalfUp } from '../change/round-half-up.js';
import { claimKinds, type Claim, type ClaimKind } from '../dataset/index.js';
import { auditClaims } from './audit-claims.js';
import { claimStatuses } from './claim-audit-result.js';
import { claimKindRoles } from './claim-kind-roles.js';
import { budgetLine, chartPoint, claim, contextValue, dataset, figure } from './synthetic-dataset.test-support.js';

const change = 'from=context-values:x@2020/21; to=context-values:x@2021/22';
const twoYears = (a: number, b: number) => ({ 'context-values': [contextValue('x', '2020/21', a), contextValue('x', '2021/22', b)] });

describe('auditClaims properties', () => {
  it('a percent change printed from the computed value is consistent, and one unit off is inconsistent', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 2 }), (a, b, digits) => {
        const stated = roundHalfUp(percentChange(a, b), digits);
        const row = (value: number) => claim({ id: 'c', kind: 'percent-change', stated: `${value.toFixed(digits)}%`, stated_value: value, references: change });
        const [ok] = auditClaims(dataset({ ...twoYears(a, b), claims: [row(stated)] }));
        expect(['consistent', 'consistent-after-rounding']).toContain(ok?.status);
        const [off] = auditClaims(dataset({ ...twoYears(a, b), claims: [row(roundHalfUp(stated + 10 ** -digits, digits))] }));
        expect(off?.status).toBe('inconsistent');
      }),
    );
  });

  it('the arrow of the computed direction is consistent and the other two arrows are not', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 10_000 }), (a, b) => {
        const computed = arrowFor(direction(a, b));
        for (const glyph of Object.values(arrowGlyphs)) {
          const [result] = auditClaims(dataset({ ...twoYears(a, b), claims: [claim({ id: 'd', kind: 'direction', stated: glyph, references: change })] }));
          expect(result?.status).toBe(glyph === computed ? 'consistent' : 'inconsistent');
        }
      }),
    );
  });

  it('a share printed from a whole count of a printed whole is never inconsistent', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3000 }).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 0, max: n }))), fc.integer({ min: 0, max: 1 }), ([n, k], digits) => {
        const stated = roundHalfUp((100 * k) / n, digits);
        const tables = { figures: [figure('whole', n), figure('part', k)] };
        const row = (references: string) => claim({ id: 's', kind: 'share', stated: `${stated.toFixed(digits)}%`, stated_value: stated, references });
        const [withPart] = auditClaims(dataset({ ...tables, claims: [row('part=figures:part; whole=figures:whole')] }));
        expect(['consistent', 'consistent-after-rounding']).toContain(withPart?.status);
        const [wholeOnly] = auditClaims(dataset({ ...tables, claims: [row('whole=figures:whole')] }));
        expect(['consistent', 'consistent-after-rounding']).toContain(wholeOnly?.status);
      }),
    );
  });

  it('a total equal to the sum of its parts is consistent; off by one, inconsistent', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 12 }), (amounts) => {
        const lines = amounts.map((a, i) => budgetLine('s', 'income', i + 1, a));
        const sum = amounts.reduce((x, y) => x + y, 0);
        const row = (value: number) => claim({ id: 't', kind: 'total', stated: `£${value}`, stated_value: value, references: 'part=budget-lines:s/income/*' });
        expect(auditClaims(dataset({ 'budget-lines': lines, claims: [row(sum)] }))[0]?.status).toBe('consistent');
        expect(auditClaims(dataset({ 'budget-lines': lines, claims: [row(sum + 1)] }))[0]?.status).toBe('inconsistent');
      }),
    );
  });

  it('any claim over any mix of printed and missing data gives a status and a sentence, never NaN or a crash', () => {
    const tables = {
      figures: [figure('f1', 25), figure('f2', 6), figure('f3', 0), figure('f4', 200, { qualifier: 'over' }), figure('f5', 7.6, { unit: 'percent' })],
      'context-values': [contextValue('x', '2020/21', 0), contextValue('x', '2021/22', 12)],
      'budget-lines': [budgetLine('s', 'income', 1, 100), budgetLine('s', 'income', 2, null), budgetLine('s', 'income', 3, 0)],
      'chart-series': [chartPoint('c', 1, 'a', 3), chartPoint('c', 2, 'b', 3), chartPoint('c', 3, 'c', 0)],
    };
    const targets = [
      'figures:f1', 'figures:f2', 'figures:f3', 'figures:f4', 'figures:f5',
      'context-values:x@2020/21', 'context-values:x@2021/22',
      'budget-lines:s/income/1', 'budget-lines:s/income/2', 'budget-lines:s/income/3', 'chart-series:c#1', 'chart-series:c#3',
    ];
    const claimArbitrary = fc
      .record({
        kind: fc.constantFrom(...claimKinds),
        value: fc.integer({ min: -50, max: 300 }),
        picks: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...targets)), { maxLength: 4 }),
        arrow: fc.constantFrom('↑', '↓', '↔'),
        word: fc.constantFrom('higher', 'a reduction', 'unchanged'),
        hedge: fc.constantFrom('', 'nearly ', 'over ', 'just over ', 'about '),
      })
      .map(({ kind, value, picks, arrow, word, hedge }): Claim => {
        const roles = claimKindRoles[kind as ClaimKind].filter((r) => r !== 'stated');
        const used = new Set<string>();
        const references = picks
          .map(([i, target]) => ({ role: roles[i % roles.length] ?? 'part', target }))
          .filter(({ role }) => (['part', 'item', 'among', 'other'].includes(role) ? true : !used.has(role) && (used.add(role), true)))
          .map(({ role, target }) => `${role}=${target}`)
          .join('; ');
        const stated = kind === 'direction' ? arrow : kind === 'comparison' ? word : `${hedge}${value}%`;
        const statedValue = kind === 'direction' || kind === 'comparison' ? null : kind === 'ranking' ? null : value;
        return claim({ id: 'p', kind, stated, stated_value: statedValue, references: references === '' ? null : references });
      })
      .filter((row) => row.kind !== 'ranking');
    fc.assert(
      fc.property(fc.array(claimArbitrary, { maxLength: 6 }), (rows) => {
        const withIds = rows.map((row, i) => ({ ...row, id: `p${i}` }));
        const results = auditClaims(dataset({ ...tables, claims: withIds }));
        expect(results.map((r) => r.id)).toEqual(withIds.map((r) => r.id));
        for (const r of results) {
          expect(claimStatuses).toContain(r.status);
          expect(r.computedValue === null || Number.isFinite(r.computedValue)).toBe(true);
          expect(r.explanation).toMatch(/^\S.*\.$/s);
          expect(r.explanation).not.toMatch(/NaN|Infinity|undefined/);
          if (r.computed !== null) expect(r.computed).not.toMatch(/NaN|Infinity|undefined/);
        }
      }),
    );
  });
});

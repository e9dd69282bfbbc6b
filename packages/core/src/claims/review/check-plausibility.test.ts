import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPlausibility } from './check-plausibility.js';
import { figure, reviewDataset } from './review.test-support.js';

const kinds = (findings: ReturnType<typeof checkPlausibility>) => findings.map((f) => `${f.status} ${f.severity} ${f.kind}`);

describe('checkPlausibility', () => {
  const reviews = (part: number, fields = {}) =>
    checkPlausibility(reviewDataset({ figures: [figure('rapid-reviews', 8, { period: '2021/22' }), figure('rapid-reviews-progressed-to-lcspr', part, { period: '2021/22', ...fields })] }));

  it('a part larger than the whole its id extends is an error (4 of 8 -> 9 of 8 -> 4 of 8)', () => {
    expect(reviews(4)).toEqual([]);
    const found = reviews(9);
    expect(kinds(found)).toEqual(['flagged error subset-exceeds-superset']);
    expect(found[0]?.explanation).toBe('rapid-reviews-progressed-to-lcspr (9) is a part of rapid-reviews (8) by its name, but is larger (2021/22).');
    expect(found[0]?.rows.map((r) => r.key)).toEqual(['rapid-reviews-progressed-to-lcspr@2021/22', 'rapid-reviews@2021/22']);
    expect(reviews(4)).toEqual([]);
  });

  it('leaves out other periods, other areas, hedged counts (unverifiable) and ids naming a larger measure', () => {
    expect(reviews(9, { period: 'Oct 2019 - Mar 2022' })).toEqual([]);
    expect(reviews(9, { area: 'Sussex' })).toEqual([]);
    expect(kinds(reviews(9, { qualifier: 'over' }))).toEqual(['unverifiable error subset-exceeds-superset']);
    expect(checkPlausibility(reviewDataset({ figures: [figure('rapid-reviews', 8, { period: '2021/22' }), figure('rapid-reviews-cumulative', 14, { period: '2021/22' })] }))).toEqual([]);
  });

  it('any part no larger than its whole passes; any larger part is flagged', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 10_000 }), (whole, part) => {
        const found = checkPlausibility(reviewDataset({ figures: [figure('schools', whole), figure('schools-returned', part)] }));
        expect(found.length).toBe(part > whole ? 1 : 0);
      }),
    );
  });

  it('two groups with the same measures, one smaller in one and larger in another, cannot be nested: unverifiable, with the ratios an order of magnitude apart', () => {
    const at = (reactions: number) =>
      checkPlausibility(
        reviewDataset({
          figures: [
            figure('social-posts-corporate-page', 285),
            figure('social-reactions-corporate-page', 949),
            figure('social-posts-childrens-services', 779),
            figure('social-reactions-childrens-services', reactions),
          ],
        }),
      );
    expect(at(2000)).toEqual([]);
    const found = at(145);
    expect(kinds(found)).toEqual(['unverifiable caveat groups-not-nested']);
    expect(found[0]?.explanation).toBe(
      '"childrens-services" is smaller than "corporate-page" in reactions 145 against 949 but larger in posts 779 against 285, so neither can include the other; the report does not say whether one does, so which figure is wrong, if any, cannot be told (per-item ratios an order of magnitude apart: reactions per posts: 0.19 (childrens-services) against 3.33 (corporate-page)).',
    );
    expect(at(2000)).toEqual([]);
  });
});

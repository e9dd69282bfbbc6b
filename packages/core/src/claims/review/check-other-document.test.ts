import { describe, expect, it } from 'vitest';
import type { Acronym } from '../../dataset/index.js';
import { checkOtherDocument, type OtherDocument } from './check-other-document.js';
import { reviewFindings } from './review-findings.js';
import { claim, figure, reviewDataset } from './review.test-support.js';

const kinds = (findings: ReturnType<typeof checkOtherDocument>) => findings.map((f) => `${f.status} ${f.severity} ${f.kind}`);
const lcspr: Acronym = { acronym: 'LCSPR', expansion: 'Local Child Safeguarding Practice Review', section: '9.E', quote: 'LCSPR' };
const report = reviewDataset({ figures: [figure('key-achievements-rapid-reviews', 8)], acronyms: [lcspr] });

function cover(stated: number, text = `o   ${stated} multi-agency Rapid Reviews conducted and 4 completed Local Child Safeguarding Practice Reviews (LCSPR).`): OtherDocument {
  return {
    name: 'cover',
    title: 'Cover report',
    url: 'https://example.org/cover',
    date: '2022-12-13',
    text,
    claims: [claim({ id: 'cover-rapid-reviews', kind: 'cross-check', stated: String(stated), stated_value: stated, references: 'other=figures:key-achievements-rapid-reviews', quote: `${stated} multi-agency Rapid Reviews conducted` })],
    rowNumbers: [2],
  };
}

describe('checkOtherDocument', () => {
  it('a restated figure that drifted is an inconsistency (8 -> 9 -> 8)', () => {
    expect(checkOtherDocument(report, cover(8))).toEqual([]);
    const found = checkOtherDocument(report, cover(9));
    expect(kinds(found)).toEqual(['flagged inconsistency restated-figure-differs']);
    expect(found[0]?.rows).toEqual([{ resource: 'cover/claims', line: 2, key: 'cover-rapid-reviews' }]);
    expect(found[0]?.explanation).toMatch(/^Cover report \(2022-12-13, https:\/\/example.org\/cover\) restates a figure the report's own data contradict: /);
    expect(checkOtherDocument(report, cover(8))).toEqual([]);
  });

  it('a quote not in the document is an error; a reference into nothing is unverifiable', () => {
    expect(kinds(checkOtherDocument(report, cover(8, 'another text')))).toEqual(['flagged error quote-not-in-document']);
    const dangling = { ...cover(8), claims: [claim({ id: 'x', kind: 'cross-check', stated: '8', stated_value: 8, references: 'other=figures:no-such-figure', quote: '8 multi-agency' })] };
    expect(kinds(checkOtherDocument(report, dangling))).toEqual(['unverifiable inconsistency restated-figure-differs']);
  });

  it('an acronym with its letters swapped against the glossary is a typo (LCSPR -> LSCPR -> LCSPR)', () => {
    const text = (acr: string) => `o   8 multi-agency Rapid Reviews conducted and 4 completed Local Child Safeguarding Practice Reviews (${acr}).`;
    expect(checkOtherDocument(report, cover(8, text('LCSPR')))).toEqual([]);
    const found = checkOtherDocument(report, cover(8, text('LSCPR')));
    expect(kinds(found)).toEqual(['flagged typo acronym-misspelt']);
    expect(found[0]?.quotes).toEqual(['Local Child Safeguarding Practice Reviews (LSCPR)']);
    expect(checkOtherDocument(report, cover(8, text('LCSPR')))).toEqual([]);
  });

  it('reviewFindings audits the documents it is given', () => {
    expect(reviewFindings(report, { documents: [cover(9)] }).map((f) => f.kind)).toEqual(['restated-figure-differs']);
    expect(reviewFindings(report)).toEqual([]);
  });
});

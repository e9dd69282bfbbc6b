// The review checks (reviewFindings) on the East Sussex SCP Annual Report 2021/22: each finding is
// a place where the report disagrees with itself or needs a caveat, listed in this folder's README
// ("Review findings"). The expected findings are the report's own facts (quoted there); every
// quote a finding carries is verbatim text of source.txt.
import { fileURLToPath } from 'node:url';
import { countFindings, reviewFindings, type Finding } from '@scpkit/core';
import { loadDataset, loadOtherDocuments } from '@scpkit/core/node';
import { describe, expect, it } from 'vitest';

const folder = fileURLToPath(new URL('.', import.meta.url));
const dataset = loadDataset(folder);
const source = dataset.source?.text ?? '';
const findings = reviewFindings(dataset);
const flagged = findings.filter((f) => f.status === 'flagged');
const of = (kind: string) => flagged.filter((f) => f.kind === kind);
const keys = (f: Finding | undefined) => f?.rows.map((r) => r.key) ?? [];

describe('review findings on East Sussex 2021/22', () => {
  it('every finding quotes the report verbatim and names rows by their CSV or text line', () => {
    for (const f of findings) {
      for (const q of f.quotes) expect(source.includes(q), `${f.kind}: ${q}`).toBe(true);
      for (const r of f.rows) expect(r.line, `${f.kind} ${r.key}`).not.toBeNull();
      expect(f.explanation).toMatch(/[.)]$/);
    }
  });

  it('periods: "2021/21" is no financial year, and it dates the custody count 2021/22 prints elsewhere', () => {
    expect(keys(of('invalid-period')[0])).toEqual(['exploitation-overnight-custody-incidences@2021/21']);
    expect(of('event-dated-differently').map((f) => f.rows[0]?.key)).toEqual(['context-births-to-under-18s-appendix-vs-section-3', 'exploitation-custody-2021-22-vs-section-3']);
    expect(of('comparison-different-points').map(keys)).toEqual([['assurance-late-gp-reports@Q1 2020/21', 'assurance-late-gp-reports@Q2 2021/22']]);
    expect(of('outside-report-year').flatMap(keys)).toEqual(expect.arrayContaining(['cdop-deaths~Sussex@Apr 2020 - Mar 2021', 'home-safety-social-media-posts-corporate-page@Mar 2019 - Feb 2021']));
  });

  it('linked figures: the not yet advised income line, and two decreases printed with a minus', () => {
    expect(of('total-with-line-not-advised')).toHaveLength(1);
    expect(of('total-with-line-not-advised')[0]?.explanation).toContain('£234,055');
    expect(of('signed-decrease').map((f) => f.explanation.slice(0, 20))).toEqual(['"-25% reduction" pri', '"reduction of -36%" ']);
    expect(of('change-against-counts')).toEqual([]);
  });

  it('cross-references: "section 3 (Impact)" means section 6; "section 11" is the Act\'s, so unverifiable', () => {
    expect(of('title-mismatch').map((f) => f.rows[0]?.line)).toEqual([600]);
    expect(of('missing-section')).toEqual([]);
    expect(findings.filter((f) => f.kind === 'missing-section' && f.status === 'unverifiable').map((f) => f.rows.length)).toEqual([5]);
  });

  it('people and posts: the Lead Member post ends twice, Eastbourne\'s council and the CCG are written two ways', () => {
    expect(of('post-gap').map(keys)).toEqual([['position 36 Sylvia Tidy, Cllr', 'position 37 Bob Bowdler, Cllr']]);
    expect(of('organisation-written-two-ways').map((f) => f.explanation)).toEqual([
      'The report writes one organisation two ways: "Sussex CCGs" and "Sussex CCG" differ only in a plural.',
      'The report names one body two ways, "Eastbourne District Council" and "Eastbourne BC" (district against borough once acronyms are spelt out): one of them is wrong.',
    ]);
  });

  it('names: CRG, "Criminal Exploitation" in two cases, and "learing"', () => {
    expect(of('acronym-expansion-differs').map((f) => f.rows[0]?.key)).toEqual(['CRG', 'CRG']);
    expect(of('near-duplicate-name').map(keys)).toEqual([['rapid-review-abuse-types#5', 'rapid-review-learning-themes#14']]);
    expect(of('label-spelling').map(keys)).toEqual([['rapid-review-learning-themes#8']]);
  });

  it('plausibility: no part exceeds its whole; the two social media groups cannot be nested (unverifiable)', () => {
    expect(of('subset-exceeds-superset')).toEqual([]);
    expect(findings.filter((f) => f.kind === 'groups-not-nested').map((f) => f.status)).toEqual(['unverifiable']);
  });

  it('another document: the cover report restates 8 rapid reviews and 4 LCSPRs as the report does, but writes LSCPR', () => {
    const documents = loadOtherDocuments(folder);
    expect(documents.map((d) => [d.name, d.date])).toEqual([['hwb-cover-report-2022-12-13', '2022-12-13']]);
    const withDocuments = reviewFindings(dataset, { documents }).filter((f) => f.check === 'other-document');
    expect(withDocuments.map((f) => `${f.status} ${f.severity} ${f.kind}`)).toEqual(['flagged typo acronym-misspelt']);
    for (const q of withDocuments[0]?.quotes ?? []) expect(documents[0]?.text.includes(q)).toBe(true);
  });

  it('counts, as the README lists them', () => {
    expect(countFindings(findings)).toEqual({ error: 2, inconsistency: 7, typo: 4, caveat: 19, unverifiable: 12 });
  });
});

// The claims register of the East Sussex SCP Annual Report 2021/22 (claims.csv in this folder):
// every quote is verbatim, every reference resolves, the register covers every printed percentage
// and arrow, and the audit finds the report's inconsistencies from the data.
import { fileURLToPath } from 'node:url';
import { auditClaims, claimRegisterProblems, type Claim, type ClaimAuditResult } from '@scpkit/core';
import { loadDataset } from '@scpkit/core/node';
import { describe, expect, it } from 'vitest';

const folder = fileURLToPath(new URL('.', import.meta.url));
const dataset = loadDataset(folder);
if (dataset.source === undefined) throw new Error(`${folder}: datapackage.json names no source text`);
/** The report's text as the loader read it (the descriptor's source, SHA-256 checked). */
const source = dataset.source.text;
const claims: readonly Claim[] = dataset.tables.claims ?? [];
const results = auditClaims(dataset);
const byId = new Map<string, ClaimAuditResult>(results.map((r) => [r.id, r]));

/** Start offsets of every occurrence of `needle` in `text`. */
function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/** The source ranges covered by the claims' quotes (every occurrence of each quote). */
const covered = claims.flatMap((c) => occurrences(source, c.quote).map((start) => [start, start + c.quote.length] as const));
const isCovered = (start: number, end: number) => covered.some(([s, e]) => s <= start && end <= e);

function uncovered(pattern: RegExp): string[] {
  const missing: string[] = [];
  for (const match of source.matchAll(pattern)) {
    const start = match.index!;
    if (!isCovered(start, start + match[0].length)) {
      const line = source.slice(0, start).split('\n').length;
      missing.push(`line ${line}: ${match[0]}`);
    }
  }
  return missing;
}

describe('East Sussex 2021/22 claims register', () => {
  it('has claims, each quote verbatim in source.txt and each stated text inside its quote', () => {
    expect(claims.length).toBeGreaterThan(100);
    for (const c of claims) {
      expect(source.includes(c.quote), `${c.id}: quote not in source.txt`).toBe(true);
      expect(c.quote.includes(c.stated), `${c.id}: stated not in quote`).toBe(true);
    }
  });

  it('every reference resolves and agrees with the value it cites', () => {
    expect(claimRegisterProblems(dataset)).toEqual([]);
  });

  it('covers every printed percentage and every arrow of the report', () => {
    expect(uncovered(/-?\d+(?:\.\d+)?%/g)).toEqual([]);
    expect(uncovered(/[↑↓↔]/gu)).toEqual([]);
  });

  it('has an arrow claim for every indicator the appendix prints an arrow for', () => {
    const withArrow = (dataset.tables['context-indicators'] ?? []).filter((i) => i.arrow !== null).map((i) => i.indicator);
    expect(withArrow.length).toBe(19);
    const arrowClaims = claims.filter((c) => c.kind === 'direction');
    for (const indicator of withArrow) {
      expect(arrowClaims.some((c) => c.references?.includes(`stated=context-indicators:${indicator}#arrow`)), indicator).toBe(true);
    }
  });

  it('checks every total of the budget appendix and both balancing carry-forwards', () => {
    for (const total of dataset.tables['budget-totals'] ?? []) {
      expect(claims.some((c) => c.kind === 'total' && c.references?.includes(`stated=budget-totals:${total.statement}/${total.side}`)), `${total.statement} ${total.side}`).toBe(true);
    }
    expect(claims.filter((c) => c.kind === 'difference').map((c) => byId.get(c.id)?.status)).toEqual(['consistent', 'consistent']);
  });
});

describe('audit of the East Sussex 2021/22 report', () => {
  it('runs on every claim, in register order, with a sentence for each', () => {
    expect(results.map((r) => r.id)).toEqual(claims.map((c) => c.id));
    for (const r of results) expect(r.explanation).toMatch(/^\S.*\.$/s);
  });

  it('finds the report’s inconsistencies', () => {
    const inconsistent = results.filter((r) => r.status === 'inconsistent').map((r) => r.id);
    expect(inconsistent).toEqual([
      'context-privately-fostered-children-arrow', // ↓ printed, 22 (Jun 20) -> 45 (Mar 22)
      'context-child-protection-plans-arrow', // ↔ printed, 525 -> 536 (+2.1%)
      'context-referrals-change', // "up 10%", 3,811 -> 4,169 is +9.39%
      'partnership-under-5s-conference-nearly-200', // "nearly 200" vs "Over 200" attendees
      'rapid-review-under-2s-share', // 38% of 25 children is no whole number
      'exploitation-mace-cohort-four-months-share', // 59% of the 12-child March 2022 cohort is no whole number
      'assurance-schools-returning-share', // 97% vs 182 of 190 (95.8%)
      'assurance-uasc-rise', // "the rise" in UASC, 53 -> 46
    ]);
    expect(byId.get('context-referrals-change')?.computedValue).toBeCloseTo(9.3939, 4);
    expect(byId.get('assurance-schools-returning-share')?.computedValue).toBeCloseTo(95.7895, 4);
    expect(byId.get('rapid-review-under-2s-share')?.computed).toBe('36.00% or 40.00%');
  });

  it('finds the stated changes that hold after half-up rounding', () => {
    const rounded = (id: string) => byId.get(id)?.status;
    expect(rounded('context-family-contacts-change')).toBe('consistent-after-rounding'); // 28.70% -> 29%
    expect(rounded('context-camhs-referrals-change')).toBe('consistent-after-rounding'); // 38.95% -> 39%
    expect(rounded('context-missing-episodes-change')).toBe('consistent-after-rounding'); // 7.586% -> 7.6%
    expect(rounded('context-disabled-cp-share-2021-22')).toBe('consistent-after-rounding'); // 19/536 = 3.54% -> 4%
    expect(rounded('rapid-review-under-1s-share')).toBe('consistent'); // 6/25 = 24%
    expect(rounded('key-achievements-rated-excellent-or-good-total')).toBe('consistent'); // 63% + 35% = 98%
    expect(rounded('rapid-reviews-three-most-common-learning-themes')).toBe('consistent');
    expect(rounded('budget-2022-23-projected-income-total')).toBe('unverifiable'); // "Not yet advised" is not 0
  });

  it('verifies the 44% reduction in red cases from the high-risk counts the same 9.A passage prints (9 to 5)', () => {
    for (const id of ['context-mace-red-cases-change', 'exploitation-mace-red-cases-change']) {
      expect(byId.get(id)?.status).toBe('consistent-after-rounding');
      expect(byId.get(id)?.computedValue).toBeCloseTo(-44.444, 3);
    }
  });

  it('a ↔ for child protection plans holds only with a flat band of at least 2.1%', () => {
    const cp = (flat: number) => auditClaims(dataset, { flatWithin: { percent: flat } }).find((r) => r.id === 'context-child-protection-plans-arrow')?.status;
    expect(cp(2)).toBe('inconsistent');
    expect(cp(2.1)).toBe('consistent');
  });
});

// Checks the committed claims-audit figure (docs/figures/claims-audit.csv and the inline data of
// its .vl.json) against a fresh audit of the dataset's claims register through @scpkit/core.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditClaims, claimStatuses, claimStatusLabel, countClaimStatuses, groupClaimsByStatus, percentChange, reportLookup, statedVsComputedPoints } from '@scpkit/core';
import { loadDataset } from '@scpkit/core/node';
import { figuresDir, recordedNotebook, records, repoRoot, spec, table } from './figure-files.test-support.js';

const dataset = loadDataset(`${repoRoot}datasets/east-sussex/2021-22`);
const report = reportLookup(dataset);
const results = auditClaims(dataset);
const rows = records(table('claims-audit'));

describe('claims-audit figure', () => {
  it('has its four files, written by notebooks/claims-audit.ipynb', () => {
    for (const ext of ['svg', 'png', 'vl.json', 'csv']) expect(existsSync(`${figuresDir}claims-audit.${ext}`), ext).toBe(true);
    const written = spec('claims-audit') as { vconcat: unknown[] };
    expect(recordedNotebook('claims-audit')).toBe('notebooks/claims-audit.ipynb');
    expect(written.vconcat).toHaveLength(2);
  });

  it('the status panel counts every audited claim once, as auditClaims does', () => {
    const counts = countClaimStatuses(results);
    const statusRows = rows.filter((r) => r.Panel?.startsWith('All '));
    expect(statusRows).toHaveLength(claimStatuses.length);
    for (const s of claimStatuses) {
      const row = statusRows.find((r) => r['Status (number of claims)'] === `${claimStatusLabel(s)} (${counts[s]})`);
      expect(row, s).toBeDefined();
      expect(Number(row?.Claims)).toBe(counts[s]);
    }
    expect(statusRows.reduce((sum, r) => sum + Number(r.Claims), 0)).toBe(results.length);
    // The register as committed: 156 claims, 8 of them inconsistent.
    expect([results.length, counts.inconsistent]).toEqual([156, 8]);
  });

  it('the scatter holds every percentage claim with a stated and a computed value, with its status', () => {
    const points = statedVsComputedPoints(results, ['percent-change', 'share']);
    // The difference chart: one row per claim (sorted by stated minus computed), the id beside its label.
    const byId = new Map(rows.filter((r) => r.Panel?.startsWith('Percentage claims')).map((r) => [r['Claim id'], r]));
    expect([...byId.keys()].sort()).toEqual(points.map((p) => p.claim).sort());
    for (const p of points) {
      const row = byId.get(p.claim);
      expect(Number(row?.Stated)).toBe(p.stated);
      expect(Number(row?.Computed)).toBeCloseTo(p.computed, 12);
      expect(Number(row?.['Stated minus computed'])).toBeCloseTo(p.stated - p.computed, 12);
      expect(row?.Status).toBe(claimStatusLabel(p.status));
    }
    const scatter = [...byId.values()].map((r): Record<string, string | undefined> => ({ ...r, Claim: r['Claim id'], Status: r.Status === 'Inconsistent' ? 'inconsistent' : r.Status }));
    // e.g. "up 10%" for referrals: 3,811 to 4,169 is +9.39%, inconsistent.
    const referrals = scatter.find((r) => r.Claim === 'context-referrals-change');
    expect([referrals?.Stated, Number(referrals?.Computed).toFixed(2), referrals?.Status]).toEqual(['10', '9.39', 'inconsistent']);
    // The claim's structured references point at the two context values the report prints for the indicator.
    const claim = results.find((r) => r.id === 'context-referrals-change');
    const pair = report.contextPair('referrals-statutory-social-care');
    if (!pair.found) throw new Error(pair.reason);
    const { previous, current } = pair.value;
    expect(claim?.references.some((x) => x.role === 'from' && x.target === `context-values:referrals-statutory-social-care@${previous.period}`)).toBe(true);
    expect(claim?.references.some((x) => x.role === 'to' && x.selector.type === 'context-value' && x.selector.period === current.period)).toBe(true);
    expect(Number(referrals?.Computed)).toBeCloseTo(percentChange(previous.value, current.value), 12);
  });

  it('groups the results by status as the notebook tabulates them: every claim in exactly one group', () => {
    const groups = groupClaimsByStatus(results);
    const counts = countClaimStatuses(results);
    for (const g of groups) {
      expect(g.results.every((r) => r.status === g.status), g.status).toBe(true);
      expect(g.results.length).toBe(counts[g.status]);
    }
    expect(groups.reduce((n, g) => n + g.results.length, 0)).toBe(results.length);
  });

  it('the alt text names every inconsistent claim', () => {
    const { description } = spec('claims-audit') as { description: string };
    for (const r of results.filter((x) => x.status === 'inconsistent')) expect(description).toContain(r.id);
  });
});

// Checks the committed claims-audit figure (docs/figures/claims-audit.csv and the inline data of
// its .vl.json) against a fresh audit of the dataset's claims register through @scpkit/core.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { auditClaims, claimStatuses, countClaimStatuses, statedVsComputedPoints } from '@scpkit/core';
import { loadDataset } from '@scpkit/core/node';
import { csvToTable } from '@scpkit/charts';

const root = fileURLToPath(new URL('../', import.meta.url));
const figures = `${root}docs/figures/`;
const results = auditClaims(loadDataset(`${root}datasets/east-sussex/2021-22`));
const table = csvToTable(readFileSync(`${figures}claims-audit.csv`, 'utf8'), 'claims-audit.csv');
const rows = table.rows.map((r) => Object.fromEntries(table.columns.map((c, i) => [c, String(r[i])])));

describe('claims-audit figure', () => {
  it('has its four files, written by notebooks/claims-audit.ipynb', () => {
    for (const ext of ['svg', 'png', 'vl.json', 'csv']) expect(existsSync(`${figures}claims-audit.${ext}`), ext).toBe(true);
    const spec = JSON.parse(readFileSync(`${figures}claims-audit.vl.json`, 'utf8')) as { usermeta: { scpkit: { notebook: string } }; vconcat: unknown[] };
    expect(spec.usermeta.scpkit.notebook).toBe('notebooks/claims-audit.ipynb');
    expect(spec.vconcat).toHaveLength(2);
  });

  it('the status panel counts every audited claim once, as auditClaims does', () => {
    const counts = countClaimStatuses(results);
    const statusRows = rows.filter((r) => r.Panel?.startsWith('All '));
    expect(statusRows).toHaveLength(claimStatuses.length);
    for (const s of claimStatuses) {
      const row = statusRows.find((r) => r['Status (number of claims)'] === `${s} (${counts[s]})`);
      expect(row, s).toBeDefined();
      expect(Number(row?.Claims)).toBe(counts[s]);
    }
    expect(statusRows.reduce((sum, r) => sum + Number(r.Claims), 0)).toBe(results.length);
    // The register as committed: 156 claims, 8 of them inconsistent.
    expect([results.length, counts.inconsistent]).toEqual([156, 8]);
  });

  it('the scatter holds every percentage claim with a stated and a computed value, with its status', () => {
    const points = statedVsComputedPoints(results, ['percent-change', 'share']);
    const scatter = rows.filter((r) => r.Panel?.startsWith('Percentage claims'));
    expect(scatter.map((r) => r.Claim)).toEqual(points.map((p) => p.claim));
    points.forEach((p, i) => {
      expect(Number(scatter[i]?.Stated)).toBe(p.stated);
      expect(Number(scatter[i]?.Computed)).toBeCloseTo(p.computed, 12);
      expect(scatter[i]?.Status).toBe(p.status);
    });
    // e.g. "up 10%" for referrals: 3,811 to 4,169 is +9.39%, inconsistent.
    const referrals = scatter.find((r) => r.Claim === 'context-referrals-change');
    expect([referrals?.Stated, Number(referrals?.Computed).toFixed(2), referrals?.Status]).toEqual(['10', '9.39', 'inconsistent']);
  });

  it('the alt text names every inconsistent claim', () => {
    const spec = JSON.parse(readFileSync(`${figures}claims-audit.vl.json`, 'utf8')) as { description: string };
    for (const r of results.filter((x) => x.status === 'inconsistent')) expect(spec.description).toContain(r.id);
  });
});

import type { Claim } from '../../dataset/index.js';
import { selectFiguresUnchecked } from '../../lookup/select-figures.js';
import { parseClaimReferences, type ClaimReference, type ClaimReferenceRole } from '../claim-reference.js';
import { findingRow, type ReviewDataset } from './review-dataset.js';
import type { FindingRow } from './finding.js';

/** A dated row a claim's reference selects: where it is, its period cell, value and quote. */
export interface ReferencedRow {
  readonly role: ClaimReferenceRole;
  readonly row: FindingRow;
  readonly period: string | null;
  readonly value: number | null;
  readonly unit: string;
  readonly quote: string;
  readonly section: string;
}

/** The references of a claims register row, or `[]` when they do not parse (`auditClaims` reports those). */
export function claimReferences(claim: Claim): ClaimReference[] {
  try {
    return parseClaimReferences(claim.references);
  } catch {
    return [];
  }
}

/**
 * The figures and context values a claim's references select (other selectors have no period of
 * their own and are left out), each with its row for findings.
 */
export function referencedRows(dataset: ReviewDataset, claim: Claim): ReferencedRow[] {
  const rows: ReferencedRow[] = [];
  for (const reference of claimReferences(claim)) {
    const { selector, role } = reference;
    if (selector.type === 'figure') {
      const figures = dataset.tables.figures ?? [];
      const selected = selectFiguresUnchecked(figures, selector);
      if (selected.length !== 1) continue;
      const figure = selected[0];
      if (figure === undefined) continue;
      const index = figures.indexOf(figure);
      rows.push({
        role,
        row: findingRow(dataset, 'figures', index, `${figure.id}${figure.area === null ? '' : `~${figure.area}`}${figure.period === null ? '' : `@${figure.period}`}`),
        period: figure.period,
        value: figure.value,
        unit: figure.unit,
        quote: figure.quote,
        section: figure.section,
      });
    } else if (selector.type === 'context-value') {
      const values = dataset.tables['context-values'] ?? [];
      const index = values.findIndex((v) => v.indicator === selector.indicator && v.period === selector.period);
      const value = values[index];
      if (value === undefined) continue;
      rows.push({ role, row: findingRow(dataset, 'context-values', index, `${value.indicator}@${value.period}`), period: value.period, value: value.value, unit: 'count', quote: value.quote, section: value.section });
    }
  }
  return rows;
}

/** The claim's own row as a finding names it. */
export function claimRow(dataset: ReviewDataset, index: number, claim: Claim): FindingRow {
  return findingRow(dataset, 'claims', index, claim.id);
}

import type { ClaimReferenceRole } from './claim-reference.js';
import type { ResolvedClaimAuditOptions } from './claim-audit-options.js';
import type { ClaimProblem } from './claim-register-error.js';
import type { ClaimsDataset } from './claims-dataset.js';
import { sameNumber } from './compare-with-stated.js';
import { parseClaim, type ParsedClaim } from './parse-claim.js';
import { DanglingReferenceError, resolveParsedReference, type ResolvedValue } from './resolve-reference.js';

/** A claim ready to check: parsed, with its references resolved by role. */
export interface PreparedClaim {
  readonly claim: ParsedClaim;
  readonly values: ReadonlyMap<ClaimReferenceRole, readonly ResolvedValue[]>;
  /** Dangling references, when `options.danglingReferences` is `'unverifiable'`. */
  readonly dangling: readonly string[];
}

/**
 * Parses every row of the dataset's claims register and resolves its references. Returns the
 * prepared claims (register order) and every problem: rows that do not parse (`parseClaim`),
 * references that select nothing (unless `options.danglingReferences` is `'unverifiable'`), a
 * `stated` reference whose value disagrees with `stated_value` (or the printed arrow), and a ranking
 * that names a different number of items than it states.
 */
export function prepareClaims(dataset: ClaimsDataset, options: ResolvedClaimAuditOptions): { prepared: PreparedClaim[]; problems: ClaimProblem[] } {
  const problems: ClaimProblem[] = [];
  const prepared: PreparedClaim[] = [];
  const rows = dataset.tables.claims ?? [];
  for (const [index, row] of rows.entries()) {
    const line = dataset.rowNumbers?.['claims']?.[index] ?? null;
    const parsed = parseClaim(row, line);
    for (const problem of parsed.problems) problems.push(problem);
    const claim = parsed.claim;
    if (claim === null) continue;
    const problem = (code: ClaimProblem['code'], message: string) => problems.push({ claim: row.id, row: line, field: 'references', code, message });

    const values = new Map<ClaimReferenceRole, ResolvedValue[]>();
    const dangling: string[] = [];
    for (const reference of claim.references) {
      try {
        const resolved = resolveParsedReference(dataset, reference);
        values.set(reference.role, [...(values.get(reference.role) ?? []), ...resolved]);
      } catch (error) {
        if (!(error instanceof DanglingReferenceError)) throw error;
        if (options.danglingReferences === 'error') problem('dangling-reference', error.message);
        else dangling.push(error.message);
      }
    }

    const stated = values.get('stated')?.[0];
    if (stated !== undefined) {
      if (stated.unit === 'arrow') {
        if (stated.arrow !== claim.statedDirection) problem('stated-value-disagrees', `${stated.target} is ${stated.arrow ?? 'no arrow'}, but stated "${row.stated}" is ${claim.statedDirection ?? 'no direction'}`);
      } else if (stated.value === null || row.stated_value === null || !sameNumber(stated.value, row.stated_value)) {
        problem('stated-value-disagrees', `${stated.target} is ${stated.value ?? 'missing'}, but stated_value is ${row.stated_value ?? 'missing'}`);
      }
    }
    const items = values.get('item');
    if (row.kind === 'ranking' && items !== undefined && items.length !== row.stated_value) {
      problem('ranking-size-mismatch', `the ranking states ${row.stated_value} items but references ${items.length}`);
    }
    prepared.push({ claim, values, dangling });
  }
  return { prepared, problems };
}

import type { ClaimCheckOutcome } from '../claim-audit-result.js';
import type { ResolvedClaimAuditOptions } from '../claim-audit-options.js';
import type { ClaimReferenceRole } from '../claim-reference.js';
import type { ParsedClaim } from '../parse-claim.js';
import { hedgeWords } from '../hedge.js';
import type { ResolvedValue } from '../resolve-reference.js';
import { showValue } from '../show-value.js';

/** What a check of one claim gets: the parsed claim, its resolved values by role, the options. */
export interface CheckContext {
  readonly claim: ParsedClaim;
  readonly values: ReadonlyMap<ClaimReferenceRole, readonly ResolvedValue[]>;
  readonly options: ResolvedClaimAuditOptions;
}

/** Checks one kind of claim. */
export type ClaimCheck = (context: CheckContext) => ClaimCheckOutcome;

/** A resolved value whose number is printed. */
export type KnownValue = ResolvedValue & { readonly value: number };

/** The one value of a single-value role, or `undefined` when the claim has no such reference. */
export function single(context: CheckContext, role: ClaimReferenceRole): ResolvedValue | undefined {
  return context.values.get(role)?.[0];
}

/** Every value of a role (empty when the claim has none). */
export function all(context: CheckContext, role: ClaimReferenceRole): readonly ResolvedValue[] {
  return context.values.get(role) ?? [];
}

/** Whether the value's number is printed. */
export function isKnown(value: ResolvedValue): value is KnownValue {
  return value.value !== null;
}

/** An `unverifiable` outcome. */
export function unverifiable(explanation: string, computed: string | null = null, computedValue: number | null = null): ClaimCheckOutcome {
  return { status: 'unverifiable', computed, computedValue, explanation };
}

/** Which figure of a change the report lacks (one at least is `undefined`): "neither figure", "no earlier figure" or "no later figure". */
export function missingEnds(from: ResolvedValue | undefined, to: ResolvedValue | undefined): string {
  return from === undefined && to === undefined ? 'neither figure' : from === undefined ? 'no earlier figure' : 'no later figure';
}

/** "Training Income (2021-22-actual income) has no printed value" for the values among `values` that are missing. */
export function missingSentence(values: readonly ResolvedValue[]): string {
  const missing = values.filter((v) => v.value === null).map((v) => `${v.label} (${v.target})`);
  return `${missing.join('; ')} ${missing.length === 1 ? 'has' : 'have'} no printed value`;
}

/** A printed value for an explanation, e.g. "13,218" or "£270,300", with its hedge ("over 200"). */
export function show(value: KnownValue): string {
  const text = showValue(value.value, value.unit);
  return value.qualifier === null ? text : `${hedgeWords(value.qualifier)} ${text}`;
}

/** The unit the claim's stated value is printed in: `GBP` with "£", `percent` with "%", else `count`. */
export function statedUnit(claim: ParsedClaim): string {
  const text = claim.row.stated;
  if (text.includes('£')) return 'GBP';
  if (text.includes('%')) return claim.row.kind === 'percent-change' ? 'percent-change' : 'percent';
  return 'count';
}

/** The claim's stated value and printed decimals (for numeric kinds, which always have both). */
export function statedNumber(claim: ParsedClaim): { stated: number; digits: number } {
  return { stated: claim.row.stated_value ?? 0, digits: claim.printed?.digits ?? 0 };
}

import type { InferRecord, TableSchema } from '../table-schema.js';
import { gssMissingValues, provenanceFields } from './provenance.js';

/**
 * Kinds of quantitative claim a report makes (the claims register's `kind` column):
 * - `percent-change`: "up 29%", "a 39% increase", "44% reduction" (signed change between two figures);
 * - `direction`: a printed arrow ↑ ↓ ↔ beside an indicator;
 * - `comparison`: a word comparing two figures ("increase", "slightly higher", "reduction", "rise");
 * - `share`: "N%" of a whole ("24%", "97% of state funded schools");
 * - `count-of`: "N of M" ("182 have returned" of "190 state funded schools");
 * - `total`: a printed sum of parts ("Total £270,300", "98%" = 63% + 35%);
 * - `difference`: a printed figure that is a whole minus parts ("carry fwd (balancing fig)");
 * - `rate`: a printed ratio of two figures ("an attendance rate of 67%");
 * - `average`: a printed mean of figures ("averaging 527 plans per month");
 * - `ranking`: "the three most common themes are ...";
 * - `cross-check`: the same quantity printed in two places ("nearly 200" and "Over 200" attendees).
 *
 * @example
 * claimKinds.length; // => 11
 */
export const claimKinds = [
  'percent-change',
  'direction',
  'comparison',
  'share',
  'count-of',
  'total',
  'difference',
  'rate',
  'average',
  'ranking',
  'cross-check',
] as const;

/**
 * `claims.csv`: the claims register. One row per quantitative claim the report makes, recording
 * what the report SAYS (never whether it is right: `auditClaims` computes that) and which dataset
 * values the claim is about. The `references` grammar is documented in `@scpkit/core`
 * `parseClaimReferences` and in `packages/core/src/claims/README.md`.
 */
export const claimSchema = {
  fields: [
    { name: 'id', type: 'string', title: 'Claim id', description: 'Stable slug: topic, what is claimed, period.', constraints: { required: true, unique: true, pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' } },
    { name: 'kind', type: 'string', title: 'Kind of claim', constraints: { required: true, enum: claimKinds } },
    {
      name: 'stated',
      type: 'string',
      title: 'Claim as printed',
      description: 'The claim exactly as printed, a verbatim part of the quote: "29%", "↑", "27 (34%)", "slightly higher", "nearly 200", "£270,300".',
      constraints: { required: true, minLength: 1 },
    },
    {
      name: 'stated_value',
      type: 'number',
      title: 'Stated value',
      description: 'The number the claim states, signed for changes ("44% reduction" is -44); the number of items for a ranking; missing for arrows and comparison words.',
    },
    {
      name: 'per',
      type: 'number',
      title: 'Rate multiplier',
      description: 'For a rate: the rate is numerator / denominator × per. Missing means 100 when the stated value is a percentage, else 1.',
      constraints: { minimum: 0 },
    },
    {
      name: 'references',
      type: 'string',
      title: 'Dataset references',
      description: 'Semicolon-separated role=resource:selector references to the dataset values the claim is about, e.g. "from=context-values:family-contacts@<previous YYYY/YY>; to=context-values:family-contacts@<YYYY/YY>"; the grammar is in datasets/FORMAT.md. Missing when the report prints nothing to check the claim against.',
    },
    { name: 'note', type: 'string', title: 'Note', description: 'How the register reads the claim where that needs a choice (which figure is the denominator, which periods are compared).' },
    ...provenanceFields,
  ],
  missingValues: gssMissingValues,
  primaryKey: 'id',
} as const satisfies TableSchema;

/**
 * A row of `claims.csv`.
 *
 * @example
 * const dataset = loadDataset('datasets/east-sussex/2021-22');
 * const claim: Claim = dataset.tables.claims!.find((c) => c.id === 'context-family-contacts-change')!;
 * [claim.kind, claim.stated, claim.stated_value]; // => ['percent-change', 'up 29%', 29]
 */
export type Claim = InferRecord<typeof claimSchema>;

/**
 * One of {@link claimKinds}.
 *
 * @example
 * const kind: ClaimKind = 'percent-change';
 * claimKindRoles[kind]; // => ['from', 'to', 'stated']
 */
export type ClaimKind = (typeof claimKinds)[number];

// Disclosure control: protect counts about children before anything is published.

// Symbols a published figure carries instead of a number
export {
  isSuppressionSymbol,
  NOT_APPLICABLE,
  NOT_AVAILABLE,
  SUPPRESSED,
  type Published,
  type SuppressionSymbol,
} from './symbols.js';

// Primary suppression and figures derived from suppressed counts
export { SMALL_COUNT_MAX, SMALL_COUNT_MIN, type SmallCountOptions } from './small-count-range.js';
export { suppressSmallCounts } from './suppress-small-counts.js';
export { suppressDerived } from './suppress-derived.js';

// Tables with totals: secondary suppression and its independent check
export { describeEntry, type CountTable, type ProtectedCount, type ProtectedTable, type TableEntry } from './count-table.js';
export { protectTable } from './protect-table.js';
export { findDisclosureRisks, type DisclosureRisk } from './find-disclosure-risks.js';

// Whole datasets: each resource's publication mode, and protection before anything is drawn
export { resourceDisclosure } from './resource-disclosure.js';
export { protectDataset, redactSmallNumbers, type ProtectedDataset, type WithheldValue } from './protect-dataset.js';

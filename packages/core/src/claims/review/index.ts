export { findingChecks, findingSeverities, type Finding, type FindingCheck, type FindingRow, type FindingSeverity, type FindingStatus } from './finding.js';
export type { ReviewDataset } from './review-dataset.js';
export { parsePeriod, type PeriodForm, type PeriodReading } from './parse-period.js';
export { checkLinkedFigures } from './check-linked-figures.js';
export { checkPeriods } from './check-periods.js';
export { reviewFindings, countFindings } from './review-findings.js';
export { reportHeadings, type ReportHeading } from './report-headings.js';
export { checkCrossReferences } from './check-cross-references.js';
export { checkPlausibility } from './check-plausibility.js';

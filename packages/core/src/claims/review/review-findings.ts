import { assertObjectArray, assertOneOf } from '../../stats/validate-input.js';
import { assertReviewDataset, type ReviewDataset } from './review-dataset.js';
import { findingChecks, findingSeverities, type Finding, type FindingCheck } from './finding.js';
import { checkLinkedFigures } from './check-linked-figures.js';
import { checkPeriods } from './check-periods.js';
import { checkCrossReferences } from './check-cross-references.js';
import { checkPlausibility } from './check-plausibility.js';
import { checkPeople } from './check-people.js';
import { checkNames } from './check-names.js';
import { checkOtherDocument, type OtherDocument } from './check-other-document.js';
import { assertArray, checkOptions } from '../../stats/validate-input.js';

/** The review check of each kind that has one so far. */
const checks: ReadonlyArray<readonly [FindingCheck, (dataset: ReviewDataset) => Finding[]]> = [
  ['linked-figures', checkLinkedFigures],
  ['periods', checkPeriods],
  ['cross-references', checkCrossReferences],
  ['plausibility', checkPlausibility],
  ['people', checkPeople],
  ['names', checkNames],
];

/**
 * Options of {@link reviewFindings}.
 *
 * @example
 * const dataset = loadDataset('datasets/east-sussex/2021-22');
 * const options: ReviewOptions = { documents: loadOtherDocuments('datasets/east-sussex/2021-22') };
 * reviewFindings(dataset, options).filter((f) => f.check === 'other-document').map((f) => f.kind); // => ['acronym-misspelt']
 */
export interface ReviewOptions {
  /** Other documents restating the report's figures (`loadOtherDocuments`), each audited with `checkOtherDocument`. Default none. */
  readonly documents?: readonly OtherDocument[];
}

/**
 * Every review check over the dataset (linked figures, periods, ...), their findings in one list:
 * flagged before unverifiable, then by severity (error, inconsistency, typo, caveat), then by
 * check in {@link findingChecks} order, each check's findings in its own order.
 * @example
 * reviewFindings({ tables: {} }); // => []
 */
export function reviewFindings(dataset: ReviewDataset, options: ReviewOptions = {}): Finding[] {
  assertReviewDataset('reviewFindings', dataset);
  checkOptions('reviewFindings', options, ['documents']);
  const documents = options.documents ?? [];
  assertArray('reviewFindings', 'options.documents', documents);
  const all = [...checks.flatMap(([, check]) => check(dataset)), ...documents.flatMap((d) => checkOtherDocument(dataset, d))];
  const rank = (f: Finding) => [f.status === 'flagged' ? 0 : 1, findingSeverities.indexOf(f.severity), findingChecks.indexOf(f.check)] as const;
  return all
    .map((f, i) => ({ f, i, r: rank(f) }))
    .sort((a, b) => a.r[0] - b.r[0] || a.r[1] - b.r[1] || a.r[2] - b.r[2] || a.i - b.i)
    .map(({ f }) => f);
}

/**
 * How many findings there are of each severity (flagged only) and how many are unverifiable.
 * @example
 * countFindings([]); // => { error: 0, inconsistency: 0, typo: 0, caveat: 0, unverifiable: 0 }
 */
export function countFindings(findings: readonly Finding[]): Record<Finding['severity'] | 'unverifiable', number> {
  assertObjectArray('countFindings', 'findings', findings, 'a finding (as reviewFindings returns)');
  findings.forEach((f, i) => {
    assertOneOf('countFindings', `findings[${i}].status`, f['status'], ['flagged', 'unverifiable']);
    assertOneOf('countFindings', `findings[${i}].severity`, f['severity'], findingSeverities);
  });
  const counts = { error: 0, inconsistency: 0, typo: 0, caveat: 0, unverifiable: 0 };
  for (const f of findings) {
    if (f.status === 'unverifiable') counts.unverifiable += 1;
    else counts[f.severity] += 1;
  }
  return counts;
}

import type { Claim } from '../../dataset/index.js';
import { assertObject, assertString } from '../../stats/validate-input.js';
import { auditClaims } from '../audit-claims.js';
import { assertStandardRows } from '../check-claims-input.js';
import { ClaimRegisterError } from '../claim-register-error.js';
import { assertReviewDataset, distinct, type ReviewDataset } from './review-dataset.js';
import type { Finding, FindingRow } from './finding.js';
import { editDistance } from './edit-distance.js';
import { nameTokens } from './name-tokens.js';

/**
 * Another document that restates the report's figures (e.g. the council cover report presenting
 * the annual report): where it is, its text (or the passages quoted from it) and its own claims
 * register, whose references point into the report's dataset.
 *
 * @example
 * const [document]: OtherDocument[] = loadOtherDocuments('datasets/east-sussex/2021-22');
 * [document!.name, document!.date, document!.claims.length]; // => ['hwb-cover-report-2022-12-13', '2022-12-13', 2]
 */
export interface OtherDocument {
  /** A short name for findings, e.g. the folder name `hwb-cover-report-2022-12-13`. */
  readonly name: string;
  readonly title: string;
  readonly url: string;
  /** Date of the document, `YYYY-MM-DD`. */
  readonly date: string;
  /** The document's text, or the passages the claims quote from it. */
  readonly text: string;
  /** Its claims register: rows of the claims schema, references into the report's dataset. */
  readonly claims: readonly Claim[];
  /** The CSV line of each claim, when known. */
  readonly rowNumbers?: readonly number[];
}

/**
 * Another document's claims, a reviewer's check: the document's claims register is audited against
 * the report's dataset (`auditClaims`, dangling references unverifiable), so a figure that drifted
 * when it was restated is caught:
 * - `restated-figure-differs` (inconsistency): a claim the report's own data contradict;
 * - `quote-not-in-document` (error): a claim whose quote is not in the document's text;
 * - `register-problem` (error): the register itself has a problem (`ClaimRegisterError`);
 * - `acronym-misspelt` (typo): the document defines "Name (ACR)" where the report's glossary has the
 *   same name under an acronym one letter (or one swap) away ("LSCPR" for "LCSPR");
 * - `unverifiable`: a claim the report prints nothing to check against.
 * Consistent claims give no finding.
 * @example
 * const claim = { id: 'cover-rapid-reviews', kind: 'cross-check' as const, stated: '8', stated_value: 8, per: null, references: 'other=figures:rapid-reviews', note: null, section: '2', quote: '8 multi-agency Rapid Reviews conducted' };
 * const figure = { id: 'rapid-reviews', topic: 'x', measure: 'rapid reviews', area: null, period: '2021/22', value: 9, unit: 'count' as const, qualifier: null, section: '5.1', quote: 'nine' };
 * checkOtherDocument({ tables: { figures: [figure] } }, { name: 'cover', title: 'Cover report', url: 'https://example.org/cover', date: '2022-12-13', text: 'o 8 multi-agency Rapid Reviews conducted', claims: [claim] })[0]?.kind;
 * // => 'restated-figure-differs'
 */
export function checkOtherDocument(dataset: ReviewDataset, document: OtherDocument): Finding[] {
  const fn = 'checkOtherDocument';
  assertReviewDataset(fn, dataset);
  assertObject(fn, 'document', document, 'a document { name, title, url, date, text, claims }');
  for (const key of ['name', 'title', 'url', 'date', 'text'] as const) assertString(fn, `document.${key}`, document[key]);
  assertStandardRows(fn, 'document.claims', 'claims', document.claims);
  const where = `${document.title} (${document.date}, ${document.url})`;
  const row = (index: number, key: string): FindingRow => ({ resource: `${document.name}/claims`, line: document.rowNumbers?.[index] ?? null, key });
  const finding = (kind: string, severity: Finding['severity'], rows: readonly FindingRow[], quotes: readonly string[], explanation: string, status: Finding['status'] = 'flagged'): Finding => ({
    check: 'other-document',
    kind,
    severity,
    status,
    rows,
    quotes: distinct(quotes),
    explanation,
  });
  const found: Finding[] = [];
  document.claims.forEach((claim, i) => {
    if (!document.text.includes(claim.quote)) found.push(finding('quote-not-in-document', 'error', [row(i, claim.id)], [claim.quote], `The quote of ${claim.id} is not in the text of ${where}.`));
  });
  let results;
  try {
    results = auditClaims({ tables: { ...dataset.tables, claims: document.claims } }, { danglingReferences: 'unverifiable' });
  } catch (error) {
    if (!(error instanceof ClaimRegisterError)) throw error;
    return [...found, ...error.problems.map((p) => finding('register-problem', 'error', [row(document.claims.findIndex((c) => c.id === p.claim), p.claim ?? '')], [], `The claims register of ${where} has a problem: ${p.message}.`))];
  }
  results.forEach((r, i) => {
    if (r.status === 'inconsistent') found.push(finding('restated-figure-differs', 'inconsistency', [row(i, r.id)], [r.quote], `${where} restates a figure the report's own data contradict: ${r.explanation}`));
    if (r.status === 'unverifiable') found.push(finding('restated-figure-differs', 'inconsistency', [row(i, r.id)], [r.quote], `${where}: ${r.explanation}`, 'unverifiable'));
  });
  found.push(...misspeltAcronyms(dataset, document, where));
  return found;
}

function misspeltAcronyms(dataset: ReviewDataset, document: OtherDocument, where: string): Finding[] {
  const glossary = dataset.tables.acronyms ?? [];
  const empty = new Map<string, string>();
  const found: Finding[] = [];
  for (const m of document.text.matchAll(/((?:[A-Z][a-z]+\s+){2,8})\(([A-Z]{2,8})\)/g)) {
    const name = (m[1] ?? '').trim();
    const acronym = m[2] ?? '';
    if (glossary.some((g) => g.acronym === acronym)) continue;
    const tokens = nameTokens(name, empty).join(' ');
    const same = glossary.find((g) => nameTokens(g.expansion, empty).join(' ') === tokens && g.acronym.length === acronym.length && editDistance(g.acronym, acronym, 2) <= 2 && [...g.acronym].sort().join('') === [...acronym].sort().join(''));
    if (same === undefined) continue;
    const line = document.text.slice(0, m.index ?? 0).split('\n').length;
    found.push({
      check: 'other-document',
      kind: 'acronym-misspelt',
      severity: 'typo',
      status: 'flagged',
      rows: [{ resource: `${document.name}/source`, line, key: acronym }],
      quotes: [m[0]],
      explanation: `${where} abbreviates "${name}" as ${acronym}, but the report's glossary has ${same.acronym} for "${same.expansion}": the letters are swapped.`,
    });
  }
  return found;
}

import { assertReviewDataset, distinct, type ReviewDataset } from './review-dataset.js';
import type { Finding } from './finding.js';
import { reportHeadings, type ReportHeading } from './report-headings.js';

const NUMBER_WORDS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
const REFERENCE = /\b(section|chapter|appendix)\s+(\d+(?:\.[0-9A-Z]+)?|[A-Z]\b|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s*\(([^()]{1,60})\))?/gi;
const STOP = new Set(['the', 'of', 'and', 'a', 'an', 'in', 'on', 'for', 'to', '&']);

/** One reference the text makes to a part of itself. */
interface Reference {
  readonly text: string;
  readonly word: string;
  readonly target: string;
  readonly title: string | null;
  readonly line: number;
  readonly quote: string;
}

/**
 * Cross-references, a reviewer's check: every "section N", "chapter four" or "Appendix X" in the
 * report's text (`source.text`; without it, in the rows' quotes) is checked against the report's own
 * numbered headings ({@link reportHeadings}), and where the text gives a title in brackets
 * ("section 3 (Impact)") the title against that heading's:
 * - `missing-section` (error): no heading has that number or letter (an appendix letter X is the
 *   heading N.X under the heading titled "Appendices", or one titled "Appendix X");
 * - `title-mismatch` (error): the heading's title does not contain the words of the title given,
 *   naming the heading whose title does, where one does;
 * - `unverifiable` instead of `missing-section` for a number beyond the report's last top-level
 *   section: "section 11" may name a section of an Act (section 11 of the Children Act 2004), not of the report.
 * Nothing is reported when the text has no numbered headings. The headings are read from the text
 * itself, so a report needs no separate table of contents; a heading the text export lost is the
 * one way this check can miss (it then says the section is missing, which a reader can see).
 * @example
 * checkCrossReferences({ tables: {}, source: { text: '1. Introduction\nSee section 2 (Impact).\n2. Impact\n' } }); // => []
 */
export function checkCrossReferences(dataset: ReviewDataset): Finding[] {
  assertReviewDataset('checkCrossReferences', dataset);
  const text = dataset.source?.text ?? null;
  if (text === null) return [];
  const headings = reportHeadings(text);
  if (headings.length === 0) return [];
  const lastTop = Math.max(...headings.filter((h) => !h.section.includes('.')).map((h) => Number(h.section)));
  const found: Finding[] = [];
  const beyond = new Map<string, Reference[]>();
  for (const reference of references(text)) {
    const heading = resolve(reference, headings);
    const row = { resource: 'source', line: reference.line, key: reference.text };
    const make = (kind: string, explanation: string, status: Finding['status'] = 'flagged'): Finding => ({
      check: 'cross-references',
      kind,
      severity: 'error',
      status,
      rows: [row],
      quotes: distinct([reference.quote]),
      explanation,
    });
    if (heading === undefined) {
      const top = Number(reference.target.split('.')[0]);
      if (reference.word !== 'appendix' && !reference.target.includes('.') && top > lastTop) {
        beyond.set(reference.target, [...(beyond.get(reference.target) ?? []), reference]);
      } else {
        found.push(make('missing-section', `"${reference.text}" (line ${reference.line}) refers to ${reference.word} ${reference.target}, but the report has no such heading.`));
      }
      continue;
    }
    if (reference.title === null || titleMatches(reference.title, heading.title)) continue;
    const other = headings.find((h) => titleMatches(reference.title ?? '', h.title));
    found.push(
      make(
        'title-mismatch',
        `"${reference.text}" (line ${reference.line}) gives the title "${reference.title}", but section ${heading.section} is "${heading.title}"${other === undefined ? ' and no heading has that title' : `; "${other.title}" is section ${other.section}`}.`,
      ),
    );
  }
  for (const [target, all] of beyond) {
    const lines = distinct(all.map((r) => String(r.line)));
    found.push({
      check: 'cross-references',
      kind: 'missing-section',
      severity: 'error',
      status: 'unverifiable',
      rows: all.map((r) => ({ resource: 'source', line: r.line, key: r.text })),
      quotes: distinct(all.map((r) => r.quote)),
      explanation: `"${all[0]?.word ?? 'section'} ${target}" (line${lines.length === 1 ? '' : 's'} ${lines.join(', ')}) names no heading of the report, whose sections run from 1 to ${lastTop}: it may be a section of another document (an Act), so whether it is a wrong reference cannot be told.`,
    });
  }
  return found;
}

function references(text: string): Reference[] {
  const found: Reference[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    for (const m of line.matchAll(REFERENCE)) {
      const word = (m[1] ?? '').toLowerCase();
      const raw = m[2] ?? '';
      if (word === 'appendix' ? !/^[A-Z]$/.test(raw) : /^[A-Z]$/i.test(raw)) continue;
      const target = word === 'appendix' ? raw : String(NUMBER_WORDS[raw.toLowerCase()] ?? raw);
      found.push({ text: m[0], word, target, title: m[3]?.trim() ?? null, line: i + 1, quote: sentenceAround(line, m.index ?? 0, m[0].length) });
    }
  });
  return found;
}

/** The sentence of `line` holding the match, verbatim (a substring of the line). */
function sentenceAround(line: string, start: number, length: number): string {
  const before = line.slice(0, start);
  const stop = before.lastIndexOf('. ');
  const from = Math.max(stop === -1 ? 0 : stop + 2, before.lastIndexOf('\t') + 1);
  const rest = line.slice(start + length);
  const end = rest.search(/[.;](\s|$)/);
  const to = start + length + (end === -1 ? rest.length : end + 1);
  return line.slice(from, to).trim();
}

function resolve(reference: Reference, headings: readonly ReportHeading[]): ReportHeading | undefined {
  if (reference.word !== 'appendix') return headings.find((h) => h.section === reference.target);
  const letter = reference.target.toUpperCase();
  const byTitle = headings.find((h) => new RegExp(`^appendix ${letter}\\b`, 'i').test(h.title));
  if (byTitle !== undefined) return byTitle;
  const appendices = headings.filter((h) => !h.section.includes('.') && /appendi/i.test(h.title)).map((h) => h.section);
  return headings.find((h) => appendices.some((top) => h.section === `${top}.${letter}`));
}

function words(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9&]+/g) ?? []).filter((w) => !STOP.has(w));
}

/** Whether every word of the given title (stop words aside) is a word of the heading's title. */
function titleMatches(given: string, heading: string): boolean {
  const headingWords = new Set(words(heading));
  const givenWords = words(given);
  return givenWords.length > 0 && givenWords.every((w) => headingWords.has(w));
}

// Issue-2 acceptance for this dataset: every number printed in section 3, appendix 9.A and the budget
// appendix 9.C is in a dataset row whose quote covers that place in source.txt and which holds that
// value. Numbers that are dates or labels rather than quantities are excluded by pattern, each with
// its reason, so a number that is simply missing fails the test.
import { fileURLToPath } from 'node:url';
import { loadDataset } from '@scpkit/core/node';
import { describe, expect, it } from 'vitest';

const folder = fileURLToPath(new URL('.', import.meta.url));
const dataset = loadDataset(folder);
if (dataset.source === undefined) throw new Error(`${folder}: datapackage.json names no source text`);
/** The report's text as the loader read it (the descriptor's source, SHA-256 checked). */
const source = dataset.source.text;

/** Every row of every table as its quote plus the numbers it holds (any numeric cell). */
const rows = Object.values(dataset.tables).flatMap((table) =>
  (table ?? []).map((row) => {
    const record = row as unknown as Record<string, unknown>;
    const numbers = Object.values(record).filter((v): v is number => typeof v === 'number');
    return { quote: String(record['quote']), numbers };
  }),
);

/** Where each row's quote occurs in the source (every occurrence). */
const spans = rows.flatMap((row) => {
  const found: { start: number; end: number; numbers: number[] }[] = [];
  for (let at = source.indexOf(row.quote); at >= 0; at = source.indexOf(row.quote, at + 1)) {
    found.push({ start: at, end: at + row.quote.length, numbers: row.numbers });
  }
  return found;
});

/** Source offsets of a section: from its heading line to the next heading. */
function section(startHeading: string, endHeading: string): { start: number; end: number } {
  const start = source.indexOf(startHeading);
  const end = source.indexOf(endHeading, start + 1);
  expect(start, startHeading).toBeGreaterThanOrEqual(0);
  expect(end, endHeading).toBeGreaterThan(start);
  return { start, end };
}

const numberWords: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** Number tokens that are not quantities: reporting periods, month-year dates, age bands, headings. */
const notQuantities: readonly { pattern: RegExp; reason: string }[] = [
  { pattern: /\b\d{4}\/\d{2}\b/g, reason: 'financial year such as 2021/22' },
  { pattern: /\b\d{2}\/\d{2}\b/g, reason: 'short financial year such as 20/21' },
  { pattern: /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? ?\d{2,4}\b/g, reason: 'month and year, e.g. "Jun 20", "March 2022"' },
  { pattern: /\bQtr \d\b/g, reason: 'quarter label' },
  { pattern: /\b0-17\b/g, reason: 'age band label' },
  { pattern: /under-18/g, reason: 'age band label' },
  { pattern: /\b(?:2020|2021|2022|2023)\b/g, reason: 'calendar year' },
  { pattern: /^ ?\d\.(?:[A-E])?\t?/gm, reason: 'section heading number' },
  { pattern: /\b1\.4 FTE\b/g, reason: 'staffing in a budget line label, not an amount' },
  { pattern: /\bpast 12 months\b/g, reason: 'the period a change is over, not a quantity' },
  { pattern: /\bage of 18\b/g, reason: 'age limit label' },
  { pattern: /_Hlk\d+/g, reason: 'word-processor bookmark id left in the text export' },
];

type Span = { start: number; end: number; numbers: number[] };

function excludedRanges(text: string, offset: number): [number, number][] {
  return notQuantities.flatMap(({ pattern }) => [...text.matchAll(pattern)].map((m) => [offset + m.index!, offset + m.index! + m[0].length] as [number, number]));
}

function uncoveredNumbers(range: { start: number; end: number }, held: readonly Span[] = spans): string[] {
  const text = source.slice(range.start, range.end);
  const excluded = excludedRanges(text, range.start);
  const problems: string[] = [];
  const tokens = [...text.matchAll(/\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b/gi)];
  for (const token of tokens) {
    const start = range.start + token.index!;
    const end = start + token[0].length;
    if (excluded.some(([s, e]) => s <= start && end <= e)) continue;
    const word = numberWords[token[0].toLowerCase()];
    const value = word ?? Number(token[0].replaceAll(',', ''));
    const isHeld = held.some((span) => span.start <= start && end <= span.end && span.numbers.some((n) => Math.abs(n) === value));
    if (!isHeld) problems.push(`line ${source.slice(0, start).split('\n').length}: "${token[0]}"`);
  }
  return problems;
}

describe('East Sussex 2021/22: every number of section 3, appendix 9.A and appendix 9.C is data', () => {
  it('section 3 (safeguarding context)', () => {
    expect(uncoveredNumbers(section('3.\tSafeguarding Context 2021/22', '4. Governance Arrangements'))).toEqual([]);
  });
  it('appendix 9.A (safeguarding context commentary)', () => {
    expect(uncoveredNumbers(section('9.A\tSafeguarding Context', '9.B: Board Membership'))).toEqual([]);
  });
  it('appendix 9.C (budget)', () => {
    expect(uncoveredNumbers(section('9.C\tESSCP Budget', '9.D\tLinks to other documents'))).toEqual([]);
  });
  it('flags every number when no row holds it (the check can fail)', () => {
    const budget = section('9.C\tESSCP Budget', '9.D\tLinks to other documents');
    const flagged = uncoveredNumbers(budget, []);
    expect(flagged).toContain('line 1066: "35,000"');
    expect(flagged).toContain('line 1176: "1,685"');
  });
});

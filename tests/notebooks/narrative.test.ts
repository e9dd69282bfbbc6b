// Guards the rule "no figure typed into a notebook that the library should compute": every number
// in a notebook's markdown cells must be a figure the report itself prints (a token of its dataset's
// source.txt: a printed figure, section number, year or date), or one of the few allowed phrases
// below. Numbers the notebook computes belong in code cells (e.g. a sentence shown with showMarkdown).
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { projectDefaults } from '@scpkit/charts';

const notebooksDir = fileURLToPath(new URL('../../notebooks/', import.meta.url));

/** A number as the report prints it: digits with optional thousands commas and decimals ("4,169", "9.4", "2021"). */
const NUMBER_TOKEN = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;

/**
 * Phrases whose numbers are not figures, removed before the check. Keep this list short and explicit.
 */
const ALLOWED_PHRASES: readonly { pattern: RegExp; why: string }[] = [
  // Markers of numbered lists and numbered headings ("1. charts ...", "## 2. Year on year").
  { pattern: /^([ \t]*(?:#{1,6}[ \t]+)?)\d+\.(?=[ \t])/gm, why: 'numbered list item or heading' },
  // The multiplier of a rate is its unit, not a figure ("rate per 100,000 children").
  { pattern: /\bper 10{1,2},000\b/g, why: 'rate multiplier (per 10,000 / per 100,000)' },
];

/** The number tokens of `text`. */
function numberTokens(text: string): string[] {
  return text.match(NUMBER_TOKEN) ?? [];
}

/** A number in markdown that the report does not print. */
interface UnprintedNumber {
  readonly token: string;
  readonly context: string;
}

/** Every number token of `markdown` that is neither in `printed` nor part of an allowed phrase. */
function unprintedNumbers(markdown: string, printed: ReadonlySet<string>): UnprintedNumber[] {
  let text = markdown;
  for (const { pattern } of ALLOWED_PHRASES) text = text.replace(pattern, (match) => ' '.repeat(match.length));
  const found: UnprintedNumber[] = [];
  for (const match of text.matchAll(NUMBER_TOKEN)) {
    if (printed.has(match[0])) continue;
    const at = match.index ?? 0;
    found.push({ token: match[0], context: markdown.slice(Math.max(0, at - 40), at + match[0].length + 20).replace(/\s+/g, ' ') });
  }
  return found;
}

interface NotebookCell {
  readonly cell_type: string;
  readonly id?: string;
  readonly source: string | string[];
}

const sourceOf = (cell: NotebookCell) => (Array.isArray(cell.source) ? cell.source.join('') : cell.source);

/**
 * The dataset the notebooks run on by default: the project's (package.json `scpkit.dataset`). A
 * notebook runs on any dataset, so its markdown may state only numbers the default report prints
 * too (in practice section numbers); anything else is computed and shown from code.
 */
function datasetOf(_cells: readonly NotebookCell[], notebook: string): string {
  const dataset = projectDefaults(notebooksDir)?.dataset;
  if (dataset === undefined) throw new Error(`${notebook}: the project names no default dataset (package.json "scpkit": { "dataset": ... })`);
  return dataset;
}

const printedTokenCache = new Map<string, Set<string>>();
function printedTokens(datasetDir: string): Set<string> {
  let tokens = printedTokenCache.get(datasetDir);
  if (tokens === undefined) {
    tokens = new Set(numberTokens(readFileSync(resolve(datasetDir, 'source.txt'), 'utf8')));
    printedTokenCache.set(datasetDir, tokens);
  }
  return tokens;
}

describe('the markdown checker', () => {
  const printed = new Set(['10', '182', '190', '2021', '22']);

  it('flags a computed number typed into markdown', () => {
    const found = unprintedNumbers('The report says "up 10%"; 182 of 190 is 95.8%.', printed);
    expect(found.map((f) => f.token)).toEqual(['95.8']);
    expect(found[0]!.context).toContain('182 of 190 is 95.8%');
  });

  it('matches whole tokens only: a printed 10 does not let 10.4 or 1,010 through', () => {
    expect(unprintedNumbers('from 10.4 to 1,010 and 2021/22', printed).map((f) => f.token)).toEqual(['10.4', '1,010']);
  });

  it('allows list markers and rate multipliers, and nothing else on their lines', () => {
    expect(unprintedNumbers('1. charts 182 of 190\n## 3. Rates per 10,000 children\n  2. then 96%', printed).map((f) => f.token)).toEqual(['96']);
    expect(unprintedNumbers('a rate of 16 per 100,000', printed).map((f) => f.token)).toEqual(['16']);
  });

  it('reads thousands and decimals as one token', () => {
    expect(numberTokens('4,169 and 106,575 and 9.4% and 2021/22')).toEqual(['4,169', '106,575', '9.4', '2021', '22']);
  });
});

const notebooks = readdirSync(notebooksDir).filter((f) => f.endsWith('.ipynb')).sort();

describe('notebook markdown states only numbers the report prints', () => {
  it('finds the notebooks', () => {
    expect(notebooks.length).toBeGreaterThan(0);
  });

  for (const file of notebooks) {
    it(file, () => {
      const cells = (JSON.parse(readFileSync(resolve(notebooksDir, file), 'utf8')) as { cells: NotebookCell[] }).cells;
      const printed = printedTokens(datasetOf(cells, file));
      const offences = cells
        .filter((c) => c.cell_type === 'markdown')
        .flatMap((c) => unprintedNumbers(sourceOf(c), printed).map((u) => `cell ${c.id ?? '?'}: "${u.token}" in "${u.context}"`));
      expect(offences, `${file}: numbers in markdown the report does not print (compute them in a code cell)`).toEqual([]);
    });
  }
});

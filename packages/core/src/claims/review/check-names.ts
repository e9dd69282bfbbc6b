import { assertReviewDataset, distinct, findingRow, type ReviewDataset } from './review-dataset.js';
import type { Finding, FindingRow } from './finding.js';
import { editDistance } from './edit-distance.js';
import { acronymMap, nameTokens, singular } from './name-tokens.js';

/** How often the text must use the word one letter away for a label's word to be called a misspelling of it. */
const COMMON_WORD = 10;

const SMALL = new Set(['of', 'and', 'for', 'the', '&', 'in', 'on', 'to', 'a']);

interface Named {
  readonly name: string;
  readonly what: string;
  readonly row: FindingRow;
  readonly quote: string;
}

/**
 * Names across tables and text, a reviewer's checks:
 * - `acronym-expansion-differs` (inconsistency): the glossary (`acronyms.csv`) spells an acronym out
 *   differently from the text's own definition "Name (ACR)" (a definition counts only when the
 *   initials of its words, small words aside, are the acronym's letters), or from a group name
 *   (`partnership-groups.csv`) one word apart whose initials are the acronym ("Case Review
 *   Subgroup" and the "Case Review Group");
 * - `near-duplicate-name` (inconsistency; typo when only the case differs): two names of groups,
 *   priorities, indicators or chart labels that differ only in case, a plural, or one letter;
 * - `label-spelling` (typo): a word of a chart label that the rest of the text never uses, one
 *   letter from a word it uses at least 10 times ("learing" where the text writes "learning" 88
 *   times); `unverifiable` when the near word is rarer (a different word is as likely: "basic", "basis").
 * @example
 * checkNames({ tables: { acronyms: [{ acronym: 'CRG', expansion: 'Case Review Subgroup', section: '9.E', quote: 'CRG' }] }, source: { text: 'the Case Review Group (CRG) met' } })[0]?.kind;
 * // => 'acronym-expansion-differs'
 */
export function checkNames(dataset: ReviewDataset): Finding[] {
  assertReviewDataset('checkNames', dataset);
  return [...acronymExpansions(dataset), ...nearDuplicates(dataset), ...labelSpelling(dataset)];
}

function finding(kind: string, severity: Finding['severity'], rows: readonly FindingRow[], quotes: readonly string[], explanation: string): Finding {
  return { check: 'names', kind, severity, status: 'flagged', rows, quotes: distinct(quotes), explanation };
}

/** Initials of a name's words, small words left out: "Case Review Group" is "CRG". */
function initials(words: readonly string[]): string {
  return words
    .filter((w) => !SMALL.has(w.toLowerCase()))
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
}

/** The text's definitions "Name Words (ACR)": the shortest run of words before the bracket whose initials are the acronym. */
function definitions(text: string): { acronym: string; name: string; line: number; quote: string }[] {
  const found: { acronym: string; name: string; line: number; quote: string }[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    for (const m of line.matchAll(/\(([A-Z][A-Za-z&]{1,9})\)/g)) {
      const acronym = m[1] ?? '';
      const letters = acronym.replace(/[^A-Z]/g, '');
      const before = line.slice(0, m.index ?? 0).trimEnd();
      const words = before.split(/\s+/);
      for (let k = 1; k <= Math.min(words.length, letters.length * 2 + 2); k += 1) {
        const run = words.slice(words.length - k).map((w) => w.replace(/^[‘'"(]+|[’'",:;]+$/g, ''));
        const split = run.flatMap((w) => w.split('-'));
        if (initials(split) === letters || initials(run) === letters) {
          const name = run.join(' ');
          found.push({ acronym, name, line: i + 1, quote: `${name} (${acronym})` });
          break;
        }
      }
    }
  });
  return found;
}

function acronymExpansions(dataset: ReviewDataset): Finding[] {
  const acronyms = dataset.tables.acronyms ?? [];
  const found: Finding[] = [];
  const empty = new Map<string, string>();
  const text = dataset.source?.text;
  const defined = text === undefined ? [] : definitions(text);
  acronyms.forEach((a, i) => {
    const row = findingRow(dataset, 'acronyms', i, a.acronym);
    const glossary = nameTokens(a.expansion, empty);
    const letters = a.acronym.replace(/[^A-Z]/g, '');
    // Against the text's own definitions.
    const differing = defined.filter((d) => d.acronym === a.acronym && nameTokens(d.name, empty).join(' ') !== glossary.join(' '));
    const names = distinct(differing.map((d) => d.name));
    if (names.length > 0 && !defined.some((d) => d.acronym === a.acronym && nameTokens(d.name, empty).join(' ') === glossary.join(' '))) {
      const lines = differing.map((d) => d.line);
      found.push(
        finding(
          'acronym-expansion-differs',
          'inconsistency',
          [row, ...lines.map((line) => ({ resource: 'source', line, key: `${a.acronym} defined` }))],
          [a.quote, ...differing.map((d) => d.quote)],
          `The glossary spells ${a.acronym} out as "${a.expansion}", but the text defines it as ${names.map((n) => `"${n}"`).join(' and ')} (line${lines.length === 1 ? '' : 's'} ${distinct(lines.map(String)).join(', ')}).`,
        ),
      );
    }
    // Against the group names one word apart.
    (dataset.tables['partnership-groups'] ?? []).forEach((g, j) => {
      const group = nameTokens(g.group, empty);
      if (initials(g.group.split(/\s+/)) !== letters || group.join(' ') === glossary.join(' ') || group.length !== glossary.length) return;
      const apart = group.filter((w, k) => w !== glossary[k]);
      if (apart.length !== 1) return;
      found.push(
        finding(
          'acronym-expansion-differs',
          'inconsistency',
          [row, findingRow(dataset, 'partnership-groups', j, g.group)],
          [a.quote, g.quote],
          `The glossary spells ${a.acronym} out as "${a.expansion}", but the partnership's group is the "${g.group}".`,
        ),
      );
    });
  });
  return found;
}

function named(dataset: ReviewDataset): Named[] {
  const names: Named[] = [];
  (dataset.tables['partnership-groups'] ?? []).forEach((g, i) => names.push({ name: g.group, what: 'group', row: findingRow(dataset, 'partnership-groups', i, g.group), quote: g.quote }));
  (dataset.tables.priorities ?? []).forEach((p, i) => names.push({ name: p.priority, what: 'priority', row: findingRow(dataset, 'priorities', i, p.priority), quote: p.quote }));
  (dataset.tables['context-indicators'] ?? []).forEach((c, i) => names.push({ name: c.label, what: 'indicator', row: findingRow(dataset, 'context-indicators', i, c.indicator), quote: c.quote }));
  (dataset.tables['chart-series'] ?? []).forEach((p, i) => names.push({ name: p.label, what: 'chart label', row: findingRow(dataset, 'chart-series', i, `${p.chart}#${p.position}`), quote: p.quote }));
  return names;
}

function nearDuplicates(dataset: ReviewDataset): Finding[] {
  const names = named(dataset);
  const found: Finding[] = [];
  const seen = new Set<string>();
  for (const [n, a] of names.entries()) {
    for (const b of names.slice(n + 1)) {
      const x = a.name.trim().replace(/\s+/g, ' ');
      const y = b.name.trim().replace(/\s+/g, ' ');
      if (x === y || seen.has(`${x}\u0000${y}`)) continue;
      const caseOnly = x.toLowerCase() === y.toLowerCase();
      const plural = !caseOnly && x.toLowerCase().split(' ').map(singular).join(' ') === y.toLowerCase().split(' ').map(singular).join(' ');
      const oneLetter = !caseOnly && !plural && Math.min(x.length, y.length) >= 8 && editDistance(x.toLowerCase(), y.toLowerCase(), 1) === 1 && !/\d/.test(x + y);
      if (!caseOnly && !plural && !oneLetter) continue;
      seen.add(`${x}\u0000${y}`);
      const how = caseOnly ? 'only in case' : plural ? 'only in a plural' : 'in one letter';
      found.push(finding('near-duplicate-name', caseOnly ? 'typo' : 'inconsistency', [a.row, b.row], [a.quote, b.quote], `The ${a.what} "${x}" and the ${b.what} "${y}" differ ${how}: one name written two ways.`));
    }
  }
  return found;
}

function labelSpelling(dataset: ReviewDataset): Finding[] {
  const text = dataset.source?.text;
  const points = dataset.tables['chart-series'] ?? [];
  if (text === undefined || points.length === 0) return [];
  const labels = new Set(points.map((p) => p.label.trim()));
  // The text without the labels' own printing (a line or a tab-separated cell that is a label).
  const rest = text
    .split(/\r?\n/)
    .map((line) =>
      line
        .split('\t')
        .filter((cell) => !labels.has(cell.trim()))
        .join('\t'),
    )
    .join('\n');
  const frequency = new Map<string, number>();
  for (const w of rest.toLowerCase().match(/[a-z]+/g) ?? []) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  const vocabulary = new Set(frequency.keys());
  const words = [...vocabulary];
  const found: Finding[] = [];
  points.forEach((p, i) => {
    for (const word of distinct(p.label.toLowerCase().match(/[a-z]+/g) ?? [])) {
      if (word.length < 5 || vocabulary.has(word)) continue;
      const near = words.filter((w) => w.length >= 5 && editDistance(word, w, 1) === 1).sort((a, b) => (frequency.get(b) ?? 0) - (frequency.get(a) ?? 0));
      const likely = near[0];
      if (likely === undefined) continue;
      const times = frequency.get(likely) ?? 0;
      const common = times >= COMMON_WORD;
      found.push({
        ...finding(
          'label-spelling',
          'typo',
          [findingRow(dataset, 'chart-series', i, `${p.chart}#${p.position}`)],
          [p.quote],
          common
            ? `The chart label "${p.label}" spells "${word}", which the rest of the report never uses; it writes "${likely}" ${times} times.`
            : `The chart label "${p.label}" spells "${word}", which the rest of the report never uses, one letter from "${likely}" (${times} times): too rare a word to tell a misspelling from a different word.`,
        ),
        status: common ? 'flagged' : 'unverifiable',
      });
    }
  });
  return found;
}

import type { ReviewDataset } from './review-dataset.js';

const STOP = new Set(['the', 'of', 'and', 'a', 'an', 'in', 'on', 'for', 'to', 'at', 'by', 'with', '&']);

/** The acronyms of the dataset's glossary, upper-case acronym to its expansion. */
export function acronymMap(dataset: ReviewDataset): ReadonlyMap<string, string> {
  return new Map((dataset.tables.acronyms ?? []).map((a) => [a.acronym.trim(), a.expansion.trim()]));
}

/**
 * The words of a name for comparing names: acronyms of the glossary expanded ("BC" is "Borough
 * Council"), lower case, possessives and a plural "s" dropped, stop words left out.
 */
export function nameTokens(name: string, acronyms: ReadonlyMap<string, string>): string[] {
  const expanded = name
    .replace(/\([^()]*\)/g, ' ')
    .split(/\s+/)
    .map((word) => {
      const bare = word.replace(/[.,:;]+$/, '');
      const plural = /^([A-Z&]{2,})s$/.exec(bare);
      return acronyms.get(bare) ?? (plural !== null ? acronyms.get(plural[1] ?? '') : undefined) ?? word;
    })
    .join(' ');
  return (expanded.toLowerCase().replace(/[’']s\b/g, '').match(/[a-z0-9&]+/g) ?? []).filter((w) => !STOP.has(w)).map(singular);
}

/** A word without a plural "s" ("groups" is "group"; "services" is "service"; "ss" stays). */
export function singular(word: string): string {
  if (word.length > 3 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  return word;
}

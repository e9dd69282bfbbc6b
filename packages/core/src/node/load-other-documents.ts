import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Claim } from '../dataset/index.js';
import { DatasetError } from '../dataset/dataset-error.js';
import type { DatasetProblem } from '../dataset/dataset-problem.js';
import { claimSchema } from '../dataset/schemas/claim.js';
import { checkTable } from '../dataset/validate-table.js';
import type { OtherDocument } from '../claims/review/check-other-document.js';
import { entryExists, readFileText } from './read-dataset-folder.js';

/**
 * The folder of a dataset that holds other documents restating its figures, one sub-folder each.
 * @example
 * OTHER_DOCUMENTS_FOLDER; // => 'documents'
 */
export const OTHER_DOCUMENTS_FOLDER = 'documents';

/**
 * Reads the other documents of a dataset folder: each `documents/<name>/` holds `document.json`
 * (`{ "title", "url", "date" }`: where the document is and its date, `YYYY-MM-DD`), `source.txt`
 * (its text, or the passages quoted from it) and `claims.csv` (a claims register in the format of the
 * dataset's own, its references pointing into the dataset, every quote verbatim in that `source.txt`).
 * A dataset without the folder gives `[]`.
 * @throws {DatasetError} listing every problem of every document (missing or unreadable file, JSON,
 *   a claims row that does not fit the schema, a quote not in the document's text).
 * @example
 * const documents = loadOtherDocuments('datasets/east-sussex/2021-22');
 * documents.map((d) => [d.name, d.date, d.claims.length]); // => [['hwb-cover-report-2022-12-13', '2022-12-13', 2]]
 * loadOtherDocuments('datasets/example-synthetic/2022-23'); // => []
 */
export function loadOtherDocuments(dir: string): OtherDocument[] {
  const root = join(dir, OTHER_DOCUMENTS_FOLDER);
  if (!entryExists(root)) return [];
  const names = readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort();
  const problems: DatasetProblem[] = [];
  const documents: OtherDocument[] = [];
  for (const name of names) {
    const file = (f: string) => `${OTHER_DOCUMENTS_FOLDER}/${name}/${f}`;
    const read = (f: string): string | null => {
      const text = readFileText(join(root, name, f));
      if (typeof text === 'string') return text;
      problems.push({ file: file(f), row: null, field: '-', code: text === undefined ? 'missing-file' : 'unreadable-file', message: text === undefined ? 'no such file' : text.unreadable });
      return null;
    };
    const meta = read('document.json');
    const source = read('source.txt');
    const claimsText = read('claims.csv');
    if (meta === null || source === null || claimsText === null) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(meta);
    } catch (error) {
      problems.push({ file: file('document.json'), row: null, field: '-', code: 'invalid-json', message: error instanceof Error ? error.message : String(error) });
      continue;
    }
    const fields = (parsed ?? {}) as Record<string, unknown>;
    const strings = ['title', 'url', 'date'].map((key) => {
      const value = fields[key];
      if (typeof value !== 'string' || value.trim() === '') problems.push({ file: file('document.json'), row: null, field: key, code: 'invalid-descriptor', message: `"${key}" must be a non-empty string` });
      return typeof value === 'string' ? value : '';
    });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(strings[2] ?? '')) problems.push({ file: file('document.json'), row: null, field: 'date', code: 'invalid-descriptor', message: '"date" must be YYYY-MM-DD' });
    const table = checkTable({ file: file('claims.csv'), text: claimsText, schema: claimSchema, source: { path: file('source.txt'), text: source } });
    problems.push(...table.problems);
    if (table.problems.length > 0) continue;
    documents.push({ name, title: strings[0] ?? '', url: strings[1] ?? '', date: strings[2] ?? '', text: source, claims: table.records as unknown as Claim[], rowNumbers: table.rowNumbers });
  }
  if (problems.length > 0) throw new DatasetError(problems, `${dir} other documents`);
  return documents;
}

import Papa from 'papaparse';
import { InvalidInputError, ScpkitError } from '@scpkit/core';
import type { DataTable } from './figure.js';

/**
 * Throws unless `table` is rectangular, has at least one column and every cell is text or a finite number.
 *
 * @example
 * checkTable('myChart', { columns: ['Source', 'Referrals'], rows: [['Police', 412]] }).rows.length; // => 1
 * checkTable('myChart', { columns: ['Source', 'Referrals'], rows: [['Police']] }); // throws InvalidInputError
 */
export function checkTable(fn: string, table: DataTable): DataTable {
  if (table === null || typeof table !== 'object' || !Array.isArray(table.columns) || !Array.isArray(table.rows)) {
    throw new InvalidInputError(fn, 'table', table, 'must be { columns: string[], rows: cell[][] }');
  }
  if (table.columns.length === 0) throw new InvalidInputError(fn, 'table.columns', table.columns, 'must name at least one column');
  table.columns.forEach((c, i) => {
    if (typeof c !== 'string' || c === '') throw new InvalidInputError(fn, `table.columns[${i}]`, c, 'must be a non-empty string');
  });
  table.rows.forEach((row, r) => {
    if (!Array.isArray(row) || row.length !== table.columns.length) {
      throw new InvalidInputError(fn, `table.rows[${r}]`, row, `must have exactly ${table.columns.length} cells, one per column`);
    }
    row.forEach((cell, c) => {
      const ok = typeof cell === 'string' || (typeof cell === 'number' && Number.isFinite(cell));
      if (!ok) throw new InvalidInputError(fn, `table.rows[${r}][${c}]`, cell, 'must be a string or a finite number');
    });
  });
  return table;
}

/**
 * A text cell a spreadsheet could run as a formula: it starts with `=`, `+`, `-`, `@`, a tab or a
 * carriage return, possibly after single quotes (so that the escape below can be undone exactly).
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/**
 * Escapes a text cell against spreadsheet formula injection as OWASP advises: a cell that starts
 * with `=`, `+`, `-`, `@`, a tab or a carriage return gets a single quote `'` in front, so a
 * spreadsheet shows it as text and never runs it. A cell that already starts with quotes followed
 * by one of those characters gets one more, so {@link unescapeCsvText} gives back exactly the text.
 * Numbers are not text cells: `-3` stays `-3`.
 *
 * @example
 * escapeCsvText('=SUM(A1:A9)'); // => "'=SUM(A1:A9)"
 * escapeCsvText('Police'); // => 'Police'
 */
export function escapeCsvText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * Undoes {@link escapeCsvText}: removes the one quote it put in front of a formula-like cell.
 *
 * @example
 * unescapeCsvText("'=SUM(A1:A9)"); // => '=SUM(A1:A9)'
 * unescapeCsvText("'Police"); // => "'Police"
 */
export function unescapeCsvText(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

/**
 * Writes a data table as CSV per RFC 4180: header row, CRLF line ends (also after the last row),
 * fields quoted only when they contain a comma, quote or line break (quotes doubled), numbers
 * written in full JavaScript precision (never rounded). Serialised by papaparse `unparse`. Text
 * cells and column names that a spreadsheet would run as a formula (starting with `=`, `+`, `-`,
 * `@`, tab or CR) are escaped with a leading `'` (see {@link escapeCsvText}); {@link csvToTable}
 * removes it again. Number cells are written as numbers, never escaped.
 *
 * @example
 * tableToCsv({ columns: ['Source', 'Referrals'], rows: [['Police, Sussex', 412], ['-', 0]] }).split('\r\n');
 * // => ['Source,Referrals', '"Police, Sussex",412', "'-,0", '']
 */
export function tableToCsv(table: DataTable): string {
  checkTable('tableToCsv', table);
  const csv = Papa.unparse(
    { fields: table.columns.map(escapeCsvText), data: table.rows.map((row) => row.map((cell) => (typeof cell === 'string' ? escapeCsvText(cell) : cell))) },
    { newline: '\r\n', quotes: false, header: true, escapeFormulae: false },
  );
  // papaparse ends a header-only table with a newline but not a table with rows: end both once.
  return csv.endsWith('\r\n') ? csv : `${csv}\r\n`;
}

/**
 * A CSV file that papaparse could not read back into a table.
 *
 * @example
 * csvToTable('a,b\r\n1\r\n', 'x.csv'); // throws CsvParseError
 * new CsvParseError('x.csv', 'has no header row').message; // => 'x.csv: has no header row'
 */
export class CsvParseError extends ScpkitError {
  constructor(source: string, problem: string) {
    super('csv-invalid', `${source}: ${problem}`);
  }
}

/**
 * Reads CSV text written by {@link tableToCsv} back into a table of strings (first row = column
 * headers), removing the quote that `tableToCsv` put in front of formula-like text (see
 * {@link unescapeCsvText}), so the text is shown as it was. `source` names the file in error
 * messages. Throws {@link CsvParseError} on malformed CSV or ragged rows.
 *
 * @example
 * csvToTable('Source,Referrals\r\nPolice,412\r\n'); // => { columns: ['Source', 'Referrals'], rows: [['Police', '412']] }
 * csvToTable(tableToCsv({ columns: ['Note'], rows: [['=1+1']] })).rows; // => [['=1+1']]
 */
export function csvToTable(text: string, source = 'CSV'): DataTable {
  const body = text.endsWith('\r\n') ? text.slice(0, -2) : text.endsWith('\n') ? text.slice(0, -1) : text;
  const parsed = Papa.parse<string[]>(body, { delimiter: ',', quoteChar: '"', header: false, dynamicTyping: false, skipEmptyLines: false, newline: body.includes('\r\n') ? '\r\n' : '\n' });
  const first = parsed.errors[0];
  if (first !== undefined) throw new CsvParseError(source, `row ${(first.row ?? 0) + 1}: ${first.message}`);
  const [columns, ...rows] = parsed.data;
  if (columns === undefined || columns.length === 0) throw new CsvParseError(source, 'has no header row');
  rows.forEach((row, i) => {
    if (row.length !== columns.length) throw new CsvParseError(source, `row ${i + 2} has ${row.length} fields, the header has ${columns.length}`);
  });
  return { columns: columns.map(unescapeCsvText), rows: rows.map((row) => row.map(unescapeCsvText)) };
}

/**
 * Escapes text for HTML element content and attribute values.
 *
 * @example
 * escapeHtml('<b>"Tom & Jerry"</b>'); // => '&lt;b&gt;&quot;Tom &amp; Jerry&quot;&lt;/b&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * Renders a data table as an HTML `<table>` (header cells `scope="col"`, numbers right-aligned via
 * a `num` class, optional `<caption>`). All text is HTML-escaped. Numbers are printed in full.
 *
 * @example
 * tableToHtml({ columns: ['Source', 'Referrals'], rows: [['Police', 412]] }).split('\n').slice(1, 4); // => ['<thead><tr><th scope="col">Source</th><th scope="col">Referrals</th></tr></thead>', '<tbody>', '<tr><td>Police</td><td class="num">412</td></tr>']
 */
export function tableToHtml(table: DataTable, caption?: string): string {
  checkTable('tableToHtml', table);
  const lines: string[] = ['<table class="scpkit-table">'];
  if (caption !== undefined) lines.push(`<caption>${escapeHtml(caption)}</caption>`);
  lines.push(`<thead><tr>${table.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr></thead>`);
  lines.push('<tbody>');
  for (const row of table.rows) {
    const cells = row.map((cell) => (typeof cell === 'number' ? `<td class="num">${escapeHtml(String(cell))}</td>` : `<td>${escapeHtml(cell)}</td>`));
    lines.push(`<tr>${cells.join('')}</tr>`);
  }
  lines.push('</tbody>', '</table>');
  return lines.join('\n');
}

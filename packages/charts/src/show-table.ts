import type { DataTable } from './figure.js';
import { displayBundle, type MimeBundle } from './display.js';
import { protectTable } from './protect.js';
import { tableToCsv, tableToHtml } from './table.js';

/**
 * The notebook output for a data table: an HTML table (`text/html`, with optional caption) and its
 * CSV text (`text/plain`). The table passes through the disclosure-control hook first.
 *
 * @example
 * tableBundle({ columns: ['Source', 'Referrals'], rows: [['Police', 412]] })['text/plain']; // => 'Source,Referrals\nPolice,412\n'
 */
export function tableBundle(table: DataTable, caption?: string): MimeBundle {
  const safe = protectTable(table);
  return { 'text/html': tableToHtml(safe, caption), 'text/plain': tableToCsv(safe).replace(/\r\n/g, '\n') };
}

/**
 * Shows a data table in a tslab notebook (Jupyter or `scpkit reproduce`) as one HTML + text output.
 *
 * @example
 * showTable({ columns: ['Source', 'Referrals'], rows: [['Police', 412]] }); // throws DisplayUnavailableError: outside a notebook
 */
export function showTable(table: DataTable, caption?: string): void {
  displayBundle(tableBundle(table, caption), 'showTable');
}

import type { Dataset } from '../dataset/index.js';

/**
 * What `auditClaims` needs of a dataset: its typed tables (the claims register is `tables.claims`;
 * any table may be absent) and, optionally, the CSV line of each record so problems can name it.
 * A loaded `Dataset` fits.
 *
 * @example
 * const dataset: ClaimsDataset = { tables: {} };
 * auditClaims(dataset); // => []
 */
export type ClaimsDataset = Pick<Dataset, 'tables'> & Partial<Pick<Dataset, 'rowNumbers'>>;

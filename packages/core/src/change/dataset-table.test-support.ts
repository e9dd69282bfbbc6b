// Test support only (not exported): reads a table of the East Sussex 2021/22 dataset with papaparse,
// typing each cell by the scpkit standard schema (missing-value codes -> null, numbers -> number),
// so that the arithmetic can be checked against the data files as they are committed.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { standardSchemas, type StandardResourceName } from '../dataset/index.js';

const datasetFolder = new URL('../../../../datasets/east-sussex/2021-22/', import.meta.url);

/** The rows of `<resource>.csv`, typed by its standard schema. Throws on a CSV parse error or a bad number. */
export function readDatasetTable<R>(resource: StandardResourceName): R[] {
  const schema = standardSchemas[resource];
  const text = readFileSync(new URL(`${resource}.csv`, datasetFolder), 'utf8');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) {
    throw new Error(`${resource}.csv: ${parsed.errors.map((e) => `row ${e.row}: ${e.message}`).join('; ')}`);
  }
  const missing = new Set<string>(schema.missingValues ?? ['']);
  return parsed.data.map((row, index) => {
    const record: Record<string, unknown> = {};
    for (const field of schema.fields) {
      const cell = row[field.name];
      if (cell === undefined || missing.has(cell)) {
        record[field.name] = null;
      } else if (field.type === 'integer' || field.type === 'number') {
        const value = Number(cell);
        if (!Number.isFinite(value)) throw new Error(`${resource}.csv row ${index + 2}: ${field.name} ${JSON.stringify(cell)} is not a number`);
        record[field.name] = value;
      } else {
        record[field.name] = cell;
      }
    }
    return record as R;
  });
}

import type { DatasetProblem } from './dataset-problem.js';
import type { CheckedTable } from './validate-table.js';

/** The columns of `quarterly-indicators.csv` that describe the indicator and so must be the same on each of its rows. */
export const QUARTERLY_INDICATOR_COLUMNS = ['label', 'group', 'unit', 'improvement', 'target'] as const;

/**
 * Checks that every row of one indicator in `quarterly-indicators.csv` repeats the indicator's
 * first row in {@link QUARTERLY_INDICATOR_COLUMNS}: one `inconsistent-indicator` problem per
 * differing cell, naming the row and the field, and the row it differs from. Cells that failed
 * their own checks (undefined) are left to those. Internal to `validateDataset`.
 */
export function checkQuarterlyIndicators(file: string, table: CheckedTable): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const first = new Map<string, number>();
  table.records.forEach((record, i) => {
    const indicator = record['indicator'];
    if (typeof indicator !== 'string') return;
    const at = first.get(indicator);
    if (at === undefined) {
      first.set(indicator, i);
      return;
    }
    const earlier = table.records[at]!;
    for (const field of QUARTERLY_INDICATOR_COLUMNS) {
      const a = earlier[field];
      const b = record[field];
      if (a === undefined || b === undefined || a === b) continue;
      problems.push({
        file,
        row: table.rowNumbers[i] ?? null,
        field,
        code: 'inconsistent-indicator',
        message: `indicator ${JSON.stringify(indicator)} has ${field} ${JSON.stringify(b)} here but ${JSON.stringify(a)} on line ${table.rowNumbers[at] ?? '?'}: every row of an indicator gives the same ${field}`,
      });
    }
  });
  return problems;
}

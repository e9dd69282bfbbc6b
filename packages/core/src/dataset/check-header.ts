import type { DatasetProblem } from './dataset-problem.js';

/**
 * Compares a CSV header with the schema's field names, which must appear exactly once each and in
 * schema order. Reports, all on row 1: each `duplicate-column`, each `unexpected-column` (a name the
 * schema lacks), each `missing-column`, and, when the names match but their order does not, one
 * `column-order` problem. Returns the problems and, for each schema field present in the header, the
 * index of its first column so the rows can still be checked field by field.
 */
export function checkHeader(
  header: readonly string[],
  fieldNames: readonly string[],
  file: string,
): { problems: DatasetProblem[]; columnOf: ReadonlyMap<string, number> } {
  const problems: DatasetProblem[] = [];
  const columnOf = new Map<string, number>();
  const expected = fieldNames.join(',');
  header.forEach((name, index) => {
    const first = header.indexOf(name);
    if (first !== index) {
      problems.push({ file, row: 1, field: name || '-', code: 'duplicate-column', message: `column ${JSON.stringify(name)} appears more than once (columns ${first + 1} and ${index + 1})` });
      return;
    }
    if (!fieldNames.includes(name)) {
      problems.push({
        file,
        row: 1,
        field: name || '-',
        code: 'unexpected-column',
        message: `unexpected column ${JSON.stringify(name)} (column ${index + 1}); the schema's columns are ${expected}`,
      });
      return;
    }
    columnOf.set(name, index);
  });
  for (const name of fieldNames) {
    if (!columnOf.has(name)) {
      problems.push({ file, row: 1, field: name, code: 'missing-column', message: `missing column ${JSON.stringify(name)}; the schema's columns are ${expected}` });
    }
  }
  const present = fieldNames.filter((name) => columnOf.has(name));
  const order = [...columnOf.keys()];
  if (problems.length === 0 && order.some((name, i) => name !== present[i])) {
    problems.push({ file, row: 1, field: '-', code: 'column-order', message: `columns are out of order: found ${header.join(',')}, expected ${expected}` });
  }
  return { problems, columnOf };
}

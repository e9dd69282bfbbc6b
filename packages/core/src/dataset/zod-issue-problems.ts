import type * as z from 'zod';
import type { DatasetProblem } from './dataset-problem.js';
import { jsonPathKey } from './json-differences.js';

/**
 * Turns the issues of a failed zod parse of part of `datapackage.json` into `invalid-descriptor`
 * problems whose `field` is the JSON path of the offending value (`prefix` is the path of the part
 * that was parsed, e.g. `resources[3]`).
 */
export function zodIssueProblems(error: z.ZodError, file: string, prefix: string): DatasetProblem[] {
  return error.issues.map((issue) => {
    const path = prefix + issue.path.map((key) => jsonPathKey(typeof key === 'symbol' ? String(key) : key)).join('');
    const field = path.replace(/^\./, '') || '-';
    const hint = MISSING_KEY_HINTS[field];
    const message = hint !== undefined && issue.code === 'invalid_type' && issue.input === undefined ? hint : describeIssue(issue);
    return { file, row: null, field, code: 'invalid-descriptor', message };
  });
}

/** What a missing required key of the descriptor means and how to add it, where "is missing" alone would not say. */
const MISSING_KEY_HINTS: Readonly<Record<string, string>> = {
  'scpkit.source':
    "is missing: every report dataset names its source text (the report's text) and that text's SHA-256, and every quote is checked against it; put the text in source.txt and run scpkit describe",
};

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.input === undefined) return `is missing (expected ${issue.expected === 'array' ? 'an array' : issue.expected === 'object' ? 'an object' : `a ${issue.expected}`})`;
  if (issue.code === 'invalid_value' && issue.input === undefined) return `is missing (expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')})`;
  if (issue.code === 'unrecognized_keys') {
    return `has ${issue.keys.length === 1 ? 'a key' : 'keys'} the descriptor format does not know: ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
  }
  return issue.message;
}

import type { DatasetProblem } from './dataset-problem.js';

/**
 * Parses JSON text, turning a syntax error into an `invalid-json` problem located at the line (and
 * column, in the message) where the parser stopped when the JavaScript engine reports a position.
 * A leading UTF-8 byte-order mark is accepted.
 */
export function parseJsonText(text: string, file: string): { value: unknown } | { problem: DatasetProblem } {
  const body = text.startsWith('\ufeff') ? text.slice(1) : text;
  try {
    return { value: JSON.parse(body) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const located = /^(.*?) in JSON at position (\d+)/.exec(reason);
    if (located !== null) {
      const position = Number(located[2]);
      const before = body.slice(0, position);
      const line = before.split('\n').length;
      const column = position - before.lastIndexOf('\n');
      return { problem: { file, row: line, field: '-', code: 'invalid-json', message: `not valid JSON: ${lowerFirst(located[1] ?? 'syntax error')} (line ${line}, column ${column})` } };
    }
    if (reason.startsWith('Unexpected end of JSON input')) {
      return { problem: { file, row: body.split('\n').length, field: '-', code: 'invalid-json', message: 'not valid JSON: the text ends before the JSON value is complete' } };
    }
    const token = /^Unexpected token '?(.+?)'?, /.exec(reason);
    const detail = token === null ? 'syntax error' : `unexpected ${JSON.stringify(token[1])}`;
    return { problem: { file, row: null, field: '-', code: 'invalid-json', message: `not valid JSON: ${detail}` } };
  }
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

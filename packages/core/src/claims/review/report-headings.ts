import { assertString } from '../../stats/validate-input.js';

/**
 * A numbered heading of the report's text: its section number, title and 1-based line.
 *
 * @example
 * const [heading]: ReportHeading[] = reportHeadings('1. Introduction\n2. Budget');
 * heading; // => { section: '1', title: 'Introduction', line: 1 }
 */
export interface ReportHeading {
  /** Section number as printed, without a trailing point: `3`, `4.2`, `9.A`. */
  readonly section: string;
  /** The heading's title as printed, trimmed, without a trailing colon. */
  readonly title: string;
  readonly line: number;
}

const HEADING = /^(\d+)(?:\.([0-9]+|[A-Z]))?[.:]?[ \t]+(\S.*?)[\s:]*$/;

/**
 * The numbered headings of a report's text (`source.txt`), found line by line: a line starting with
 * a section number `N`, `N.` or `N.M` / `N.X` (after any `[bookmark: ...]` markers of the text
 * export) followed by a title. Numbered lists look the same ("1. Mandatory CPD webinar"), so a
 * top-level number counts only when it is the next one (1, 2, 3, ...) and a sub-section only when
 * it lies in the current top-level section and comes after the sub-section before it (4.1 < 4.2,
 * 9.A < 9.B): list items restart at 1 and are left out. A report whose headings are not numbered
 * gives `[]`.
 * @example
 * reportHeadings('1. Introduction\n2. Budget\n1. a list item\n2.1 Income\n9.A nothing');
 * // => [{ section: '1', title: 'Introduction', line: 1 }, { section: '2', title: 'Budget', line: 2 }, { section: '2.1', title: 'Income', line: 4 }]
 */
export function reportHeadings(text: string): ReportHeading[] {
  assertString('reportHeadings', 'text', text);
  const headings: ReportHeading[] = [];
  let top = 0;
  let sub: string | null = null;
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/^(?:\s*\[bookmark:[^\]]*\])+/, '').trim();
    const m = HEADING.exec(line);
    if (m === null) return;
    const number = Number(m[1]);
    const part = m[2];
    const title = (m[3] ?? '').trim();
    if (part === undefined) {
      if (number !== top + 1) return;
      top = number;
      sub = null;
      headings.push({ section: String(number), title, line: i + 1 });
      return;
    }
    if (number !== top || !after(part, sub)) return;
    sub = part;
    headings.push({ section: `${number}.${part}`, title, line: i + 1 });
  });
  return headings;
}

/** Whether sub-section `part` comes after `previous` (numbers by value, letters by letter; `null`: any first). */
function after(part: string, previous: string | null): boolean {
  if (previous === null) return true;
  const numeric = /^\d+$/.test(part);
  if (numeric !== /^\d+$/.test(previous)) return false;
  return numeric ? Number(part) > Number(previous) : part > previous;
}

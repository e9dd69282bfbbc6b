// Line boundaries of Python's str.splitlines(): \n \r \r\n \v \f \x1c \x1d \x1e \x85 \u2028 \u2029.
const LINE = /[^\n\r\v\f\x1c-\x1e\x85\u2028\u2029]*(?:\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]|$)/gy;

/**
 * Splits text into lines keeping their line ends, exactly as Python's `str.splitlines(True)`,
 * which nbformat uses to store multi-line strings as JSON lists. `''` gives `[]`.
 */
export function splitLinesKeepEnds(text: string): string[] {
  const lines: string[] = [];
  LINE.lastIndex = 0;
  while (LINE.lastIndex < text.length) {
    const match = LINE.exec(text);
    if (match === null || match[0] === '') break;
    lines.push(match[0]);
  }
  return lines;
}

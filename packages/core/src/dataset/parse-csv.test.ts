import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv.js';

const codes = (text: string) => parseCsv(text, 'f.csv').problems.map((p) => `${p.row}:${p.code}`);

describe('parseCsv', () => {
  it('reads a header and records, keeping every cell as text', () => {
    const parsed = parseCsv('a,b,c\n1, 2,x\n-3,,"4"\n', 'f.csv');
    expect(parsed.header).toEqual(['a', 'b', 'c']);
    expect(parsed.records.map((r) => r.cells)).toEqual([
      ['1', ' 2', 'x'],
      ['-3', '', '4'],
    ]);
    expect(parsed.records.map((r) => r.line)).toEqual([2, 3]);
    expect(parsed.problems).toEqual([]);
  });

  it('drops a UTF-8 byte-order mark so it is not part of the first column name', () => {
    const parsed = parseCsv('\ufeffa,b\n1,2\n', 'f.csv');
    expect(parsed.header).toEqual(['a', 'b']);
    expect(parsed.records[0]?.cells).toEqual(['1', '2']);
  });

  it('accepts CRLF line ends and keeps no \\r in any cell', () => {
    const parsed = parseCsv('a,b\r\n1,2\r\n3,4\r\n', 'f.csv');
    expect(parsed.records.map((r) => r.cells)).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(parsed.records.map((r) => r.line)).toEqual([2, 3]);
    expect(parsed.problems).toEqual([]);
  });

  it('keeps commas, doubled quotes and line breaks inside quoted cells', () => {
    const parsed = parseCsv('a,b\n"x, y","say ""hi"""\n"two\nlines",z\nlast,row\n', 'f.csv');
    expect(parsed.records.map((r) => r.cells)).toEqual([
      ['x, y', 'say "hi"'],
      ['two\nlines', 'z'],
      ['last', 'row'],
    ]);
    // The record after the two-line cell starts on physical line 5, not 4.
    expect(parsed.records.map((r) => r.line)).toEqual([2, 3, 5]);
  });

  it('counts lines inside quoted cells of a CRLF file once per CRLF', () => {
    const parsed = parseCsv('a,b\r\n"1\r\n2",x\r\ny,z\r\n', 'f.csv');
    expect(parsed.records.map((r) => r.line)).toEqual([2, 4]);
    expect(parsed.records[0]?.cells).toEqual(['1\r\n2', 'x']);
  });

  it('accepts a file without a final line break and a file with only a header', () => {
    expect(parseCsv('a,b\n1,2', 'f.csv').records.map((r) => r.cells)).toEqual([['1', '2']]);
    const headerOnly = parseCsv('a,b\n', 'f.csv');
    expect(headerOnly.header).toEqual(['a', 'b']);
    expect(headerOnly.records).toEqual([]);
    expect(headerOnly.problems).toEqual([]);
  });

  it('reports an empty file (also only whitespace or a BOM) on row 1', () => {
    for (const text of ['', '\n', '\ufeff', '  \r\n']) {
      const parsed = parseCsv(text, 'f.csv');
      expect(parsed.header).toBeNull();
      expect(codes(text)).toEqual(['1:empty-file']);
    }
  });

  it('reports an unclosed quote at the line where its record starts, and marks the record broken', () => {
    const parsed = parseCsv('a,b\n1,2\n"open,3\n4,5\n', 'f.csv');
    expect(codes('a,b\n1,2\n"open,3\n4,5\n')).toEqual(['3:unclosed-quote']);
    expect(parsed.records.at(-1)?.broken).toBe(true);
    expect(parsed.records[0]?.broken).toBe(false);
  });

  it('reports unbalanced quotes', () => {
    expect(codes('a,b\n"x"y,2\n')).toContain('2:malformed-quote');
  });

  it('reports a blank line between records but not the final line break', () => {
    expect(codes('a,b\n1,2\n\n3,4\n')).toEqual(['3:blank-row']);
    expect(codes('a,b\n1,2\n\n')).toEqual(['3:blank-row']);
  });

  it('reports a CRLF line in a file whose first line ends with LF', () => {
    expect(codes('a,b\n1,2\r\n3,4\n')).toEqual(['2:mixed-line-endings']);
  });

  it('gives no usable header when the header itself has an unclosed quote', () => {
    const parsed = parseCsv('"a,b\n1,2\n', 'f.csv');
    expect(parsed.header).toBeNull();
    expect(parsed.problems.map((p) => p.code)).toEqual(['unclosed-quote']);
  });

  it('round-trips any table of texts written as RFC 4180 CSV, with physical line numbers', () => {
    const cellText = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', '"', '\n', '\r\n', 'é', '↑', '1'), maxLength: 8 });
    const table = fc.integer({ min: 1, max: 4 }).chain((width) =>
      fc.tuple(fc.array(fc.string({ unit: fc.constantFrom('a', 'b', '_'), minLength: 1, maxLength: 4 }), { minLength: width, maxLength: width }), fc.array(fc.array(cellText, { minLength: width, maxLength: width }), { maxLength: 6 })),
    );
    fc.assert(
      fc.property(table, fc.constantFrom('\n', '\r\n'), fc.boolean(), ([header, rows], eol, bom) => {
        // A record that is a single empty cell would be a blank line: keep such tables out.
        fc.pre(header.length > 1 || rows.every((r) => r[0] !== ''));
        // Cells may hold LF or CRLF whatever the file's own line end: quoted, they are content.
        const quote = (c: string) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
        const lines = [header, ...rows].map((r) => r.map(quote).join(','));
        const text = (bom ? '\ufeff' : '') + lines.join(eol) + eol;
        const parsed = parseCsv(text, 'f.csv');
        const expectedLines: number[] = [];
        let line = 1 + (lines[0]?.split(/\r\n|\n/).length ?? 1);
        for (const l of lines.slice(1)) {
          expectedLines.push(line);
          line += l.split(/\r\n|\n/).length;
        }
        return (
          JSON.stringify(parsed.header) === JSON.stringify(header) &&
          JSON.stringify(parsed.records.map((r) => r.cells)) === JSON.stringify(rows) &&
          JSON.stringify(parsed.records.map((r) => r.line)) === JSON.stringify(expectedLines) &&
          parsed.problems.length === 0
        );
      }),
      { numRuns: 300 },
    );
  });
});

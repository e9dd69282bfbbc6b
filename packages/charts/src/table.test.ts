import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '@scpkit/core';
import { CsvParseError, csvToTable, escapeCsvText, tableToCsv, tableToHtml, unescapeCsvText } from './table.js';

describe('tableToCsv', () => {
  it('writes RFC 4180: CRLF after every record, quotes only where needed, quotes doubled', () => {
    const csv = tableToCsv({
      columns: ['Name', 'Amount (£)', 'Note'],
      rows: [
        ['Police, Sussex', 35000, 'said "ok"'],
        ['Two\nlines', -0.5, '[c]'],
        ['+12%', 1e-7, ''],
      ],
    });
    expect(csv).toBe('Name,Amount (£),Note\r\n"Police, Sussex",35000,"said ""ok"""\r\n"Two\nlines",-0.5,[c]\r\n\'+12%,1e-7,\r\n');
  });

  it('escapes text cells a spreadsheet would run as formulas (OWASP), numbers stay numbers', () => {
    const hostile = ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\tTAB', '\r=1', "'=already", "''-twice"];
    const csv = tableToCsv({ columns: ['text', '=col', 'n'], rows: [...hostile.map((t) => [t, 'safe', -3]), ["'Tis", '', 1e-7]] });
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe("text,'=col,n");
    expect(lines[1]).toBe(`"'=HYPERLINK(""http://x"",""y"")",safe,-3`);
    expect(lines[2]).toBe("'+1+1,safe,-3");
    // Every text cell starts with the quote; every number cell is the bare number.
    for (const line of lines.slice(1, hostile.length + 1)) expect(line).toMatch(/^"?'.*,safe,-3$/s);
    expect(lines[hostile.length + 1]).toBe("'Tis,,1e-7");
    expect(csvToTable(csv)).toEqual({ columns: ['text', '=col', 'n'], rows: [...hostile.map((t) => [t, 'safe', '-3']), ["'Tis", '', '1e-7']] });
    expect(escapeCsvText('-')).toBe("'-");
    expect(unescapeCsvText(escapeCsvText("'''@x"))).toBe("'''@x");
    expect(unescapeCsvText("'plain")).toBe("'plain");
  });

  it('round-trips any table of strings through csvToTable (property)', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\r', '\n', ' ', '=', 'é', "'", '+', '-', '@', '\t') });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.array(fc.array(cell, { minLength: 4, maxLength: 4 }), { maxLength: 6 }), (width, raw) => {
        const columns = Array.from({ length: width }, (_, i) => `c${i}`);
        const rows = raw.map((r) => r.slice(0, width));
        // A one-column row holding '' would be an empty line, which RFC 4180 cannot tell from no row.
        fc.pre(!(width === 1 && rows.some((r) => r[0] === '')));
        expect(csvToTable(tableToCsv({ columns, rows }))).toEqual({ columns, rows });
      }),
    );
  });

  it('never rounds numbers', () => {
    expect(tableToCsv({ columns: ['x'], rows: [[0.1 + 0.2]] })).toBe('x\r\n0.30000000000000004\r\n');
  });

  it('rejects ragged rows and non-finite cells, naming the cell', () => {
    expect(() => tableToCsv({ columns: ['a', 'b'], rows: [['x']] })).toThrow(/table\.rows\[0\] must have exactly 2 cells/);
    expect(() => tableToCsv({ columns: ['a'], rows: [[Number.NaN]] })).toThrow(InvalidInputError);
    expect(() => tableToCsv({ columns: ['a'], rows: [[Number.POSITIVE_INFINITY]] })).toThrow(/table\.rows\[0\]\[0\]/);
    expect(() => tableToCsv({ columns: [], rows: [] })).toThrow(/at least one column/);
  });
});

describe('csvToTable', () => {
  it('reports ragged CSV with the row number', () => {
    expect(() => csvToTable('a,b\r\n1\r\n', 'x.csv')).toThrow(CsvParseError);
    expect(() => csvToTable('a,b\r\n1\r\n', 'x.csv')).toThrow(/x\.csv: row 2 has 1 fields, the header has 2/);
  });
});

describe('tableToHtml', () => {
  it('escapes text, marks numeric cells and adds a caption', () => {
    expect(tableToHtml({ columns: ['<b>', 'n'], rows: [['A & "B"', 3]] }, 'Data & notes')).toBe(
      [
        '<table class="scpkit-table">',
        '<caption>Data &amp; notes</caption>',
        '<thead><tr><th scope="col">&lt;b&gt;</th><th scope="col">n</th></tr></thead>',
        '<tbody>',
        '<tr><td>A &amp; &quot;B&quot;</td><td class="num">3</td></tr>',
        '</tbody>',
        '</table>',
      ].join('\n'),
    );
  });
});

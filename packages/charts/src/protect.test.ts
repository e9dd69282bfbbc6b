import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { setFigureWriteContext } from './figure-context.js';
import { DisclosureWithheldError, figureDisclosureProblems, outputProtection, protectFigure, protectTable, protectText, setOutputProtection } from './protect.js';
import { rankedBars } from './ranked-bars.js';
import { markdownBundle } from './show-markdown.js';
import { tableBundle } from './show-table.js';
import { figureText } from './test-support.js';
import { writeFigure } from './write-figure.js';

const bars = (values: readonly number[]) =>
  rankedBars(values.map((value, i) => ({ category: `Type ${i + 1}`, value })), { ...figureText('abuse-types'), valueTitle: 'Times recorded' });

afterEach(() => setOutputProtection(false));

describe('output protection', () => {
  it('is off by default: every hook is the identity', () => {
    expect(outputProtection()).toBeUndefined();
    const f = bars([3, 40]);
    expect(protectFigure(f)).toBe(f);
    const t = { columns: ['Type', 'Children'], rows: [['Neglect', 3]] };
    expect(protectTable(t)).toBe(t);
    expect(protectText('3 of 8')).toBe('3 of 8');
  });

  it('protected: a figure whose table holds a count from 1 to 5 is refused, naming the cell; a safe one is marked', () => {
    setOutputProtection(true);
    expect(figureDisclosureProblems(bars([40, 3]))).toEqual(['row 2, column "Times recorded": 3 is a whole number from 1 to 5']);
    expect(() => protectFigure(bars([40, 3]))).toThrow(DisclosureWithheldError);
    const safe = protectFigure(bars([40, 12, 0]));
    expect((safe.spec as { usermeta?: unknown }).usermeta).toEqual({ scpkit: { disclosure: 'protect' } });
    expect(safe.table).toEqual(bars([40, 12, 0]).table);
  });

  it('protected: writeFigure writes nothing for a figure that would publish a small count', async () => {
    setOutputProtection(true);
    const dir = await mkdtemp(join(tmpdir(), 'scpkit-protect-'));
    try {
      await expect(writeFigure(bars([3, 40]), dir)).rejects.toThrow('figure "abuse-types" withheld by disclosure control: row 2, column "Times recorded": 3 is a whole number from 1 to 5');
      expect(await readdir(dir)).toEqual([]);
      await writeFigure(bars([30, 40]), dir);
      expect(JSON.parse(await readFile(join(dir, 'abuse-types.vl.json'), 'utf8')).usermeta.scpkit.disclosure).toBe('protect');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('protected: tables show [c] for small counts and for the shares and rates of their row; text is redacted', () => {
    setOutputProtection(true);
    const t = protectTable({ columns: ['Type', 'Children', 'Share'], rows: [['Neglect (3 of 25)', 3, 0.12], ['Other', 22, 0.88], ['Zero', 0, 0]] });
    expect(t.rows).toEqual([['Neglect ([c] of 25)', '[c]', '[c]'], ['Other', 22, 0.88], ['Zero', 0, 0]]);
    expect(tableBundle({ columns: ['Type', 'Children'], rows: [['Neglect', 3]] })['text/plain']).toBe('Type,Children\nNeglect,[c]\n');
    expect(markdownBundle('We held 4 rapid reviews in Q1.')).toEqual({ 'text/markdown': 'We held [c] rapid reviews in Q1.', 'text/plain': 'We held [c] rapid reviews in Q1.' });
  });

  it('property: a protected table never shows a whole number from 1 to 5', () => {
    setOutputProtection(true);
    fc.assert(
      fc.property(fc.array(fc.array(fc.oneof(fc.integer({ min: 0, max: 30 }), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 2, maxLength: 2 }), { maxLength: 8 }), (rows) => {
        const out = protectTable({ columns: ['a', 'b'], rows });
        for (const row of out.rows) for (const cell of row) expect(typeof cell === 'number' && Number.isInteger(cell) && cell >= 1 && cell <= 5).toBe(false);
      }),
    );
  });

  it('a new notebook run starts unprotected; a wider range can be set; a bad range is refused', () => {
    setOutputProtection({ max: 9 });
    expect(outputProtection()).toEqual({ min: 1, max: 9 });
    setFigureWriteContext(undefined);
    expect(outputProtection()).toBeUndefined();
    expect(() => setOutputProtection({ min: 0 })).toThrow(/options.min must be at least 1/);
  });
});

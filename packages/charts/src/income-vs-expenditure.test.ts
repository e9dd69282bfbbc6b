import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '@scpkit/core';
import { incomeVsExpenditure, type BudgetLineRow } from './income-vs-expenditure.js';
import { expectWellFormedFigure, figureText, svgTexts } from './test-support.js';

// A real budget statement from the repository's first dataset (the report's own numbers).
const datasetDir = fileURLToPath(new URL('../../../datasets/east-sussex/2021-22/', import.meta.url));
const readCsv = (file: string) => Papa.parse<Record<string, string>>(readFileSync(datasetDir + file, 'utf8'), { header: true, skipEmptyLines: true }).data;

describe('incomeVsExpenditure', () => {
  it('draws a published budget statement with both totals in the panel titles', async () => {
    const statement = 'actual';
    const lines: BudgetLineRow[] = readCsv('budget-lines.csv')
      .filter((r) => r.statement === statement)
      .map((r) => ({ side: r.side as BudgetLineRow['side'], line: r.line!, amount: Number(r.amount) }));
    const totals = Object.fromEntries(readCsv('budget-totals.csv').filter((r) => r.statement === statement).map((r) => [r.side, Number(r.amount)]));
    const figure = incomeVsExpenditure(lines, { ...figureText('budget'), totals: { income: totals.income!, expenditure: totals.expenditure! } });
    const texts = svgTexts(await expectWellFormedFigure(figure));
    // The report prints £270,300 as the total of both sides, £114,300 from the county council.
    expect(texts).toContain('Income: £270,300 in total');
    expect(texts).toContain('Expenditure: £270,300 in total');
    expect(texts).toContain('£114,300');
    expect(figure.table.rows).toHaveLength(lines.length + 2);
    expect(figure.table.rows.at(-2)).toEqual(['Income', 'Total', 270300]);
    expect(figure.table.rows.at(-1)).toEqual(['Expenditure', 'Total', 270300]);
    // Within a side, lines run largest first.
    const income = figure.table.rows.filter((r) => r[0] === 'Income' && r[1] !== 'Total').map((r) => r[2] as number);
    expect(income).toEqual([...income].sort((a, b) => b - a));
  });

  it('needs both sides, known side names and finite totals', () => {
    const opts = { ...figureText('budget'), totals: { income: 1, expenditure: 1 } };
    expect(() => incomeVsExpenditure([{ side: 'income', line: 'a', amount: 1 }], opts)).toThrow(/no expenditure line/);
    expect(() => incomeVsExpenditure([{ side: 'other' as 'income', line: 'a', amount: 1 }], opts)).toThrow(InvalidInputError);
    expect(() =>
      incomeVsExpenditure(
        [
          { side: 'income', line: 'a', amount: 1 },
          { side: 'expenditure', line: 'b', amount: 1 },
        ],
        { ...opts, totals: { income: Number.NaN, expenditure: 1 } },
      ),
    ).toThrow(/options\.totals\.income/);
  });

  it('keeps a line that prints no amount, drawn as text and [x], never as £0', async () => {
    const figure = incomeVsExpenditure(
      [
        { side: 'income', line: 'Probation', amount: null },
        { side: 'income', line: 'Police', amount: 35000 },
        { side: 'expenditure', line: 'Chair', amount: 24500 },
      ],
      { ...figureText('budget-missing'), totals: { income: 35000, expenditure: 24500 }, missingText: 'Not yet advised' },
    );
    const svg = await expectWellFormedFigure(figure);
    expect(svgTexts(svg)).toContain('Not yet advised');
    // No amount label reads £0 (the only £0 texts are the two panels' axis ticks).
    const markTexts = [...svg.matchAll(/<g class="mark-text role-mark[^"]*"[^>]*>(.*?)<\/g>/g)].flatMap((m) => svgTexts(m[1] ?? ''));
    expect(markTexts).toEqual(expect.arrayContaining(['£35,000', '£24,500', 'Not yet advised']));
    expect(markTexts).not.toContain('£0');
    expect(figure.table.rows).toEqual([
      ['Income', 'Police', 35000],
      ['Income', 'Probation', '[x]'],
      ['Expenditure', 'Chair', 24500],
      ['Income', 'Total', 35000],
      ['Expenditure', 'Total', 24500],
    ]);
    // Two bars only: the missing line has none.
    expect(svg.match(/aria-roledescription="bar"/g)).toHaveLength(2);
  });
});

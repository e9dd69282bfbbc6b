// Checks the committed figures of the budget notebook (docs/figures/<id>.csv and the inline data of
// <id>.vl.json) against the East Sussex dataset, recomputed through @scpkit/core.
// Run the notebook (scpkit reproduce --only budget) to refresh them.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { budgetStatements, budgetVariance, reconcileBudget, reportLookup } from '@scpkit/core';
import { loadDataset } from '@scpkit/core/node';
import { expectFigureFiles, figuresDir, inlineValues, records, repoRoot, table } from './figure-files.test-support.js';

const report = reportLookup(loadDataset(`${repoRoot}datasets/east-sussex/2021-22`));
const NOTEBOOK = 'budget';
const OWNED = ['budget-actual', 'budget-projected', 'budget-actual-vs-projected'];

const rows = <T>(lookup: { found: true; value: T } | { found: false; reason: string }): T => {
  if (!lookup.found) throw new Error(lookup.reason);
  return lookup.value;
};
const statements = budgetStatements(rows(report.table('budget-statements')), rows(report.table('budget-lines')), rows(report.table('budget-totals')));

describe('figures of the budget notebook', () => {
  it.each(OWNED)('%s has its four files, written by notebooks/budget.ipynb', (id) => expectFigureFiles(id, 'budget'));

  it('the figures of the statements are named by statement id, not by period', () => {
    expect(statements.map((s) => s.statement.statement)).toEqual(['actual', 'projected']);
    for (const old of ['budget-2021-22', 'budget-2022-23']) expect(existsSync(`${figuresDir}${old}.csv`), old).toBe(false);
  });

  it.each(['actual', 'projected'])('budget-%s: every line of the statement, totals re-added by reconcileBudget, a missing amount never 0', (statementId) => {
    const statement = statements.find((s) => s.statement.statement === statementId);
    if (statement === undefined) throw new Error(`no ${statementId} statement`);
    const id = `budget-${statementId}`;
    const t = records(table(id));
    const r = reconcileBudget(statement);
    const lines = t.filter((x) => x.Line !== 'Total');
    expect(lines).toHaveLength(statement.lines.length);
    for (const l of statement.lines) {
      // Shown with a capital first letter (the statements print "carry fwd" one year, "Carry fwd" the next).
      const shown = l.line.trim().charAt(0).toUpperCase() + l.line.trim().slice(1);
      const row = lines.find((x) => x.Line === shown && (x.Side ?? '').startsWith(l.side === 'income' ? 'Income' : 'Expenditure'));
      expect(row, l.line).toBeDefined();
      expect(row?.['Amount (£)']).toBe(l.amount === null ? '[x]' : String(l.amount));
    }
    const totals = t.filter((x) => x.Line === 'Total').map((x) => Number(x['Amount (£)']));
    expect(totals).toEqual([r.income.total, r.expenditure.total]);
    // Both statements balance and match their printed totals (£270,300 and £234,055).
    expect(totals[0]).toBe(totals[1]);
    expect(r.income.printedTotal).toBe(totals[0]);
    const known = lines.filter((x) => x['Amount (£)'] !== '[x]').map((x) => Number(x['Amount (£)']));
    expect(known.reduce((a, b) => a + b, 0)).toBe(totals[0]! + totals[1]!);
    const data = inlineValues(id) as { line: string; amount: number | null }[];
    expect(data.filter((d) => d.amount === null).map((d) => d.line)).toEqual(statement.lines.filter((l) => l.amount === null).map((l) => l.line.trim()));
    expect(data.some((d) => d.amount === 0)).toBe(false);
  });

  it('budget-projected: National Probation Service is "Not yet advised": [x] in the table and text on the chart', () => {
    const t = records(table('budget-projected'));
    expect(t.find((x) => x.Line === 'National Probation Service')?.['Amount (£)']).toBe('[x]');
    expect(readFileSync(`${figuresDir}budget-projected.svg`, 'utf8')).toContain('Not yet advised');
  });

  it('budget-actual-vs-projected: every line matched by budgetVariance, actual against projected', () => {
    const actual = statements.find((s) => s.statement.basis === 'actual');
    const projected = statements.find((s) => s.statement.basis === 'projected');
    if (actual === undefined || projected === undefined) throw new Error('need both statements');
    const variance = budgetVariance(actual, projected);
    const t = table('budget-actual-vs-projected');
    expect(t.rows).toHaveLength(variance.lines.length);
    expect(variance.unmatched).toEqual({ actual: [], projected: [] });
    variance.lines.forEach((v, i) => {
      const row = t.rows[i] ?? [];
      expect(row[1]).toBe(v.side === 'income' ? 'Income' : 'Expenditure');
      expect(String(row[2])).toBe(v.actual === null ? '[x]' : String(v.actual));
      expect(String(row[3])).toBe(v.projected === null ? '[x]' : String(v.projected));
      expect(String(row[4])).toBe(v.difference === null ? '[x]' : String(v.difference));
    });
    const probation = records(t).find((x) => x.Line === 'National Probation Service' && x.Group === 'Income');
    expect(probation?.['Projected 2022/23']).toBe('[x]');
    expect(probation?.['Change (report)']).toBe('Not yet advised');
    // The carry-forward chain: what 2021/22 carries forward (£23,855) is what 2022/23 brings forward.
    // The two balance lines print their year, so the chart names them by what they are.
    const broughtForward = records(t).find((x) => x.Line === 'Balance brought forward' && x.Group === 'Income');
    const carried = records(t).find((x) => x.Line?.startsWith('Carry fwd') && x.Group === 'Expenditure');
    expect(broughtForward?.['Projected 2022/23']).toBe(carried?.['Actual 2021/22']);
  });
});

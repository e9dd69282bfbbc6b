// Checks the committed figures of the governance notebook (docs/figures/<id>.csv and the inline
// data of <id>.vl.json) against the East Sussex dataset's partnership-groups and board-members.
// Run the notebook (scpkit reproduce --only governance) to refresh them.
import { describe, expect, it } from 'vitest';
import { reportLookup } from '@scpkit/core';
import { loadDataset } from '@scpkit/core/node';
import type { DataTable } from '@scpkit/charts';
import { expectFigureFiles, records, repoRoot, spec, table } from './figure-files.test-support.js';

const report = reportLookup(loadDataset(`${repoRoot}datasets/east-sussex/2021-22`));
const NOTEBOOK = 'governance';
const OWNED = ['partnership-structure', 'board-membership'];

/** The rows of a lookup, or the test fails with its reason. */
function valueOf<T>(lookup: { found: true; value: T } | { found: false; reason: string }): T {
  if (!lookup.found) throw new Error(lookup.reason);
  return lookup.value;
}

/** Column `name` of a table as strings. */
function column(t: DataTable, name: string): string[] {
  const at = t.columns.indexOf(name);
  if (at === -1) throw new Error(`no column ${name} in ${t.columns.join(', ')}`);
  return t.rows.map((r) => String(r[at]));
}

describe('figures of the governance notebook', () => {
  it.each(OWNED)('%s has its four files, written by notebooks/governance.ipynb', (id) => expectFigureFiles(id, 'governance'));

  it('partnership-structure: every group once, reporting lines only where stated, the rest marked as not stated', () => {
    const groups = valueOf(report.table('partnership-groups'));
    const t = records(table('partnership-structure'));
    const NOT_STATED = 'Reporting line not stated in the report';
    // The "not stated" heading is a note on the chart, not a row (a group) of the table.
    expect(t).toHaveLength(groups.length);
    for (const g of groups) {
      const row = t.find((x) => x.Group === g.group || x.Group?.startsWith(`${g.group} (`));
      expect(row, g.group).toBeDefined();
      const reportsTo = row?.['Reports to'] ?? '';
      if (g.reports_to !== null) expect(reportsTo === g.reports_to || reportsTo.startsWith(`${g.reports_to} (`)).toBe(true);
      else if (/\bBoard\b/.test(g.group)) expect(reportsTo).toBe('[z]');
      else expect(reportsTo).toBe('[x]');
    }
    expect(t.filter((x) => x['Reports to'] === '[x]')).toHaveLength(groups.filter((g) => g.reports_to === null).length - 1);
    expect(t.some((x) => x.Group === NOT_STATED)).toBe(false);
  });

  it('board-membership: every member with a printed from/to month, the rest counted, over the report\'s financial year', () => {
    const members = valueOf(report.table('board-members'));
    const t = records(table('board-membership'));
    const dated = members.filter((m) => m.from !== null || m.to !== null);
    const undated = members.length - dated.length;
    // Only dated members are drawn (name, then role on a second line); the undated ones are counted in the subtitle.
    expect(t).toHaveLength(dated.length);
    for (const m of dated) {
      const row = t.find((x) => x.Member?.startsWith(`${m.name} (`) && x.Detail === m.title);
      expect(row, m.name).toBeDefined();
      expect(row?.['From (printed)']).toBe(m.from ?? '[x]');
      expect(row?.['To (printed)']).toBe(m.to ?? '[x]');
    }
    expect([(spec('board-membership') as { title: { subtitle: string | string[] } }).title.subtitle].flat().join(' ')).toContain(`${undated} other members are listed with no dates and are not drawn`);
    expect([dated.length, undated]).toEqual([13, 31]);
    // A member listed "to" a month is shown from the start of the report's year (April) to that month.
    const start = `Apr ${report.period.slice(0, 4)}`;
    expect(t.find((x) => x['From (printed)'] === '[x]' && x['To (printed)'] !== '[x]')?.Shown?.startsWith(`${start} to `)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { reportHeadings } from './report-headings.js';

describe('reportHeadings', () => {
  it('reads numbered headings and leaves numbered lists out', () => {
    const text = ['Foreword', '1. Introduction ', '2.\tBudget', '1. a list item', '2. another', '[bookmark: _Hlk1]2.1\tIncome', '2.3 Spending:', '2.2 Out of order', '3. Appendices', '3.A\tContext', '3.B: Board Membership'].join('\n');
    expect(reportHeadings(text)).toEqual([
      { section: '1', title: 'Introduction', line: 2 },
      { section: '2', title: 'Budget', line: 3 },
      { section: '2.1', title: 'Income', line: 6 },
      { section: '2.3', title: 'Spending', line: 7 },
      { section: '3', title: 'Appendices', line: 9 },
      { section: '3.A', title: 'Context', line: 10 },
      { section: '3.B', title: 'Board Membership', line: 11 },
    ]);
  });

  it('gives [] for a text without numbered headings', () => {
    expect(reportHeadings('Foreword\nSome text.\n')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { standardSchemas } from './schemas/index.js';
import { validateTable } from './validate-table.js';
import { checkQuarterlyIndicators } from './check-quarterly-indicators.js';

const header = 'indicator,label,group,period,value,unit,improvement,target,section,quote';
const check = (lines: string[]) => {
  const table = validateTable({ file: 'quarterly-indicators.csv', text: [header, ...lines].join('\n') + '\n', schema: standardSchemas['quarterly-indicators'] });
  return { table, problems: checkQuarterlyIndicators('quarterly-indicators.csv', table) };
};

describe('checkQuarterlyIndicators', () => {
  it('accepts an indicator whose rows agree', () => {
    const { table, problems } = check(['a,A,G,Q1 2021/22,5,count,decrease,4,8,q', 'a,A,G,Q2 2021/22,[x],count,decrease,4,8,q']);
    expect(table.problems).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('names the row and field where an indicator differs from its first row', () => {
    const { problems } = check(['a,A,G,Q1 2021/22,5,count,decrease,4,8,q', 'b,B,G,Q1 2021/22,5,count,decrease,,8,q', 'a,A,H,Q2 2021/22,6,count,increase,4,8,q']);
    expect(problems.map((p) => [p.row, p.field, p.code])).toEqual([
      [4, 'group', 'inconsistent-indicator'],
      [4, 'improvement', 'inconsistent-indicator'],
    ]);
    expect(problems[0]?.message).toBe('indicator "a" has group "H" here but "G" on line 2: every row of an indicator gives the same group');
  });
});

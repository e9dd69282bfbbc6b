// Test support only (not exported): builds small synthetic datasets and claims registers.
import type { BudgetLine, ChartSeriesPoint, Claim, ContextValue, Figure, StandardTables } from '../dataset/index.js';
import type { ClaimsDataset } from './claims-dataset.js';

/** A claims register row; `quote` defaults to one that contains `stated`. */
export function claim(fields: Partial<Claim> & Pick<Claim, 'id' | 'kind' | 'stated'>): Claim {
  return {
    stated_value: null,
    per: null,
    references: null,
    note: null,
    section: '9.A',
    quote: `The report says ${fields.stated} here.`,
    ...fields,
  };
}

/** A context value row. */
export function contextValue(indicator: string, period: string, value: number): ContextValue {
  return { indicator, period, value, section: '3', quote: `${value}` };
}

/** A figure row. */
export function figure(id: string, value: number, fields: Partial<Figure> = {}): Figure {
  return { id, topic: 'test', measure: id.replace(/-/g, ' '), area: null, period: null, value, unit: 'count', qualifier: null, section: '5.1', quote: `${value}`, ...fields };
}

/** A budget line row (amount `null` = "Not yet advised"). */
export function budgetLine(statement: string, side: 'income' | 'expenditure', position: number, amount: number | null, line = `line ${position}`): BudgetLine {
  return { statement, side, position, line, line_type: 'line', amount, section: '9.C', quote: line };
}

/** A chart point row. */
export function chartPoint(chart: string, position: number, label: string, value: number): ChartSeriesPoint {
  return { chart, title: chart, position, label, value, value_printed: 'in-chart', section: '5.1', quote: label };
}

/** A dataset holding `tables`. */
export function dataset(tables: StandardTables): ClaimsDataset {
  return { tables };
}

/** The East Sussex 2021/22 year-on-year figures used across the tests (the report's own numbers). */
export const contextValues: ContextValue[] = [
  contextValue('family-contacts', '2020/21', 13218),
  contextValue('family-contacts', '2021/22', 17011),
  contextValue('referrals', '2020/21', 3811),
  contextValue('referrals', '2021/22', 4169),
  contextValue('cp-plans', '2020/21', 525),
  contextValue('cp-plans', '2021/22', 536),
  contextValue('missing-episodes', '2020/21', 1305),
  contextValue('missing-episodes', '2021/22', 1404),
  contextValue('privately-fostered', '2021/22', 45),
];

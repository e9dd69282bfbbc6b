export { absent, allFound, found, type Absent, type Found, type FoundValues, type Lookup } from './lookup-result.js';
export { periodIsYear, periodStartYear } from './period-start.js';
export { describeFigureSelector, selectFigures, type FigureSelector } from './select-figures.js';
export { reportLookup, type ChartSeries, type FigureOptions, type PreviousCurrent, type ReportLookup } from './report-lookup.js';

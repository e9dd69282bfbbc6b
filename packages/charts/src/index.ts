/**
 * `@scpkit/charts`: Vega-Lite v5 chart builders shaped by the kind of chart, SVG/PNG rendering, and
 * the single writer of figure files. Every builder returns a {@link Figure}: spec + data table.
 *
 * @module @scpkit/charts
 */
export type { DataTable, TableCell, Figure, FigureOptions } from './figure.js';
export { ANALYSIS_FUNCTION_PALETTE, CHART_FONT, TEXT_COLOUR, MUTED_COLOUR, GRID_COLOUR, analysisFunctionConfig } from './theme.js';
export { VEGA_LITE_SCHEMA } from './spec.js';
export { FIGURE_ID_PATTERN } from './validate.js';
export { ChartRenderError, DisplayUnavailableError, FigureLintError, FigureWriteError, NotebookParameterError } from './errors.js';

export { rankedBars, type RankedBarRow, type RankedBarsOptions } from './ranked-bars.js';
export { dumbbell, type DumbbellRow, type DumbbellOptions } from './dumbbell.js';
export { incomeVsExpenditure, type BudgetLineRow, type IncomeVsExpenditureOptions } from './income-vs-expenditure.js';
export { partOfWhole, type PartRow, type PartOfWholeOptions } from './part-of-whole.js';
export { smallMultiples, type SmallMultipleRow, type SmallMultiplesOptions } from './small-multiples.js';
export { intervalPlot, type IntervalRow, type IntervalPlotOptions } from './interval-plot.js';
export { orgChart, layoutOrgTree, type OrgNode, type OrgTreePosition, type OrgChartOptions } from './org-chart.js';
export { statedVsComputed, type ClaimPoint, type StatedVsComputedOptions } from './stated-vs-computed.js';
export { timeline, type TimelineRow, type TimelineOptions } from './timeline.js';
export { stackFigures, type StackFiguresOptions } from './stack-figures.js';
export { trendLines, type TrendRow, type TrendLinesOptions } from './trend-lines.js';
export { spcChart, type SpcChartOptions } from './spc-chart.js';
export { variationIcon, assuranceIcon, ruleText, type MdcIcon } from './making-data-count.js';

export { renderSvg } from './render-svg.js';
export { renderPng, type RenderPngOptions } from './render-png.js';
export { svgToPng } from './svg-to-png.js';
export { stableJson } from './stable-json.js';
export { tableToCsv, csvToTable, tableToHtml, escapeHtml, escapeCsvText, unescapeCsvText, checkTable, CsvParseError } from './table.js';
export { protectFigure, protectTable, protectText, setOutputProtection, outputProtection, figureDisclosureProblems, DisclosureWithheldError } from './protect.js';
export { writeFigure, checkFigure, type WriteFigureOptions } from './write-figure.js';
export { lintFigure } from './lint/lint-figure.js';
export { FIGURE_LINT_RULES, type FigureLintRule, type FigureLintProblem } from './lint/lint-problem.js';
export { fitTitles, wrapText } from './fit-titles.js';
export { setFigureWriteContext, getFigureWriteContext, type FigureWriteContext, type SkippedFigure, type WrittenFigure } from './figure-context.js';
export { displayBundle, findTslabDisplayWriter, type MimeBundle, type DisplayData } from './display.js';
export { showFigure, figureBundle, VEGA_LITE_MIME } from './show-figure.js';
export { showTable, tableBundle } from './show-table.js';
export { showMarkdown, markdownBundle, escapeMarkdown, neutralizeMarkdown } from './show-markdown.js';
export {
  dashboardModel,
  spcFigureId,
  suppressedNoChart,
  DASHBOARD_YEAR_ON_YEAR_PERCENT,
  UNGROUPED,
  type DashboardModel,
  type DashboardOptions,
  type DashboardIndicator,
  type DashboardGroup,
  type AnnualIndicator,
  type RecordedEscalation,
  type PeriodValue,
  type QuarterCell,
} from './dashboard/dashboard-model.js';
export { dashboardHtml, dashboardIndexHtml, renderDashboard, formatDashboardValue, inlineSvg, dataValueHtml, DASHBOARD_DISCLOSURE_META } from './dashboard/dashboard-html.js';
export * from './notebook/index.js';

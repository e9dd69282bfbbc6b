export {
  financialYearOf,
  indicatorSeries,
  type IndicatorSeries,
  type SeriesOfReports,
  type SeriesPoint,
  type SeriesRevision,
  type SeriesSource,
} from './indicator-series.js';
export { quarterIndex, quarterlySeries, type QuarterGap, type QuarterlySeries } from './quarterly-series.js';

export {
  financialYearOf,
  indicatorSeries,
  type IndicatorSeries,
  type SeriesOfReports,
  type SeriesPoint,
  type SeriesRevision,
  type SeriesSource,
} from './indicator-series.js';

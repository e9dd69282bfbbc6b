export { roundHalfUp, ROUND_DIGITS_MIN, ROUND_DIGITS_MAX } from './round-half-up.js';
export { percentChange } from './percent-change.js';
export { changeShown, PERCENT_CHANGE_MIN_BASE, type ChangeShown, type ChangeUnit } from './change-shown.js';
export { formatFigure, type FigureFormatUnit, type FormatFigureOptions } from './format-figure.js';
export { direction, type Direction, type DirectionOptions, type FlatRule } from './direction.js';
export { arrowFor, arrowGlyphs, directionOfArrow, type ArrowGlyph } from './arrow.js';
export { financialYearStart } from './financial-year.js';
export {
  yearOnYear,
  type YearOnYearIndicator,
  type YearOnYearValue,
  type YearOnYearOptions,
  type YearOnYearRow,
  type YearOnYearIncomplete,
  type YearOnYearResult,
} from './year-on-year.js';
export { share } from './share.js';
export { countsConsistentWith, countRangeConsistentWith, COUNTS_WHOLE_MAX } from './counts-consistent-with.js';
export { CONSISTENT_LIST_MAX, type WholeNumberRange } from './whole-number-range.js';

import type { AssuranceClass, SpcSummary, VariationClass } from '@scpkit/core';
import { ANALYSIS_FUNCTION_PALETTE, MUTED_COLOUR } from './theme.js';

/** How a Making Data Count class is shown: words (never colour alone), a colour, a Vega point shape and a one-character symbol. */
export interface MdcIcon {
  /** Short label, e.g. "Special cause, concerning (high)". */
  readonly text: string;
  /** Colour of the icon and of the chart's points in this class. */
  readonly colour: string;
  /** Vega-Lite point shape of the chart's points in this class. */
  readonly shape: 'circle' | 'triangle-up' | 'triangle-down' | 'diamond' | 'square';
  /** A text symbol to print beside the label (the shape's nearest character). */
  readonly symbol: string;
}

const [blue, , , orange, , purple] = ANALYSIS_FUNCTION_PALETTE;

/**
 * The variation icon of NHS "Making Data Count" (common cause grey; special cause improving blue,
 * concerning orange, neither purple), as text, colour and shape: the side is in the words and in
 * the triangle's direction, so the icon never relies on colour.
 *
 * @example
 * variationIcon('special-cause-concerning', 'high').text; // => 'Special cause, concerning (high)'
 * variationIcon('common-cause', null).colour; // => '#626A6E'
 */
export function variationIcon(variation: VariationClass, side: 'high' | 'low' | null): MdcIcon {
  const where = side === null ? '' : ` (${side})`;
  const up = side !== 'low';
  switch (variation) {
    case 'special-cause-improving':
      return { text: `Special cause, improving${where}`, colour: blue, shape: up ? 'triangle-up' : 'triangle-down', symbol: up ? '▲' : '▼' };
    case 'special-cause-concerning':
      return { text: `Special cause, concerning${where}`, colour: orange, shape: up ? 'triangle-up' : 'triangle-down', symbol: up ? '▲' : '▼' };
    case 'special-cause-neither':
      return { text: `Special cause, neither better nor worse${where}`, colour: purple, shape: 'diamond', symbol: '◆' };
    default:
      return { text: 'Common cause', colour: MUTED_COLOUR, shape: 'circle', symbol: '●' };
  }
}

/**
 * The assurance icon of NHS "Making Data Count" as text and colour (passing blue, failing orange,
 * hit and miss grey); `null` assurance (no target, or no better direction) is "No target".
 *
 * @example
 * assuranceIcon('consistently-failing').text; // => 'Consistently failing the target'
 */
export function assuranceIcon(assurance: AssuranceClass | null): MdcIcon {
  switch (assurance) {
    case 'consistently-passing':
      return { text: 'Consistently passing the target', colour: blue, shape: 'square', symbol: 'P' };
    case 'consistently-failing':
      return { text: 'Consistently failing the target', colour: orange, shape: 'square', symbol: 'F' };
    case 'hit-and-miss':
      return { text: 'Hit and miss against the target', colour: MUTED_COLOUR, shape: 'square', symbol: '?' };
    default:
      return { text: 'No target', colour: MUTED_COLOUR, shape: 'square', symbol: '–' };
  }
}

/**
 * Which rule made a summary's latest point special cause, in words, or `null` for common cause.
 *
 * @example
 * ruleText('two-of-three'); // => 'two of three points beyond two sigma'
 */
export function ruleText(rule: SpcSummary['signals'][number]['rule']): string {
  switch (rule) {
    case 'outside-limits':
      return 'a point outside the process limits';
    case 'trend':
      return 'a trend of seven points rising or falling';
    case 'two-of-three':
      return 'two of three points beyond two sigma';
    default:
      return 'a shift of points on one side of the mean';
  }
}

import type { Config } from 'vega-lite';

/**
 * Categorical palette of the Government Analysis Function data-visualisation guidance, in the order
 * it should be used: dark blue, turquoise, dark pink, orange, dark grey, light purple.
 * Reference: https://analysisfunction.civilservice.gov.uk/policy-store/data-visualisation-colours-in-charts/
 *
 * @example
 * ANALYSIS_FUNCTION_PALETTE[0]; // => '#12436D'
 * ANALYSIS_FUNCTION_PALETTE.length; // => 6
 */
export const ANALYSIS_FUNCTION_PALETTE = ['#12436D', '#28A197', '#801650', '#F46A25', '#3D3D3D', '#A285D1'] as const;

/**
 * Font stack for every text element: DejaVu Sans is what the PNG renderer has; Arial and sans-serif are fall-backs.
 *
 * @example
 * CHART_FONT; // => 'DejaVu Sans, Arial, sans-serif'
 */
export const CHART_FONT = 'DejaVu Sans, Arial, sans-serif';

/**
 * Colour of text and of reference lines (near-black, as GOV.UK body text).
 *
 * @example
 * TEXT_COLOUR; // => '#0B0C0C'
 */
export const TEXT_COLOUR = '#0B0C0C';

/**
 * Colour of de-emphasised marks (connectors, previous-period points, gridlines' darker cousin).
 *
 * @example
 * MUTED_COLOUR; // => '#626A6E'
 */
export const MUTED_COLOUR = '#626A6E';

/**
 * Colour of light gridlines.
 *
 * @example
 * GRID_COLOUR; // => '#E5E5E5'
 */
export const GRID_COLOUR = '#E5E5E5';

/** Label and title text of axes and legends: same font, size and colour everywhere. */
const guideText = {
  labelFont: CHART_FONT,
  titleFont: CHART_FONT,
  labelFontSize: 12,
  titleFontSize: 12,
  titleFontWeight: 'normal',
  labelColor: TEXT_COLOUR,
  titleColor: TEXT_COLOUR,
} as const;

/**
 * The shared Vega-Lite `config` (theme) used by every builder: Analysis Function palette,
 * sans-serif text, horizontal axis labels (`labelAngle: 0`), left-aligned bold title, no frame
 * around the view, light value gridlines only, pound sterling as the currency of `$` formats.
 *
 * @example
 * [analysisFunctionConfig.font, analysisFunctionConfig.axis?.labelAngle, analysisFunctionConfig.locale?.number?.currency]; // => ['DejaVu Sans, Arial, sans-serif', 0, ['£', '']]
 */
export const analysisFunctionConfig: Config = {
  font: CHART_FONT,
  background: '#FFFFFF',
  padding: 8,
  view: { stroke: null },
  title: {
    font: CHART_FONT,
    subtitleFont: CHART_FONT,
    fontSize: 16,
    subtitleFontSize: 13,
    fontWeight: 'bold',
    color: TEXT_COLOUR,
    subtitleColor: MUTED_COLOUR,
    anchor: 'start',
    offset: 12,
  },
  axis: {
    ...guideText,
    labelAngle: 0,
    labelLimit: 260,
    grid: false,
    domainColor: MUTED_COLOUR,
    tickColor: MUTED_COLOUR,
    gridColor: GRID_COLOUR,
  },
  axisQuantitative: { grid: true, tickCount: 5 },
  axisBand: { ticks: false, domain: false },
  legend: {
    ...guideText,
    orient: 'top',
    direction: 'horizontal',
    labelLimit: 260,
  },
  header: {
    labelFont: CHART_FONT,
    titleFont: CHART_FONT,
    labelFontSize: 13,
    titleFontSize: 13,
    labelColor: TEXT_COLOUR,
    titleColor: TEXT_COLOUR,
    labelAngle: 0,
    labelAnchor: 'start',
    labelFontWeight: 'bold',
    labelLimit: 400,
  },
  text: { font: CHART_FONT, fontSize: 12, color: TEXT_COLOUR },
  bar: { color: ANALYSIS_FUNCTION_PALETTE[0] },
  point: { color: ANALYSIS_FUNCTION_PALETTE[0], filled: true, size: 80, opacity: 1 },
  rule: { color: MUTED_COLOUR },
  line: { color: ANALYSIS_FUNCTION_PALETTE[0], strokeWidth: 2 },
  range: { category: [...ANALYSIS_FUNCTION_PALETTE] },
  locale: {
    number: {
      decimal: '.',
      thousands: ',',
      grouping: [3],
      currency: ['£', ''],
    },
  },
};

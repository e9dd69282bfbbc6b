/**
 * The rules of the figure lint ({@link lintFigure}):
 * - `label-overlap`: a label (direct, axis, legend or title text) overlaps another label or a data mark;
 * - `text-outside-canvas`: a text is not wholly on the canvas;
 * - `title-too-wide`: a title or subtitle runs past the right edge of what it titles;
 * - `axis-not-from-zero`: a bar's value axis, or an axis of shares or percentages, does not include 0;
 * - `percent-change-small-base`: a percentage change is shown on a base below `@scpkit/core`'s
 *   `PERCENT_CHANGE_MIN_BASE` (10 for counts, £1,000 for pounds).
 *
 * @example
 * const figure = rankedBars([{ category: 'Police', value: 412 }], { id: 'x', width: 120, title: 'Referrals to children\'s social care by the agency that made them', description: 'Police made most.', valueTitle: 'Referrals' });
 * const rules: FigureLintRule[] = (await lintFigure(figure)).map((p) => p.rule);
 * rules; // => ['title-too-wide']
 */
export type FigureLintRule = 'label-overlap' | 'text-outside-canvas' | 'title-too-wide' | 'axis-not-from-zero' | 'percent-change-small-base';

/**
 * All rules, in the order {@link lintFigure} reports them.
 *
 * @example
 * FIGURE_LINT_RULES.length; // => 5
 * FIGURE_LINT_RULES[0]; // => 'label-overlap'
 */
export const FIGURE_LINT_RULES: readonly FigureLintRule[] = ['label-overlap', 'text-outside-canvas', 'title-too-wide', 'axis-not-from-zero', 'percent-change-small-base'];

/**
 * One finding of the figure lint: the rule broken and what, where.
 *
 * @example
 * const figure = rankedBars([{ category: 'Police', value: 412 }], { id: 'x', width: 120, title: 'Referrals to children\'s social care by the agency that made them', description: 'Police made most.', valueTitle: 'Referrals' });
 * const [problem]: FigureLintProblem[] = await lintFigure(figure);
 * problem!.rule; // => 'title-too-wide'
 */
export interface FigureLintProblem {
  readonly rule: FigureLintRule;
  readonly message: string;
}

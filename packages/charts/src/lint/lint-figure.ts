import type { View } from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import type { Figure } from '../figure.js';
import { withRenderedView } from '../render-svg.js';
import { FIGURE_LINT_RULES, type FigureLintProblem } from './lint-problem.js';
import { sceneOf } from './scene.js';
import { labelOverlaps, textOutsideCanvas, titlesTooWide } from './scene-rules.js';
import { axesNotFromZero, percentChangesOnSmallBases } from './spec-rules.js';

/** The lint of a spec laid out in `view` (after `runAsync()`). Internal: the writer lints the view it renders. */
export function lintView(spec: TopLevelSpec, view: View): FigureLintProblem[] {
  const scene = sceneOf(view);
  const problems = [...labelOverlaps(scene), ...textOutsideCanvas(scene), ...titlesTooWide(scene), ...axesNotFromZero(spec), ...percentChangesOnSmallBases(spec)];
  return problems.sort((a, b) => FIGURE_LINT_RULES.indexOf(a.rule) - FIGURE_LINT_RULES.indexOf(b.rule));
}

/**
 * The figure lint: what a report editor would send back, checked on the laid-out chart. The spec is
 * rendered headless (vega scenegraph after `runAsync()`, DejaVu Sans metrics as the PNG) and every
 * item's bounds are compared; the spec itself is inspected for axes and recorded changes. Rules
 * ({@link FigureLintRule}): no label overlapping a mark or another label, no text outside the
 * canvas, titles within the width of what they title, bar and share axes from zero, no percentage
 * change on a base below `PERCENT_CHANGE_MIN_BASE`. `writeFigure` runs it on every figure and
 * refuses to write one that fails.
 *
 * @example
 * await lintFigure(rankedBars([{ category: 'Police', value: 412 }], { id: 'x', title: 'Referrals', description: '...', valueTitle: 'Referrals' }));
 * // => []
 * @returns the problems found, by rule (empty when the figure passes).
 * @throws {ChartRenderError} when the spec does not compile or render.
 */
export async function lintFigure(figure: Figure): Promise<FigureLintProblem[]> {
  return withRenderedView(figure.spec, async (view) => lintView(figure.spec, view));
}

import type { FigureLintProblem } from './lint-problem.js';
import { groupsOf, leavesOf, type Box, type Scene, type SceneGroup, type SceneLeaf } from './scene.js';

/** Pixels two boxes may share before they count as overlapping (anti-aliasing, rounding of bounds). */
export const OVERLAP_TOLERANCE = 0.5;

/** Data marks a label must not cover. Text inside a bar (a rect that contains it whole) is a bar label, allowed. */
const SOLID_MARKS = new Set(['rect', 'symbol', 'rule', 'arc', 'path', 'shape', 'image', 'area']);

const overlaps = (a: Box, b: Box, tolerance = OVERLAP_TOLERANCE): boolean =>
  Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) > tolerance && Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) > tolerance;

const contains = (outer: Box, inner: Box, tolerance = OVERLAP_TOLERANCE): boolean =>
  inner.x1 >= outer.x1 - tolerance && inner.x2 <= outer.x2 + tolerance && inner.y1 >= outer.y1 - tolerance && inner.y2 <= outer.y2 + tolerance;

const at = (b: Box): string => `(${Math.round(b.x1)}, ${Math.round(b.y1)})-(${Math.round(b.x2)}, ${Math.round(b.y2)})`;
const quoted = (leaf: SceneLeaf): string => `${leaf.role === 'mark' ? 'label' : leaf.role} ${JSON.stringify(leaf.text ?? '')}`;

/** True when segment p-q passes through box `b` (Liang-Barsky clipping). */
function segmentHitsBox(p: readonly [number, number], q: readonly [number, number], b: Box): boolean {
  const dx = q[0] - p[0];
  const dy = q[1] - p[1];
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, p[0] - b.x1],
    [dx, b.x2 - p[0]],
    [-dy, p[1] - b.y1],
    [dy, b.y2 - p[1]],
  ];
  for (const [pe, qe] of edges) {
    if (pe === 0) {
      if (qe < 0) return false;
      continue;
    }
    const t = qe / pe;
    if (pe < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

function lineHitsBox(line: SceneLeaf, box: Box): boolean {
  const points = line.points ?? [];
  const half = (line.strokeWidth ?? 1) / 2 - OVERLAP_TOLERANCE;
  const inner = { x1: box.x1 - half, y1: box.y1 - half, x2: box.x2 + half, y2: box.y2 + half };
  if (points.length === 1) return contains(inner, { x1: points[0]![0], y1: points[0]![1], x2: points[0]![0], y2: points[0]![1] }, 0);
  for (let i = 1; i < points.length; i += 1) if (segmentHitsBox(points[i - 1]!, points[i]!, inner)) return true;
  return false;
}

/**
 * `label-overlap`: no text (direct labels, axis and legend labels, titles) overlaps another text or a
 * data mark (bar, point, rule, line...). A label drawn inside a bar, wholly within it, is allowed.
 * Gridlines, ticks and axis lines are not data marks.
 */
export function labelOverlaps(scene: Scene): FigureLintProblem[] {
  const leaves = leavesOf(scene.root);
  const texts = leaves.filter((l) => l.marktype === 'text');
  const marks = leaves.filter((l) => l.role === 'mark' && (SOLID_MARKS.has(l.marktype) || l.marktype === 'line' || l.marktype === 'trail'));
  const problems: FigureLintProblem[] = [];
  if (scene.hiddenAxisLabels.length > 0) {
    problems.push({
      rule: 'label-overlap',
      message: `axis labels ${scene.hiddenAxisLabels.map((t) => JSON.stringify(t)).join(', ')} would overlap their neighbours (vega hid them, leaving unlabelled ticks): use fewer ticks or a wider axis`,
    });
  }
  for (let i = 0; i < texts.length; i += 1) {
    for (let j = i + 1; j < texts.length; j += 1) {
      const a = texts[i]!;
      const b = texts[j]!;
      if (overlaps(a.box, b.box)) problems.push({ rule: 'label-overlap', message: `${quoted(a)} at ${at(a.box)} overlaps ${quoted(b)} at ${at(b.box)}` });
    }
  }
  for (const text of texts) {
    for (const mark of marks) {
      if (mark.marktype === 'line' || mark.marktype === 'trail') {
        if (overlaps(text.box, mark.box, -1) && lineHitsBox(mark, text.box)) problems.push({ rule: 'label-overlap', message: `${quoted(text)} at ${at(text.box)} crosses a line mark` });
        continue;
      }
      if (!overlaps(text.box, mark.box)) continue;
      if (mark.marktype === 'rect' && contains(mark.box, text.box)) continue;
      problems.push({ rule: 'label-overlap', message: `${quoted(text)} at ${at(text.box)} overlaps a ${mark.marktype} mark at ${at(mark.box)}` });
    }
  }
  return problems;
}

/** `text-outside-canvas`: every text lies wholly on the canvas the SVG and PNG show. */
export function textOutsideCanvas(scene: Scene): FigureLintProblem[] {
  return leavesOf(scene.root)
    .filter((l) => l.marktype === 'text' && !contains(scene.canvas, l.box))
    .map((l) => ({ rule: 'text-outside-canvas' as const, message: `${quoted(l)} at ${at(l.box)} is not wholly on the canvas ${at(scene.canvas)}` }));
}

const isTitle = (g: SceneGroup): boolean => g.role === 'title';

/**
 * `title-too-wide`: a title or subtitle (the figure's, or a panel's) ends no further right than what
 * it titles: the right edge of its group's other content (axes, marks, legends; titles left out).
 */
export function titlesTooWide(scene: Scene): FigureLintProblem[] {
  return overwideTitleLines(scene).map(({ line, right }) => ({
    rule: 'title-too-wide' as const,
    message: `${quoted(line)} ends at x = ${Math.round(line.box.x2)}, ${Math.round(line.box.x2 - right)} px right of what it titles (which ends at x = ${Math.round(right)}); wrap it (fitTitles) or shorten it`,
  }));
}

/**
 * Internal: every title or subtitle line that ends more than 1 px right of what it titles (the right
 * edge of its group's other content), with that edge. Shared by the lint and `fitTitles`.
 */
export function overwideTitleLines(scene: Scene): { line: SceneLeaf; right: number }[] {
  const lines: { line: SceneLeaf; right: number }[] = [];
  for (const group of groupsOf(scene.root)) {
    const titles = group.children.filter((c): c is SceneGroup => c.kind === 'group' && isTitle(c));
    if (titles.length === 0) continue;
    const content = group.children.filter((c) => !(c.kind === 'group' && isTitle(c))).flatMap((c) => leavesOf(c, isTitle));
    if (content.length === 0) continue;
    const right = Math.max(...content.map((l) => l.box.x2));
    for (const title of titles) {
      for (const line of leavesOf(title).filter((l) => l.marktype === 'text')) {
        if (line.box.x2 > right + 1) lines.push({ line, right });
      }
    }
  }
  return lines;
}

import type { View } from 'vega';
import { ChartRenderError } from '../errors.js';

/** An axis-aligned box in the chart's root coordinates (pixels; y grows downwards). */
export interface Box {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** One drawn item (not a group) of a laid-out vega scenegraph, with its box in root coordinates. */
export interface SceneLeaf {
  readonly kind: 'leaf';
  /** vega mark type: `text`, `rect`, `symbol`, `rule`, `line`, ... */
  readonly marktype: string;
  /** vega role: `mark` for data marks, `axis-label`, `legend-label`, `title-text`, ... */
  readonly role: string;
  readonly box: Box;
  /** The text of a text item (lines joined with a space), else undefined. */
  readonly text?: string;
  /** Font size and weight of a text item. */
  readonly fontSize?: number;
  readonly fontWeight?: unknown;
  /** For line marks: the polyline's points in root coordinates and its stroke width. */
  readonly points?: readonly (readonly [number, number])[];
  readonly strokeWidth?: number;
}

/** A group item (a panel, an axis, a legend, a title...) with its children. */
export interface SceneGroup {
  readonly kind: 'group';
  readonly role: string;
  readonly children: readonly SceneNode[];
}

export type SceneNode = SceneLeaf | SceneGroup;

/** The laid-out chart: its scenegraph tree and the canvas box (what the SVG and PNG show). */
export interface Scene {
  readonly root: SceneGroup;
  readonly canvas: Box;
  /** Axis labels vega hid because they would overlap (`labelOverlap`): their text. */
  readonly hiddenAxisLabels: readonly string[];
}

interface RawItem {
  readonly x?: number;
  readonly y?: number;
  readonly bounds?: { x1: number; y1: number; x2: number; y2: number };
  readonly opacity?: number;
  readonly fillOpacity?: number;
  readonly strokeOpacity?: number;
  readonly text?: unknown;
  readonly strokeWidth?: number;
  readonly fontSize?: number;
  readonly fontWeight?: unknown;
  readonly items?: readonly RawMark[];
}

interface RawMark {
  readonly marktype: string;
  readonly role?: string;
  readonly items: readonly RawItem[];
}

const visible = (item: RawItem): boolean =>
  item.opacity !== 0 && !(item.fillOpacity === 0 && (item.strokeOpacity === 0 || item.strokeWidth === 0 || item.strokeWidth === undefined));

const textOf = (text: unknown): string => (Array.isArray(text) ? text.map(String).join(' ') : text == null ? '' : String(text)).trim();

function collectMark(mark: RawMark, dx: number, dy: number, out: SceneNode[], hidden: string[]): void {
  const role = mark.role ?? '';
  if (role === 'axis-label') for (const item of mark.items) if (item.opacity === 0 && textOf(item.text) !== '') hidden.push(textOf(item.text));
  if (mark.marktype === 'group') {
    for (const item of mark.items) {
      if (!visible(item)) continue;
      const x = dx + (item.x ?? 0);
      const y = dy + (item.y ?? 0);
      const children: SceneNode[] = [];
      for (const child of item.items ?? []) collectMark(child, x, y, children, hidden);
      out.push({ kind: 'group', role, children });
    }
    return;
  }
  if (mark.marktype === 'line' || mark.marktype === 'trail') {
    const points = mark.items.filter((i) => Number.isFinite(i.x) && Number.isFinite(i.y)).map((i): [number, number] => [dx + i.x!, dy + i.y!]);
    const first = mark.items[0];
    if (first === undefined || !visible(first) || points.length === 0) return;
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    const box = { x1: Math.min(...xs), y1: Math.min(...ys), x2: Math.max(...xs), y2: Math.max(...ys) };
    out.push({ kind: 'leaf', marktype: mark.marktype, role, box, points, strokeWidth: first.strokeWidth ?? 1 });
    return;
  }
  for (const item of mark.items) {
    const b = item.bounds;
    if (!visible(item) || b === undefined || !(b.x2 >= b.x1 && b.y2 >= b.y1)) continue;
    const box = { x1: dx + b.x1, y1: dy + b.y1, x2: dx + b.x2, y2: dy + b.y2 };
    if (mark.marktype === 'text') {
      const text = textOf(item.text);
      if (text === '') continue;
      out.push({ kind: 'leaf', marktype: 'text', role, box, text, fontSize: item.fontSize ?? 11, fontWeight: item.fontWeight });
    } else out.push({ kind: 'leaf', marktype: mark.marktype, role, box });
  }
}

/**
 * The scene of a view after `runAsync()`: every visible item with its bounds in root coordinates
 * (vega keeps each item's bounds relative to its group; groups are offset by their x and y), and the
 * canvas the renderers draw (the view's size with autosize and padding, starting at minus the
 * origin). Invisible items (opacity 0, e.g. axis labels vega hid for overlapping) are left out.
 */
export function sceneOf(view: View): Scene {
  const internal = view as unknown as { _viewWidth?: unknown; _viewHeight?: unknown; _origin?: unknown };
  if (typeof internal._viewWidth !== 'number' || typeof internal._viewHeight !== 'number' || !Array.isArray(internal._origin)) {
    throw new ChartRenderError('(any)', 'this vega view has no _viewWidth/_viewHeight/_origin; the canvas cannot be measured (vega 5.33 expected)');
  }
  const padding = view.padding() as { left: number; right: number; top: number; bottom: number };
  const [ox, oy] = internal._origin as [number, number];
  const x1 = -(padding.left + ox);
  const y1 = -(padding.top + oy);
  const canvas = { x1, y1, x2: x1 + internal._viewWidth + padding.left + padding.right, y2: y1 + internal._viewHeight + padding.top + padding.bottom };
  const children: SceneNode[] = [];
  const hiddenAxisLabels: string[] = [];
  collectMark((view.scenegraph() as unknown as { root: RawMark }).root, 0, 0, children, hiddenAxisLabels);
  return { root: { kind: 'group', role: 'root', children }, canvas, hiddenAxisLabels };
}

/** Every leaf under `node`, depth first; `skip` prunes groups (e.g. titles). */
export function leavesOf(node: SceneNode, skip: (group: SceneGroup) => boolean = () => false): SceneLeaf[] {
  if (node.kind === 'leaf') return [node];
  if (skip(node)) return [];
  return node.children.flatMap((child) => leavesOf(child, skip));
}

/** Every group under (and including) `node`. */
export function groupsOf(node: SceneNode): SceneGroup[] {
  if (node.kind === 'leaf') return [];
  return [node, ...node.children.flatMap(groupsOf)];
}

import { InvalidInputError } from '@scpkit/core';
import { figureOf, type Figure, type FigureOptions } from './figure.js';
import { withFigureFrame } from './spec.js';
import { ANALYSIS_FUNCTION_PALETTE, MUTED_COLOUR } from './theme.js';
import { requireFigureOptions, requireRows, requireText, requireUnique } from './validate.js';

/**
 * One box of an organisation chart; `parent` is the id of the group it reports to (none for a top).
 *
 * @example
 * const nodes: OrgNode[] = [{ id: 'board', label: 'Board' }, { id: 'cdop', label: 'Child Death Overview Panel', parent: 'board' }];
 * layoutOrgTree(nodes)[1]!.parent; // => 'board'
 */
export interface OrgNode {
  readonly id: string;
  readonly label: string;
  readonly parent?: string;
  /**
   * A heading, not a group (e.g. "Reporting line not stated in the report"): drawn as italic grey
   * text with no dot, and its children are listed under it with no connecting lines (it is nobody's
   * reporting line). It must be a top node and is left out of the data table, whose "Reports to" is
   * `[x]` (not available) for its children.
   */
  readonly note?: boolean;
}

/**
 * Position of a node in the indented tree computed by {@link layoutOrgTree}.
 *
 * @example
 * const [, cdop]: OrgTreePosition[] = layoutOrgTree([{ id: 'board', label: 'Board' }, { id: 'cdop', label: 'CDOP', parent: 'board' }]);
 * [cdop!.depth, cdop!.row, cdop!.parentDepth, cdop!.parentRow]; // => [1, 1, 0, 0]
 */
export interface OrgTreePosition {
  readonly id: string;
  readonly label: string;
  readonly parent: string | null;
  /** Distance from the top of its tree: 0 for a top node. */
  readonly depth: number;
  /** Row of the node, 0-based, in depth-first pre-order (parents above their children). */
  readonly row: number;
  /** Depth and row of the parent, or null for a top node. */
  readonly parentDepth: number | null;
  readonly parentRow: number | null;
}

/**
 * Lays a forest out as an indented tree: depth-first pre-order gives each node its row (a parent
 * before its children, siblings in input order), depth gives its indentation. Throws on repeated
 * ids, unknown parents and cycles.
 *
 * @example
 * layoutOrgTree([{ id: 'board', label: 'Board' }, { id: 'cdop', label: 'CDOP', parent: 'board' }]).map((p) => [p.id, p.depth, p.row]); // => [['board', 0, 0], ['cdop', 1, 1]]
 * layoutOrgTree([{ id: 'a', label: 'A', parent: 'b' }]); // throws InvalidInputError
 */
export function layoutOrgTree(nodes: readonly OrgNode[], fn = 'layoutOrgTree'): OrgTreePosition[] {
  requireRows(fn, nodes);
  nodes.forEach((n, i) => {
    requireText(fn, `nodes[${i}].id`, n.id);
    requireText(fn, `nodes[${i}].label`, n.label);
    if (n.parent !== undefined) requireText(fn, `nodes[${i}].parent`, n.parent);
  });
  requireUnique(fn, 'nodes.id', nodes.map((n) => n.id));
  const ids = new Set(nodes.map((n) => n.id));
  const children = new Map<string, OrgNode[]>();
  const tops: OrgNode[] = [];
  nodes.forEach((n, i) => {
    if (n.parent === undefined) {
      tops.push(n);
      return;
    }
    if (!ids.has(n.parent)) throw new InvalidInputError(fn, `nodes[${i}].parent`, n.parent, 'is not the id of any node');
    if (n.parent === n.id) throw new InvalidInputError(fn, `nodes[${i}].parent`, n.parent, 'is the node itself');
    const list = children.get(n.parent) ?? [];
    list.push(n);
    children.set(n.parent, list);
  });
  const out: OrgTreePosition[] = [];
  const visit = (node: OrgNode, depth: number, parent: OrgTreePosition | null): void => {
    const position: OrgTreePosition = {
      id: node.id,
      label: node.label,
      parent: parent?.id ?? null,
      depth,
      row: out.length,
      parentDepth: parent?.depth ?? null,
      parentRow: parent?.row ?? null,
    };
    out.push(position);
    for (const child of children.get(node.id) ?? []) visit(child, depth + 1, position);
  };
  for (const top of tops) visit(top, 0, null);
  if (out.length !== nodes.length) {
    const placed = new Set(out.map((p) => p.id));
    const stuck = nodes.filter((n) => !placed.has(n.id)).map((n) => n.id);
    throw new InvalidInputError(fn, 'nodes', stuck, 'form a cycle: these nodes never reach a top node (one without parent)');
  }
  return out;
}

/**
 * Options of {@link orgChart}.
 *
 * @example
 * const options: OrgChartOptions = { id: 'structure', title: 'Structure', description: 'Groups and who they report to.', indent: 40 };
 * orgChart([{ id: 'board', label: 'Board' }], options).table.rows; // => [['Board', '[z]', '1st']]
 */
export interface OrgChartOptions extends FigureOptions {
  /** Pixels of indentation per level. Default 28. */
  readonly indent?: number;
}

/**
 * Organisation chart (who reports to whom) drawn as an indented tree, because Vega-Lite has no
 * tree layout: {@link layoutOrgTree} computes each node's depth and row, then elbow connectors
 * (rule marks) run from each parent down and across to its children, with a dot and the label
 * (text marks) per node. Top nodes are bold. The data table lists node, reports-to and level.
 *
 * @example
 * const figure = orgChart([{ id: 'board', label: 'Board' }, { id: 'cdop', label: 'CDOP', parent: 'board' }], {
 *   id: 'structure', title: 'Partnership structure', description: 'CDOP reports to the board.',
 * });
 * figure.table; // => { columns: ['Group', 'Reports to', 'Level'], rows: [['Board', '[z]', '1st'], ['CDOP', 'Board', '2nd']] }
 */
export function orgChart(nodes: readonly OrgNode[], options: OrgChartOptions): Figure {
  const fn = 'orgChart';
  requireFigureOptions(fn, options);
  const tree = layoutOrgTree(nodes, fn);
  const indent = options.indent ?? 28;
  if (!Number.isFinite(indent) || indent <= 0) throw new InvalidInputError(fn, 'options.indent', indent, 'must be a positive number');
  const maxDepth = tree.reduce((deepest, p) => Math.max(deepest, p.depth), -Infinity);
  const rowHeight = 26;
  const notes = new Set(nodes.filter((n) => n.note === true).map((n) => n.id));
  nodes.forEach((n, i) => {
    if (n.note !== undefined && typeof n.note !== 'boolean') throw new InvalidInputError(fn, `nodes[${i}].note`, n.note, 'must be true or false');
    if (n.note === true && n.parent !== undefined) throw new InvalidInputError(fn, `nodes[${i}].parent`, n.parent, 'cannot be given for a note (a heading is a top node)');
  });
  const values = tree.map((p) => ({ ...p, top: p.parent === null && !notes.has(p.id), note: notes.has(p.id), linked: p.parent !== null && !notes.has(p.parent) }));
  const x = (field: string) => ({ field, type: 'quantitative', scale: { domain: [0, maxDepth + 1] }, axis: null });
  const y = (field: string) => ({ field, type: 'quantitative', scale: { domain: [-0.5, tree.length - 0.5], reverse: true }, axis: null });
  const labelOf = new Map(tree.map((p) => [p.id, p.label]));

  const spec = withFigureFrame(options, {
    width: options.width ?? indent * (maxDepth + 1),
    height: rowHeight * tree.length,
    data: { values },
    layer: [
      {
        transform: [{ filter: 'datum.linked' }],
        mark: { type: 'rule', color: MUTED_COLOUR, strokeWidth: 1.5 },
        encoding: { x: x('parentDepth'), y: y('parentRow'), y2: { field: 'row' } },
      },
      {
        transform: [{ filter: 'datum.linked' }],
        mark: { type: 'rule', color: MUTED_COLOUR, strokeWidth: 1.5 },
        encoding: { x: x('parentDepth'), x2: { field: 'depth' }, y: y('row') },
      },
      {
        transform: [{ filter: '!datum.note' }],
        mark: { type: 'point', filled: true, size: 60, opacity: 1, color: ANALYSIS_FUNCTION_PALETTE[0] },
        encoding: { x: x('depth'), y: y('row'), tooltip: [{ field: 'label', type: 'nominal', title: 'Group' }] },
      },
      {
        transform: [{ filter: 'datum.top' }],
        mark: { type: 'text', align: 'left', baseline: 'middle', dx: 9, fontWeight: 'bold' },
        encoding: { x: x('depth'), y: y('row'), text: { field: 'label', type: 'nominal' } },
      },
      {
        transform: [{ filter: 'datum.note' }],
        mark: { type: 'text', align: 'left', baseline: 'middle', dx: -4, fontStyle: 'italic', color: MUTED_COLOUR },
        encoding: { x: x('depth'), y: y('row'), text: { field: 'label', type: 'nominal' } },
      },
      {
        transform: [{ filter: '!datum.top && !datum.note' }],
        mark: { type: 'text', align: 'left', baseline: 'middle', dx: 9 },
        encoding: { x: x('depth'), y: y('row'), text: { field: 'label', type: 'nominal' } },
      },
    ],
  });
  return figureOf(options, spec, {
    columns: ['Group', 'Reports to', 'Level'],
    rows: tree.filter((p) => !notes.has(p.id)).map((p) => [p.label, p.parent === null ? '[z]' : notes.has(p.parent) ? '[x]' : (labelOf.get(p.parent) ?? p.parent), levelName(p.depth + 1)]),
  });
}

const ORDINAL_SUFFIX: Readonly<Record<string, string>> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
const ordinalRule = new Intl.PluralRules('en-GB', { type: 'ordinal' });
/**
 * A level of the structure as an ordinal ("1st" is the top): a level counts no one, and as a bare
 * number from 1 to 5 disclosure control would take it for a small count and withhold the chart.
 */
function levelName(level: number): string {
  return `${level}${ORDINAL_SUFFIX[ordinalRule.select(level)] ?? 'th'}`;
}

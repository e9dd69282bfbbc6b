import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutOrgTree, orgChart, type OrgNode } from './org-chart.js';
import { figureDisclosureProblems, setOutputProtection } from './protect.js';
import { expectWellFormedFigure, figureText, svgTexts } from './test-support.js';

const nodes: OrgNode[] = [
  { id: 'board', label: 'Partnership board' },
  { id: 'exec', label: 'Executive group', parent: 'board' },
  { id: 'qa', label: 'Quality assurance', parent: 'exec' },
  { id: 'ld', label: 'Learning and development', parent: 'exec' },
  { id: 'review', label: 'Case review', parent: 'board' },
];

describe('layoutOrgTree', () => {
  it('places parents above children in depth-first order, siblings in input order', () => {
    expect(layoutOrgTree(nodes).map((p) => [p.id, p.depth, p.row, p.parentRow])).toEqual([
      ['board', 0, 0, null],
      ['exec', 1, 1, 0],
      ['qa', 2, 2, 1],
      ['ld', 2, 3, 1],
      ['review', 1, 4, 0],
    ]);
  });

  it('rejects unknown parents, self-parents and cycles', () => {
    expect(() => layoutOrgTree([{ id: 'a', label: 'A', parent: 'zz' }])).toThrow(/nodes\[0\]\.parent/);
    expect(() => layoutOrgTree([{ id: 'a', label: 'A', parent: 'a' }])).toThrow(/the node itself/);
    expect(() =>
      layoutOrgTree([
        { id: 'top', label: 'Top' },
        { id: 'a', label: 'A', parent: 'b' },
        { id: 'b', label: 'B', parent: 'a' },
      ]),
    ).toThrow(/form a cycle/);
  });

  it('gives every random forest a valid layout (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 30 }), (picks) => {
        // node i's parent is one of the nodes before it, or none; ids are listed in shuffled order
        const forest: OrgNode[] = picks.map((p, i) => (i === 0 || p % 4 === 0 ? { id: `n${i}`, label: `N${i}` } : { id: `n${i}`, label: `N${i}`, parent: `n${p % i}` }));
        const layout = layoutOrgTree([...forest].reverse());
        expect(layout.map((p) => p.row)).toEqual(layout.map((_, i) => i));
        expect(new Set(layout.map((p) => p.id)).size).toBe(forest.length);
        const byId = new Map(layout.map((p) => [p.id, p]));
        for (const p of layout) {
          if (p.parent === null) {
            expect(p.depth).toBe(0);
            continue;
          }
          const parent = byId.get(p.parent)!;
          expect(p.depth).toBe(parent.depth + 1);
          expect(p.row).toBeGreaterThan(parent.row);
          // every row between a parent and its child belongs to the parent's subtree (deeper than the parent)
          for (const q of layout.slice(parent.row + 1, p.row)) expect(q.depth).toBeGreaterThan(parent.depth);
        }
      }),
    );
  });
});

describe('orgChart', () => {
  it('draws every group and tabulates who reports to whom', async () => {
    const figure = orgChart(nodes, figureText('structure'));
    const texts = svgTexts(await expectWellFormedFigure(figure));
    for (const n of nodes) expect(texts).toContain(n.label);
    expect(figure.table).toEqual({
      columns: ['Group', 'Reports to', 'Level'],
      rows: [
        ['Partnership board', '[z]', '1st'],
        ['Executive group', 'Partnership board', '2nd'],
        ['Quality assurance', 'Executive group', '3rd'],
        ['Learning and development', 'Executive group', '3rd'],
        ['Case review', 'Partnership board', '2nd'],
      ],
    });
  });

  it('names levels as ordinals, so a protected report keeps its structure chart (a level counts no one)', () => {
    const deep = Array.from({ length: 12 }, (_, i) => ({ id: `g${i}`, label: `Group ${i}`, ...(i === 0 ? {} : { parent: `g${i - 1}` }) }));
    const levels = orgChart(deep, figureText('deep')).table.rows.map((r) => r[2]);
    expect(levels).toEqual(['1st', '2nd', '3rd', '4th', '5th', '6th', '7th', '8th', '9th', '10th', '11th', '12th']);
    setOutputProtection(true);
    try {
      expect(figureDisclosureProblems(orgChart(nodes, figureText('structure')))).toEqual([]);
    } finally {
      setOutputProtection(false);
    }
  });
});

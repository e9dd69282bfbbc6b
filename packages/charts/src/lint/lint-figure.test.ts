import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PERCENT_CHANGE_MIN_BASE } from '@scpkit/core';
import fc from 'fast-check';
import type { TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { FigureLintError } from '../errors.js';
import type { Figure } from '../figure.js';
import { fitTitles } from '../fit-titles.js';
import { rankedBars } from '../ranked-bars.js';
import { withFigureFrame } from '../spec.js';
import { figureText } from '../test-support.js';
import { writeFigure } from '../write-figure.js';
import { lintFigure } from './lint-figure.js';

// Fixture figures, one per rule, each failing only that rule. Built on the shared frame (theme, title, alt text).
const fixture = (id: string, body: Record<string, unknown>, title = `Fixture ${id}`): Figure => {
  const options = { id, title, description: `Fixture figure ${id}.` };
  return { ...options, spec: withFigureFrame(options, body), table: { columns: ['Category', 'Value'], rows: [['a', 1]] } };
};
const bars = [
  { category: 'Police', value: 412 },
  { category: 'Schools', value: 380 },
];
const barEncoding = { y: { field: 'category', type: 'nominal', title: null }, x: { field: 'value', type: 'quantitative', title: 'Referrals' } };
const rulesOf = async (figure: Figure) => [...new Set((await lintFigure(figure)).map((p) => p.rule))];

describe('lintFigure', () => {
  it('passes a well-made bar chart', async () => {
    expect(await lintFigure(rankedBars(bars, { ...figureText('fine'), valueTitle: 'Referrals' }))).toEqual([]);
  });

  it('label-overlap: a value label centred on the end of its bar, and two labels on top of each other', async () => {
    const onBarEnd = fixture('label-on-bar-end', {
      width: 300,
      data: { values: bars },
      encoding: barEncoding,
      layer: [{ mark: 'bar' }, { mark: { type: 'text', align: 'center' }, encoding: { text: { field: 'category' } } }],
    });
    const problems = await lintFigure(onBarEnd);
    expect(problems.map((p) => p.rule)).toEqual(['label-overlap', 'label-overlap']);
    expect(problems[0]!.message).toMatch(/label "Police" .* overlaps a rect mark/);

    const stacked = fixture('labels-on-labels', {
      width: 300,
      data: { values: [{ x: 1, y: 1, t: 'first label' }, { x: 1, y: 1, t: 'second label' }] },
      mark: { type: 'text' },
      encoding: { x: { field: 'x', type: 'quantitative' }, y: { field: 'y', type: 'quantitative' }, text: { field: 't' } },
    });
    expect((await lintFigure(stacked)).map((p) => p.message)).toEqual([expect.stringMatching(/label "first label" .* overlaps label "second label"/)]);
  });

  it('label-overlap: a point that covers the end of its row label', async () => {
    const figure = fixture('dot-on-label', {
      width: 300,
      data: { values: [{ item: 'IT Software & Hardware', value: 0 }, { item: 'Trainer', value: 58_000 }] },
      mark: { type: 'point', filled: true, size: 200 },
      encoding: { y: { field: 'item', type: 'nominal', title: null }, x: { field: 'value', type: 'quantitative', title: 'Amount (£)' } },
    });
    expect((await lintFigure(figure)).map((p) => p.message)).toContainEqual(expect.stringMatching(/axis-label "IT Software & Hardware" .* overlaps a symbol mark/));
  });

  it('label-overlap: axis labels vega has to hide for crowding', async () => {
    const figure = fixture('crowded-ticks', {
      width: 120,
      data: { values: [{ category: 'a', value: 120_000 }] },
      mark: 'bar',
      encoding: { y: { field: 'category', type: 'nominal', title: null }, x: { field: 'value', type: 'quantitative', title: 'Amount (£)', axis: { format: '$,.0f', tickCount: 8 } } },
    }, 'Crowded');
    expect((await lintFigure(figure)).map((p) => p.message)).toEqual([expect.stringMatching(/^axis labels "£20,000".*vega hid them/)]);
  });

  it('text-outside-canvas: a label pushed off a fixed-size canvas', async () => {
    const figure = fixture('off-canvas', {
      width: 300,
      height: 60,
      autosize: { type: 'none' },
      padding: 60,
      data: { values: [{ x: 1 }] },
      mark: { type: 'text', dx: 400, text: 'off the canvas' },
      encoding: { x: { field: 'x', type: 'quantitative', axis: null }, y: { value: 30 } },
    });
    const rules = await rulesOf(figure);
    expect(rules).toContain('text-outside-canvas');
    expect(rules.filter((r) => r !== 'title-too-wide')).toEqual(['text-outside-canvas']);
  });

  it('title-too-wide: a title wider than its chart, which fitTitles wraps until it passes', async () => {
    const figure = rankedBars(bars, {
      ...figureText('long-title'),
      title: 'Claims audit: what the report states against what its own numbers give, claim by claim and section by section',
      valueTitle: 'Referrals',
      width: 200,
    });
    expect(await rulesOf(figure)).toEqual(['title-too-wide']);
    const fitted = await fitTitles(figure);
    expect((fitted.spec as { title: { text: string[] } }).title.text.length).toBeGreaterThan(1);
    expect((fitted.spec as { title: { text: string[] } }).title.text.join(' ')).toBe(figure.title);
    expect(await lintFigure(fitted)).toEqual([]);
  });

  it('axis-not-from-zero: a bar axis with zero: false, and a share axis whose domain leaves out 0', async () => {
    const truncatedBars = fixture('bars-not-from-zero', {
      width: 300,
      data: { values: bars },
      mark: 'bar',
      encoding: { ...barEncoding, x: { ...barEncoding.x, scale: { zero: false } } },
    });
    expect((await lintFigure(truncatedBars)).map((p) => p.message)).toEqual([expect.stringMatching(/x axis shows bar lengths but sets scale.zero: false/)]);
    const shares = fixture('share-not-from-zero', {
      width: 300,
      data: { values: [{ item: 'State funded schools', share: 96 }] },
      mark: { type: 'point', filled: true },
      encoding: { y: { field: 'item', type: 'nominal', title: null }, x: { field: 'share', type: 'quantitative', title: 'Schools returning the audit (%)', scale: { domain: [20, 100] } } },
    });
    expect((await lintFigure(shares)).map((p) => p.message)).toEqual([expect.stringMatching(/shares \("Schools returning the audit \(%\)"\) but its domain \[20, 100\] leaves out 0/)]);
  });

  it('percent-change-small-base: a percentage change recorded on a base below PERCENT_CHANGE_MIN_BASE', async () => {
    const body = { width: 300, data: { values: bars }, encoding: barEncoding, mark: 'bar' };
    const record = (base: number) => {
      const figure = fixture('small-base', body);
      return { ...figure, spec: { ...figure.spec, usermeta: { scpkit: { percentChanges: [{ item: 'IT Software & Hardware', base, unit: 'GBP' }] } } } as TopLevelSpec };
    };
    expect((await lintFigure(record(64))).map((p) => p.message)).toEqual([expect.stringMatching(/"IT Software & Hardware" shows a percentage change on a base of 64, below the minimum of 1000 for GBP/)]);
    expect(await lintFigure(record(PERCENT_CHANGE_MIN_BASE.GBP))).toEqual([]);
  });

  it('passes ranked bars of any values and names (property)', async () => {
    const row = fc.record({ category: fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,30}$/), value: fc.integer({ min: 0, max: 1_000_000 }) });
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(row, { minLength: 1, maxLength: 6, selector: (r) => r.category }), async (rows) => {
        expect(await lintFigure(rankedBars(rows, { ...figureText('property'), title: 'Referrals', valueTitle: 'Referrals' }))).toEqual([]);
      }),
      { numRuns: 15 },
    );
  });
});

describe('writeFigure runs the lint', () => {
  it('refuses a failing figure with a FigureLintError naming the figure and the rule, and writes nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'scpkit-lint-'));
    try {
      const figure = fixture('bars-not-from-zero', { width: 300, data: { values: bars }, mark: 'bar', encoding: { ...barEncoding, x: { ...barEncoding.x, scale: { zero: false } } } });
      const error = await writeFigure(figure, dir).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(FigureLintError);
      expect(error).toMatchObject({ code: 'figure-lint-failed', figure: 'bars-not-from-zero', rules: ['axis-not-from-zero'] });
      expect((error as Error).message).toMatch(/^figure "bars-not-from-zero" fails the figure lint \(axis-not-from-zero\)/);
      expect(await readdir(dir)).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

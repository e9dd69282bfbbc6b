import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DisplayData } from './display.js';
import { DisplayUnavailableError, FigureLintError } from './errors.js';
import type { Figure } from './figure.js';
import { rankedBars } from './ranked-bars.js';
import { renderSvg } from './render-svg.js';
import { showAndWriteFigure, showFigure, VEGA_LITE_MIME } from './show-figure.js';
import { showTable } from './show-table.js';
import { withFigureFrame } from './spec.js';
import { figureText, tslabJupyter } from './test-support.js';
import { writeFigure } from './write-figure.js';

const figure = rankedBars([{ category: 'Police', value: 412 }], { ...figureText('shown'), valueTitle: 'Referrals' });

afterEach(() => {
  tslabJupyter.lastWriteDisplayData = null;
});

describe('showFigure', () => {
  it('throws DisplayUnavailableError outside a notebook', async () => {
    tslabJupyter.lastWriteDisplayData = null;
    await expect(showFigure(figure)).rejects.toThrow(DisplayUnavailableError);
    await expect(showFigure(figure)).rejects.toThrow(/showFigure: no notebook display is active/);
  });

  it('emits ONE display output with the Vega-Lite spec, the SVG and a text line', async () => {
    const outputs: [DisplayData, boolean][] = [];
    tslabJupyter.lastWriteDisplayData = (d, update) => outputs.push([d, update]);
    await showFigure(figure);
    expect(outputs).toHaveLength(1);
    const [data, update] = outputs[0]!;
    expect(update).toBe(false);
    expect(Object.keys(data.data).sort()).toEqual([VEGA_LITE_MIME, 'image/svg+xml', 'text/plain'].sort());
    expect(VEGA_LITE_MIME).toBe('application/vnd.vegalite.v5+json');
    expect(data.data[VEGA_LITE_MIME]).toEqual(figure.spec);
    expect(data.data['image/svg+xml']).toBe(await renderSvg(figure.spec));
    expect(data.data['text/plain']).toBe('Figure shown: Title of shown');
  });
});

describe('showTable', () => {
  it('emits an HTML table with the CSV as plain text', () => {
    const outputs: DisplayData[] = [];
    tslabJupyter.lastWriteDisplayData = (d) => outputs.push(d);
    showTable(figure.table, 'Referrals by source');
    expect(outputs).toHaveLength(1);
    expect(outputs[0]!.data['text/html']).toContain('<caption>Referrals by source</caption>');
    expect(outputs[0]!.data['text/plain']).toBe('Category,Referrals\nPolice,412\n');
  });
});

describe('showAndWriteFigure (report.figure: one layout for both)', () => {
  const files = async (dir: string) => Object.fromEntries(await Promise.all((await readdir(dir)).sort().map(async (n) => [n, await readFile(join(dir, n))] as const)));
  const displaysOf = async (body: () => Promise<unknown>) => {
    const outputs: [DisplayData, boolean][] = [];
    tslabJupyter.lastWriteDisplayData = (d, update) => outputs.push([d, update]);
    const result = await body().then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    );
    return { outputs, result };
  };
  const twoBars = rankedBars(
    [
      { category: 'Police', value: 412 },
      { category: 'Schools', value: 380 },
    ],
    { ...figureText('one-layout'), valueTitle: 'Referrals' },
  );

  it('shows what showFigure shows and writes the bytes writeFigure writes', async () => {
    const [apart, together] = [await mkdtemp(join(tmpdir(), 'scpkit-apart-')), await mkdtemp(join(tmpdir(), 'scpkit-together-'))];
    try {
      const separately = await displaysOf(async () => {
        await showFigure(twoBars);
        return writeFigure(twoBars, apart);
      });
      const combined = await displaysOf(() => showAndWriteFigure(twoBars, together));
      expect(combined.outputs).toEqual(separately.outputs);
      expect(combined.outputs).toHaveLength(1);
      expect(await files(together)).toEqual(await files(apart));
      expect(Object.keys(await files(together))).toEqual(['one-layout.csv', 'one-layout.png', 'one-layout.svg', 'one-layout.vl.json']);
      expect(combined.result).toEqual({ value: { id: 'one-layout', svg: join(together, 'one-layout.svg'), png: join(together, 'one-layout.png'), spec: join(together, 'one-layout.vl.json'), csv: join(together, 'one-layout.csv') } });
    } finally {
      await rm(apart, { recursive: true, force: true });
      await rm(together, { recursive: true, force: true });
    }
  });

  it('shows a figure that fails the lint, then throws the FigureLintError writeFigure throws and writes nothing', async () => {
    const options = { id: 'not-from-zero', title: 'Bars not from zero', description: 'Fixture figure not-from-zero.' };
    const body = { width: 300, data: { values: [{ category: 'a', value: 412 }, { category: 'b', value: 380 }] }, mark: 'bar', encoding: { y: { field: 'category', type: 'nominal', title: null }, x: { field: 'value', type: 'quantitative', title: 'Referrals', scale: { zero: false } } } };
    const failing: Figure = { ...options, spec: withFigureFrame(options, body), table: { columns: ['Category', 'Value'], rows: [['a', 412]] } };
    const dir = await mkdtemp(join(tmpdir(), 'scpkit-lint-once-'));
    try {
      const separately = await displaysOf(async () => {
        await showFigure(failing);
        return writeFigure(failing, dir);
      });
      const combined = await displaysOf(() => showAndWriteFigure(failing, dir));
      expect(combined.outputs).toEqual(separately.outputs);
      expect(combined.outputs).toHaveLength(1);
      const [a, b] = [separately.result, combined.result] as { error: FigureLintError }[];
      expect(b!.error).toBeInstanceOf(FigureLintError);
      expect(b!.error.message).toBe(a!.error.message);
      expect(b!.error.rules).toEqual(['axis-not-from-zero']);
      expect(await readdir(dir)).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

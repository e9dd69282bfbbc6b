import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InvalidInputError } from '@scpkit/core';
import { setFigureWriteContext, type WrittenFigure } from './figure-context.js';
import { rankedBars } from './ranked-bars.js';
import { renderSvg } from './render-svg.js';
import { csvToTable } from './table.js';
import { figureText } from './test-support.js';
import { writeFigure } from './write-figure.js';

const figure = rankedBars(
  [
    { category: 'Police', value: 412 },
    { category: 'Health, community', value: 1205 },
  ],
  { ...figureText('referrals-by-source'), valueTitle: 'Referrals' },
);

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scpkit-figures-'));
});
afterEach(async () => {
  setFigureWriteContext(undefined);
  await rm(dir, { recursive: true, force: true });
});

const readAll = async (d: string) => {
  const names = (await readdir(d)).sort();
  return Object.fromEntries(await Promise.all(names.map(async (n) => [n, (await readFile(join(d, n))).toString('base64')] as const)));
};

describe('writeFigure', () => {
  it('writes exactly <id>.svg, .png, .vl.json and .csv, creating the directory', async () => {
    const out = join(dir, 'docs', 'figures');
    const written = await writeFigure(figure, out);
    expect(written).toEqual({
      id: 'referrals-by-source',
      svg: join(out, 'referrals-by-source.svg'),
      png: join(out, 'referrals-by-source.png'),
      spec: join(out, 'referrals-by-source.vl.json'),
      csv: join(out, 'referrals-by-source.csv'),
    });
    expect((await readdir(out)).sort()).toEqual(['referrals-by-source.csv', 'referrals-by-source.png', 'referrals-by-source.svg', 'referrals-by-source.vl.json']);
    const json = await readFile(written.spec, 'utf8');
    expect(json.endsWith('}\n')).toBe(true);
    expect(json.startsWith('{\n  "$schema": "https://vega.github.io/schema/vega-lite/v5.json",\n')).toBe(true);
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(figure.spec)));
    expect(await readFile(written.svg, 'utf8')).toBe(await renderSvg(figure.spec));
    expect(csvToTable(await readFile(written.csv, 'utf8'))).toEqual({
      columns: ['Category', 'Referrals'],
      rows: [
        ['Health, community', '1205'],
        ['Police', '412'],
      ],
    });
  });

  it('writes the same bytes twice in a row', async () => {
    await writeFigure(figure, dir);
    const first = await readAll(dir);
    await writeFigure(figure, dir);
    expect(await readAll(dir)).toEqual(first);
  });

  it('tells the runner which notebook wrote it, and writes the same bytes as without a runner (as in Jupyter)', async () => {
    await writeFigure(figure, dir);
    const withoutRunner = await readAll(dir);
    const seen: WrittenFigure[] = [];
    setFigureWriteContext({ notebook: 'notebooks/referrals.ipynb', onWrite: (w) => seen.push(w) });
    const written = await writeFigure(figure, dir);
    expect(seen).toEqual([written]);
    expect(written.notebook).toBe('notebooks/referrals.ipynb');
    expect(await readAll(dir)).toEqual(withoutRunner);
    expect(JSON.parse(await readFile(written.spec, 'utf8'))).not.toHaveProperty('usermeta');
  });

  it('refuses incomplete figures before writing anything', async () => {
    await expect(writeFigure({ ...figure, id: '../escape' }, dir)).rejects.toThrow(InvalidInputError);
    await expect(writeFigure({ ...figure, description: 'differs from the spec' }, dir)).rejects.toThrow(/figure\.spec\.description/);
    await expect(writeFigure({ ...figure, table: { columns: ['a'], rows: [[Number.NaN]] } }, dir)).rejects.toThrow(/table\.rows\[0\]\[0\]/);
    await expect(writeFigure(figure, dir, { scale: 0 })).rejects.toThrow(/options\.scale/);
    expect(await readdir(dir)).toEqual([]);
  });
});

import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { FIGURE_NOTEBOOKS_FILE, mergeFigureNotebooks, readFigureNotebooks, writeFigureNotebooks } from './figure-notebooks.js';

const made: string[] = [];
afterEach(async () => {
  for (const dir of made.splice(0)) await rm(dir, { recursive: true, force: true });
});
const folder = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'scpkit-figure-notebooks-'));
  made.push(dir);
  return dir;
};

describe('mergeFigureNotebooks', () => {
  it('lays the run over the previous record, keeps other notebooks and drops figures whose files are gone', () => {
    const previous = { a: 'notebooks/one.ipynb', b: 'notebooks/two.ipynb', gone: 'notebooks/two.ipynb', moved: 'notebooks/one.ipynb' };
    const ran = { b: 'notebooks/two.ipynb', moved: 'notebooks/two.ipynb', fresh: 'notebooks/two.ipynb' };
    expect(mergeFigureNotebooks(previous, ran, new Set(['a', 'b', 'moved', 'fresh']))).toEqual({
      a: 'notebooks/one.ipynb',
      b: 'notebooks/two.ipynb',
      fresh: 'notebooks/two.ipynb',
      moved: 'notebooks/two.ipynb',
    });
  });

  it('property: every id of the run that has files is recorded with the run notebook, and nothing without files', () => {
    const ids = fc.constantFrom('a', 'b', 'c', 'd', 'e');
    const record = fc.dictionary(ids, fc.constantFrom('notebooks/x.ipynb', 'notebooks/y.ipynb'));
    fc.assert(
      fc.property(record, record, fc.uniqueArray(ids), (previous, ran, present) => {
        const merged = mergeFigureNotebooks(previous, ran, new Set(present));
        for (const id of Object.keys(merged)) expect(present).toContain(id);
        for (const [id, notebook] of Object.entries(ran)) if (present.includes(id)) expect(merged[id]).toBe(notebook);
        expect(Object.keys(merged)).toEqual([...Object.keys(merged)].sort());
      }),
    );
  });
});

describe('readFigureNotebooks / writeFigureNotebooks', () => {
  it('round-trips a record as sorted JSON, and writes no file for an empty record where there is none', async () => {
    const dir = await folder();
    await writeFigureNotebooks(dir, {});
    expect(await readdir(dir)).toEqual([]);
    await writeFigureNotebooks(dir, { z: 'notebooks/z.ipynb', a: 'notebooks/a.ipynb' });
    expect(await readFile(join(dir, FIGURE_NOTEBOOKS_FILE), 'utf8')).toBe('{\n  "a": "notebooks/a.ipynb",\n  "z": "notebooks/z.ipynb"\n}\n');
    expect(await readFigureNotebooks(dir)).toEqual({ a: 'notebooks/a.ipynb', z: 'notebooks/z.ipynb' });
  });

  it('reads a missing or malformed record as empty, and ignores entries that are not paths', async () => {
    const dir = await folder();
    expect(await readFigureNotebooks(dir)).toEqual({});
    await writeFile(join(dir, FIGURE_NOTEBOOKS_FILE), '{ not json');
    expect(await readFigureNotebooks(dir)).toEqual({});
    await writeFile(join(dir, FIGURE_NOTEBOOKS_FILE), '["notebooks/a.ipynb"]');
    expect(await readFigureNotebooks(dir)).toEqual({});
    await writeFile(join(dir, FIGURE_NOTEBOOKS_FILE), '{"a": "notebooks/a.ipynb", "b": 3}');
    expect(await readFigureNotebooks(dir)).toEqual({ a: 'notebooks/a.ipynb' });
  });
});

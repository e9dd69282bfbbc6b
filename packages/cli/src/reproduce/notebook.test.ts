import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { NotebookFormatError } from './errors.js';
import { parseNotebook, serializeNotebook, type Notebook } from './notebook.js';

const fixtures = fileURLToPath(new URL('./__fixtures__/', import.meta.url));

describe('serializeNotebook', () => {
  // The fixtures were written by Python's json.dumps with nbformat's options, so this checks byte
  // compatibility with Jupyter's writer.
  it.each(readdirSync(fixtures).filter((f) => f.endsWith('.ipynb')))('writes %s back byte for byte', (name) => {
    const text = readFileSync(fixtures + name, 'utf8');
    expect(serializeNotebook(parseNotebook(text, name))).toBe(text);
  });

  it('splits multi-line text into lines, keeps JSON MIME data as JSON and drops transient metadata', () => {
    const nb: Notebook = {
      nbformat: 4,
      nbformat_minor: 5,
      metadata: { signature: 'x', kernelspec: { name: 'tslab' } },
      cells: [
        {
          cell_type: 'code',
          id: 'c',
          metadata: { trusted: true },
          source: 'a\nb',
          execution_count: 1,
          outputs: [
            { output_type: 'stream', name: 'stdout', text: 'one\ntwo\n' },
            { output_type: 'display_data', metadata: {}, data: { 'application/vnd.vegalite.v5+json': { mark: 'bar' }, 'image/svg+xml': '<svg>\n</svg>', 'text/plain': 'x' } },
          ],
        },
      ],
    };
    const json = JSON.parse(serializeNotebook(nb));
    expect(json.metadata).toEqual({ kernelspec: { name: 'tslab' } });
    expect(json.cells[0].metadata).toEqual({});
    expect(json.cells[0].source).toEqual(['a\n', 'b']);
    expect(json.cells[0].outputs[0].text).toEqual(['one\n', 'two\n']);
    expect(json.cells[0].outputs[1].data).toEqual({ 'application/vnd.vegalite.v5+json': { mark: 'bar' }, 'image/svg+xml': ['<svg>\n', '</svg>'], 'text/plain': ['x'] });
    expect(parseNotebook(serializeNotebook(nb), 'x.ipynb').cells[0]!.outputs).toEqual(nb.cells[0]!.outputs);
  });
});

describe('parseNotebook', () => {
  it('names the file and the problem', () => {
    expect(() => parseNotebook('{', 'broken.ipynb')).toThrow(NotebookFormatError);
    expect(() => parseNotebook('{', 'broken.ipynb')).toThrow(/^broken\.ipynb: not JSON/);
    expect(() => parseNotebook('{"nbformat": 3, "nbformat_minor": 0, "metadata": {}, "cells": []}', 'old.ipynb')).toThrow(/old\.ipynb: nbformat must be 4 \(got 3\)/);
    expect(() => parseNotebook('{"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [{"cell_type": "code", "source": 3}]}', 'x.ipynb')).toThrow(
      /x\.ipynb: cell 1 source must be a string/,
    );
  });
});

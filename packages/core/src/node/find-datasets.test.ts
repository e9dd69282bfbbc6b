import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findDatasets } from './find-datasets.js';

const corpus = fileURLToPath(new URL('../dataset/__corpus__', import.meta.url));

describe('findDatasets', () => {
  it('finds every folder with a datapackage.json below a root, sorted', () => {
    const expected = ['invalid', 'valid'].flatMap((kind) =>
      readdirSync(join(corpus, kind))
        .filter((name) => readdirSync(join(corpus, kind, name)).includes('datapackage.json'))
        .map((name) => join(corpus, kind, name)),
    );
    const found = findDatasets(corpus);
    expect(found).toEqual([...expected].sort());
    expect(found.length).toBeGreaterThan(20);
  });

  it('returns the root itself when it is a dataset', () => {
    expect(findDatasets(join(corpus, 'valid', 'base'))).toEqual([join(corpus, 'valid', 'base')]);
  });
});

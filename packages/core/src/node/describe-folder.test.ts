import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeFolder } from './describe-folder.js';

const base = fileURLToPath(new URL('../dataset/__corpus__/valid/base', import.meta.url));

describe('describeFolder', () => {
  it('gives back the committed descriptor of a folder that has not changed', () => {
    expect(describeFolder(base)).toEqual({ text: readFileSync(`${base}/datapackage.json`, 'utf8'), unknownFiles: [], dropped: [] });
  });

  it('recomputes the source digest from the file (the digest that Python hashlib gave for the corpus case)', () => {
    const dir = fileURLToPath(new URL('../dataset/__corpus__/invalid/sha256-mismatch', import.meta.url));
    const fromPython = /SHA-256 is ([0-9a-f]{64})/.exec(readFileSync(`${dir}/expected.txt`, 'utf8'))?.[1];
    expect(fromPython).toBeDefined();
    expect(JSON.parse(describeFolder(dir).text).scpkit.source.sha256).toBe(fromPython);
  });
});

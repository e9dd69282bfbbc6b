import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readDatasetFolder, readFileText, sha256OfFile } from './read-dataset-folder.js';

// Scratch files live in the repository's ignored .tmp folder, so no test touches anything outside it.
const scratchRoot = fileURLToPath(new URL('../../../../.tmp/', import.meta.url));
mkdirSync(scratchRoot, { recursive: true });
const scratch = mkdtempSync(join(scratchRoot, 'read-dataset-folder-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('readFileText', () => {
  it('reads UTF-8, returns undefined for a missing file, and flags a folder and bytes that are not UTF-8', () => {
    writeFileSync(join(scratch, 'ok.csv'), 'a,b\n↑,£\n');
    writeFileSync(join(scratch, 'latin1.csv'), Buffer.from([0x61, 0x0a, 0xa3, 0x31, 0x0a]));
    expect(readFileText(join(scratch, 'ok.csv'))).toBe('a,b\n↑,£\n');
    expect(readFileText(join(scratch, 'none.csv'))).toBeUndefined();
    expect(readFileText(scratch)).toEqual({ unreadable: 'it is a folder, not a file' });
    expect(readFileText(join(scratch, 'latin1.csv'))).toEqual({ unreadable: 'the file is not valid UTF-8 text' });
  });
});

describe('sha256OfFile', () => {
  it('hashes the bytes: the published digest of the East Sussex 2021/22 source text', () => {
    const source = fileURLToPath(new URL('../../../../datasets/east-sussex/2021-22/source.txt', import.meta.url));
    expect(sha256OfFile(source)).toBe('8813b73c098e3ffc2a495d1ce639ff41affe45e66bc9b68b3da3745f922e7b0b');
  });

  it('matches the FIPS 180-2 test vector for "abc"', () => {
    writeFileSync(join(scratch, 'abc.txt'), 'abc');
    expect(sha256OfFile(join(scratch, 'abc.txt'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256OfFile(join(scratch, 'missing.txt'))).toBeUndefined();
  });
});

describe('readDatasetFolder', () => {
  it('passes the descriptor, a reader, the source digest and the file list', () => {
    const dir = join(scratch, 'ds');
    mkdirSync(dir);
    writeFileSync(join(dir, 'datapackage.json'), JSON.stringify({ scpkit: { format: '1.0', partnership: 'p', period: 'y', source: { path: 'source.txt', sha256: '0'.repeat(64) } } }));
    writeFileSync(join(dir, 'source.txt'), 'abc');
    writeFileSync(join(dir, 'x.csv'), 'a\n');
    mkdirSync(join(dir, 'sub'));
    const input = readDatasetFolder(dir);
    expect(input.sourceSha256).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(input.folderFiles).toEqual(['datapackage.json', 'source.txt', 'x.csv']);
    expect(typeof input.files === 'function' ? input.files('x.csv') : undefined).toBe('a\n');
  });
});

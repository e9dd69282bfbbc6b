// Symbolic links and file-system errors in dataset folders: every path is resolved and confined to
// the dataset folder, and no file-system error escapes as anything but a problem or a typed error.
// The links are made in a scratch copy of the corpus' valid/base case (git does not keep them well).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DatasetError } from '../dataset/dataset-error.js';
import { formatDatasetProblem } from '../dataset/dataset-problem.js';
import { describeFolder } from './describe-folder.js';
import { FileSystemError } from './file-system-error.js';
import { findDatasets } from './find-datasets.js';
import { validateDatasetFolder } from './load-dataset.js';
import { readDatasetFolder } from './read-dataset-folder.js';

const base = fileURLToPath(new URL('../dataset/__corpus__/valid/base', import.meta.url));
const scratchRoot = fileURLToPath(new URL('../../../../.tmp/', import.meta.url));
mkdirSync(scratchRoot, { recursive: true });
const scratch = mkdtempSync(join(scratchRoot, 'outside-folder-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// A file outside every dataset folder whose first line must never be printed.
const SECRET = 'root:x:0:0:SECRET-FIRST-LINE:/root:/bin/bash';
const secretFile = join(scratch, 'passwd');
writeFileSync(secretFile, `${SECRET}\ndaemon:x:1:1::/:/usr/sbin/nologin\n`);
// A valid copy of figures.csv outside the dataset folder.
const outsideFigures = join(scratch, 'figures-outside.csv');
cpSync(join(base, 'figures.csv'), outsideFigures);

let count = 0;
/** A fresh copy of valid/base; `change` edits it (replacing files by links). */
function dataset(change: (dir: string) => void): string {
  const dir = join(scratch, `case-${++count}`);
  cpSync(base, dir, { recursive: true });
  change(dir);
  return dir;
}
const replaceByLink = (dir: string, name: string, target: string) => {
  rmSync(join(dir, name), { recursive: true, force: true });
  symlinkSync(target, join(dir, name));
};
const lines = (dir: string) => validateDatasetFolder(dir).problems.map(formatDatasetProblem);
const codes = (dir: string) => validateDatasetFolder(dir).problems.map((p) => `${p.file}:${p.code}`);

describe('files outside the dataset folder', () => {
  it('refuses a resource CSV that links to a file outside, without printing its content', () => {
    const dir = dataset((d) => replaceByLink(d, 'figures.csv', secretFile));
    expect(codes(dir)).toEqual(['figures.csv:outside-folder']);
    expect(lines(dir).join('\n')).not.toContain('SECRET');
    expect(lines(dir)).toEqual(['figures.csv:-:-: cannot be read: the path leads (through a symbolic link) outside the dataset folder, so it is not read']);
  });

  it('refuses a link to a valid file outside (it does not validate)', () => {
    expect(codes(dataset((d) => replaceByLink(d, 'figures.csv', outsideFigures)))).toEqual(['figures.csv:outside-folder']);
  });

  it('refuses a relative link that climbs out of the folder, and a link through a linked sub-folder', () => {
    expect(codes(dataset((d) => replaceByLink(d, 'figures.csv', '../figures-outside.csv')))).toEqual(['figures.csv:outside-folder']);
    const dir = dataset((d) => {
      symlinkSync(scratch, join(d, 'up'));
      const descriptor = join(d, 'datapackage.json');
      const text = readFileSync(descriptor, 'utf8').replace('"path": "acronyms.csv"', '"path": "up/figures-outside.csv"');
      writeFileSync(descriptor, text);
    });
    expect(codes(dir)).toContain('up/figures-outside.csv:outside-folder');
    expect(lines(dir).join('\n')).not.toContain('SECRET');
  });

  it('accepts a link to a file inside the folder, and a dataset folder reached through a link', () => {
    const dir = dataset((d) => {
      mkdirSync(join(d, 'real'));
      cpSync(join(base, 'figures.csv'), join(d, 'real', 'figures.csv'));
      replaceByLink(d, 'figures.csv', 'real/figures.csv');
    });
    expect(lines(dir)).toEqual([]);
    const linked = join(scratch, 'linked-base');
    symlinkSync(base, linked);
    expect(lines(linked)).toEqual([]);
  });

  it('refuses a descriptor and a source text that link outside (the source is not hashed)', () => {
    expect(codes(dataset((d) => replaceByLink(d, 'datapackage.json', secretFile)))).toEqual(['datapackage.json:outside-folder']);
    const dir = dataset((d) => replaceByLink(d, 'source.txt', secretFile));
    expect(codes(dir)).toEqual(['source.txt:outside-folder']);
    expect(readDatasetFolder(dir).sourceSha256).toBeUndefined();
    expect(lines(dir).join('\n')).not.toContain('SECRET');
  });

  it('reports an extra CSV that is a link (to a file outside, or dangling) as undescribed', () => {
    const dir = dataset((d) => {
      symlinkSync(secretFile, join(d, 'extra.csv'));
      symlinkSync(join(scratch, 'no-such-file.csv'), join(d, 'dangling.csv'));
    });
    expect(codes(dir)).toEqual(['dangling.csv:undescribed-file', 'extra.csv:undescribed-file']);
    expect(lines(dir).join('\n')).not.toContain('SECRET');
  });

  it('reports a symbolic link loop as a problem, described or not, without throwing ELOOP', () => {
    const dir = dataset((d) => {
      rmSync(join(d, 'figures.csv'));
      symlinkSync('figures.csv', join(d, 'figures.csv'));
      symlinkSync('loop-b.csv', join(d, 'loop-a.csv'));
      symlinkSync('loop-a.csv', join(d, 'loop-b.csv'));
    });
    expect(codes(dir)).toEqual(['figures.csv:symlink-loop', 'loop-a.csv:undescribed-file', 'loop-b.csv:undescribed-file']);
    expect(lines(dir)[0]).toBe('figures.csv:-:-: cannot be read: its symbolic links form a loop');
    expect(codes(dataset((d) => replaceByLink(d, 'datapackage.json', 'datapackage.json')))).toEqual(['datapackage.json:symlink-loop']);
  });

  it('describeFolder refuses a descriptor outside the folder and never hashes a source outside it', () => {
    const dir = dataset((d) => replaceByLink(d, 'datapackage.json', secretFile));
    expect(() => describeFolder(dir)).toThrow(DatasetError);
    try {
      describeFolder(dir);
    } catch (error) {
      expect((error as DatasetError).problems.map((p) => p.code)).toEqual(['outside-folder']);
      expect((error as Error).message).not.toContain('SECRET');
    }
    const linkedSource = dataset((d) => replaceByLink(d, 'source.txt', secretFile));
    expect(() => describeFolder(linkedSource)).toThrow('source.txt:-:-: the source text named by datapackage.json scpkit.source.path is not in the folder');
  });

  it('findDatasets finds a folder whose descriptor is a link, so validation reports it', () => {
    const root = join(scratch, 'find-root');
    mkdirSync(join(root, 'a'), { recursive: true });
    symlinkSync(secretFile, join(root, 'a', 'datapackage.json'));
    expect(findDatasets(root)).toEqual([join(root, 'a')]);
  });
});

describe('file-system errors are problems or typed errors', () => {
  it('a folder where a CSV (or the descriptor) is expected is an unreadable-file problem', () => {
    const dir = dataset((d) => {
      rmSync(join(d, 'figures.csv'));
      mkdirSync(join(d, 'figures.csv'));
    });
    expect(lines(dir)).toEqual(['figures.csv:-:-: cannot be read: it is a folder, not a file']);
    const noDescriptor = dataset((d) => {
      rmSync(join(d, 'datapackage.json'));
      mkdirSync(join(d, 'datapackage.json'));
    });
    expect(lines(noDescriptor)).toEqual(['datapackage.json:-:-: cannot be read: it is a folder, not a file']);
  });

  it('a dataset "folder" that is a file throws a FileSystemError naming the path', () => {
    const file = join(base, 'figures.csv');
    expect(() => validateDatasetFolder(file)).toThrow(FileSystemError);
    expect(() => validateDatasetFolder(file)).toThrow(`cannot list the folder ${file}: a part of the path is not a folder (ENOTDIR)`);
    expect(() => findDatasets(file)).toThrow(FileSystemError);
  });

  // Tests run as root, which ignores file modes; /proc/1/fdinfo cannot be listed even by root here.
  const unlistable = '/proc/1/fdinfo';
  it.runIf(cannotList(unlistable))('findDatasets reports a folder below the root it cannot list and goes on', () => {
    const skipped: FileSystemError[] = [];
    expect(findDatasets('/proc/1', { onUnreadable: (e) => skipped.push(e) })).toEqual([]);
    expect(skipped.map((e) => e.path)).toContain(unlistable);
    expect(skipped[0]?.message).toMatch(/^cannot list the folder \/proc\/1\/\S+: permission denied \(EACCES\)$/);
    expect(() => findDatasets('/proc/1')).toThrow(FileSystemError);
  });
});

function cannotList(path: string): boolean {
  try {
    readdirSync(path);
    return false;
  } catch {
    return true;
  }
}

// File-system errors and symbolic links through the commands: every one is a file-level problem or
// one line naming the path, exit 1 or 2, never a stack trace or exit 3. Tests run as root, which
// ignores file modes, so errors are provoked with a folder where a file is expected (EISDIR), a file
// where a folder is expected (ENOTDIR), and /proc folders that even root cannot list.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../main.js';
import { reproduce } from '../reproduce/index.js';
import { recordingIO } from './test-io.js';

const repo = fileURLToPath(new URL('../../../../', import.meta.url));
const base = fileURLToPath(new URL('../../../core/src/dataset/__corpus__/valid/base', import.meta.url));
const builtCli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'scpkit-fs-errors-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const SECRET = 'root:x:0:0:SECRET-FIRST-LINE:/root:/bin/bash';
writeFileSync(join(scratch, 'passwd'), `${SECRET}\n`);

let count = 0;
function dataset(change: (dir: string) => void): string {
  const dir = join(scratch, `case-${++count}`);
  cpSync(base, dir, { recursive: true });
  change(dir);
  return dir;
}

async function run(args: string[], cwd = scratch) {
  const io = recordingIO(cwd);
  const code = await main(args, io);
  return { code, stdout: io.stdout, stderr: io.stderr, all: [...io.stdout, ...io.stderr].join('\n') };
}

describe('symbolic links out of a dataset folder, through the commands', () => {
  it('validate and audit refuse a CSV linked to a file outside and never print its content', async () => {
    const dir = dataset((d) => {
      rmSync(join(d, 'figures.csv'));
      symlinkSync(join(scratch, 'passwd'), join(d, 'figures.csv'));
      symlinkSync(join(scratch, 'passwd'), join(d, 'extra.csv'));
    });
    const validated = await run(['validate', dir]);
    expect(validated.code).toBe(1);
    expect(validated.stdout).toContain(`${join(`case-${count}`, 'figures.csv')}:-:-: cannot be read: the path leads (through a symbolic link) outside the dataset folder, so it is not read`);
    expect(validated.stdout.some((l) => l.startsWith(`${join(`case-${count}`, 'extra.csv')}:-:-: datapackage.json has no resource`))).toBe(true);
    expect(validated.all).not.toContain('SECRET');
    const audited = await run(['audit', dir]);
    expect(audited.code).toBe(1);
    expect(audited.all).not.toContain('SECRET');
  });

  it('describe refuses a descriptor linked outside with one problem line, exit 1', async () => {
    const dir = dataset((d) => {
      rmSync(join(d, 'datapackage.json'));
      symlinkSync(join(scratch, 'passwd'), join(d, 'datapackage.json'));
    });
    const described = await run(['describe', dir, '--check']);
    expect(described.code).toBe(1);
    expect(described.stderr[0]).toMatch(/datapackage\.json:-:-: cannot be read: the path leads \(through a symbolic link\) outside the dataset folder/);
    expect(described.all).not.toContain('SECRET');
  });
});

describe('file-system errors through the commands', () => {
  it('validate: a folder where a CSV is expected is a file-level problem, exit 1', async () => {
    const dir = dataset((d) => {
      rmSync(join(d, 'figures.csv'));
      mkdirSync(join(d, 'figures.csv'));
    });
    const { code, stdout } = await run(['validate', dir]);
    expect(code).toBe(1);
    expect(stdout).toContain(`${join(`case-${count}`, 'figures.csv')}:-:-: cannot be read: it is a folder, not a file`);
  });

  it('describe --dictionary on a folder is one line naming the path, exit 2 (not a stack trace)', async () => {
    mkdirSync(join(scratch, 'README.md'));
    const { code, stderr } = await run(['describe', '--dictionary', 'README.md']);
    expect(code).toBe(2);
    expect(stderr).toEqual(['scpkit describe: README.md is not a file']);
  });

  it('an unexpected file-system error from a command is one line naming the path, exit 1', async () => {
    const { expectedErrorLine } = await import('../error-line.js');
    const error = Object.assign(new Error("EACCES: permission denied, open '/x/y.csv'"), { code: 'EACCES', syscall: 'open', path: '/x/y.csv' });
    expect(expectedErrorLine(error)).toBe('cannot open /x/y.csv: permission denied (EACCES)');
    expect(expectedErrorLine(Object.assign(new Error('EISDIR: illegal operation on a directory, read'), { code: 'EISDIR' }))).toBe('illegal operation on a directory (EISDIR)');
    expect(expectedErrorLine(new TypeError('a bug'))).toBeUndefined();
  });

  const unlistable = '/proc/1';
  it.runIf(cannotListBelow(unlistable))('validate and audit of a tree with folders that cannot be listed name each one and exit 1', async () => {
    for (const command of ['validate', 'audit']) {
      const { code, stderr } = await run([command, unlistable]);
      expect(code).toBe(1);
      expect(stderr[0]).toMatch(new RegExp(`^scpkit ${command}: skipped, cannot list the folder /proc/1/\\S+: permission denied \\(EACCES\\)$`));
      expect(stderr.at(-1)).toMatch(/no dataset/);
    }
  });

  it('the built binary: validate of a tree with unreadable folders and a dataset path that is a file never exits 3', () => {
    for (const args of [['validate', '/proc/1'], ['validate', join(base, 'figures.csv')], ['audit', '/proc/1'], ['describe', '--dictionary', join(scratch, 'README.md')]]) {
      const result = spawnSync(process.execPath, [builtCli, ...args], { cwd: scratch, encoding: 'utf8' });
      expect([1, 2]).toContain(result.status);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(result.stderr).not.toContain('unexpected error');
    }
  });
});

describe('reproduce with a gallery that cannot be written', () => {
  it('names docs/figures/index.html in one line and exits 1 when it is a folder', async () => {
    const root = mkdtempSync(join(scratch, 'reproduce-'));
    symlinkSync(join(repo, 'node_modules'), join(root, 'node_modules'), 'dir');
    mkdirSync(join(root, 'notebooks'));
    mkdirSync(join(root, 'docs', 'figures', 'index.html'), { recursive: true });
    const out: string[] = [];
    const err: string[] = [];
    const code = await reproduce({ root, out: (l) => out.push(l), err: (l) => err.push(l) });
    expect(code).toBe(1);
    expect(err).toEqual([`scpkit reproduce: cannot write the gallery docs/figures/index.html: cannot open ${join(root, 'docs', 'figures', 'index.html')}: illegal operation on a directory (EISDIR)`]);
  });
});

function cannotListBelow(path: string): boolean {
  try {
    for (const name of readdirSync(path)) {
      try {
        readdirSync(join(path, name));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EACCES') return true;
      }
    }
  } catch {
    return false;
  }
  return false;
}

describe('describe reports what it does not keep', () => {
  it('names each unknown key and custom schema part on stderr and still writes a valid descriptor', async () => {
    const dir = dataset((d) => {
      const path = join(d, 'datapackage.json');
      const descriptor = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown> & { scpkit: Record<string, unknown> };
      writeFileSync(path, JSON.stringify({ ...descriptor, reviewer: 'A. Person', scpkit: { ...descriptor.scpkit, note: 'x' } }, null, 2));
    });
    const described = await run(['describe', dir]);
    expect(described.code).toBe(0);
    expect(described.stderr).toEqual([
      `scpkit describe: ${join(`case-${count}`, 'datapackage.json')}: scpkit.note: not kept: "x" is not a value datapackage.json can hold here (see datasets/FORMAT.md); left out`,
      `scpkit describe: ${join(`case-${count}`, 'datapackage.json')}: reviewer: not kept: "A. Person" is not a value datapackage.json can hold here (see datasets/FORMAT.md); left out`,
    ]);
    expect((await run(['validate', dir])).code).toBe(0);
  });
});

// The workspace type-checks with the TypeScript the root package.json pins (devDependency
// "typescript"), not with whatever `tsc` node_modules/.bin links: tslab's TypeScript fork
// (@tslab/typescript-for-tslab, 5.0.x) also ships a `tsc` bin and npm links the first one by path
// order, which is tslab's. So every `typecheck` script runs the pinned compiler by its path.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as { scripts?: Record<string, string>; devDependencies?: Record<string, string>; workspaces?: string[]; version?: string };
const rootPackage = readJson(join(root, 'package.json'));
const pinned = rootPackage.devDependencies?.['typescript'];

/** Whether `version` satisfies a `~X.Y.Z` or exact `X.Y.Z` range (the forms this repository pins with). */
function satisfiesTilde(version: string, range: string): boolean {
  const m = /^(~)?(\d+)\.(\d+)\.(\d+)$/.exec(range);
  const v = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  if (m === null || v === null) throw new Error(`cannot compare ${version} with ${range}`);
  const [, tilde, major, minor, patch] = m;
  if (tilde === undefined) return version === `${major}.${minor}.${patch}`;
  return v[1] === major && v[2] === minor && Number(v[3]) >= Number(patch);
}

const folders = ['.', ...(rootPackage.workspaces ?? [])];

describe('the pinned TypeScript', () => {
  it('is pinned in the root devDependencies with ~ (patch updates only)', () => {
    expect(pinned).toMatch(/^~\d+\.\d+\.\d+$/);
  });

  it('is what node_modules/typescript holds', () => {
    expect(satisfiesTilde(readJson(join(root, 'node_modules/typescript/package.json')).version!, pinned!)).toBe(true);
  });

  it.each(folders)('the typecheck script of %s runs it by path, and that compiler reports the pinned version', (folder) => {
    const dir = resolve(root, folder);
    const script = readJson(join(dir, 'package.json')).scripts?.['typecheck'];
    expect(script, `${folder}/package.json has a typecheck script`).toBeDefined();
    // Every compiler call of the script (split on &&): none may be a bare `tsc` (that resolves to tslab's fork).
    const calls = script!.split('&&').map((s) => s.trim()).filter((s) => !s.startsWith('npm run '));
    expect(calls.length).toBeGreaterThan(0);
    for (const call of calls) {
      const [node, compiler] = call.split(/\s+/);
      expect(node, call).toBe('node');
      expect(resolve(dir, compiler!), call).toBe(join(root, 'node_modules/typescript/bin/tsc'));
      const version = execFileSync('node', [compiler!, '-v'], { cwd: dir, encoding: 'utf8' }).trim().replace(/^Version /, '');
      expect(satisfiesTilde(version, pinned!), `${folder}: ${call} is TypeScript ${version}, pinned ${pinned}`).toBe(true);
    }
  });

  it('covers every workspace folder that exists', () => {
    const packages = readdirSync(join(root, 'packages')).map((p) => `packages/${p}`).filter((p) => readdirSync(join(root, p)).includes('package.json'));
    expect([...packages].sort()).toEqual([...(rootPackage.workspaces ?? [])].sort());
  });
});

// `npm run docs` builds the typedoc reference of every public entry point into docs/api/ with no
// warning (typedoc runs with --treatWarningsAsErrors), and docs/api/ stays out of git.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { entries } from './public-exports.js';
// @ts-expect-error -- a plain .mjs script without types
import { packageFolders } from '../../scripts/public-entries.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('npm run docs', () => {
  it('documents every export of every workspace package: @scpkit/core and @scpkit/core/node among them', () => {
    const specifiers = entries(root).map((e) => e.specifier);
    expect(specifiers).toEqual(expect.arrayContaining(['@scpkit/core', '@scpkit/core/node', '@scpkit/charts', '@scpkit/cli']));
    const names = (packageFolders(root) as string[]).map((f) => (JSON.parse(readFileSync(join(root, f, 'package.json'), 'utf8')) as { name: string }).name);
    for (const name of names) expect(specifiers, name).toContain(name);
  });

  it('builds docs/api/ with typedoc and no warnings (warnings are errors)', () => {
    const typedoc = JSON.parse(readFileSync(join(root, 'typedoc.json'), 'utf8')) as { treatWarningsAsErrors?: boolean; out?: string };
    expect(typedoc.treatWarningsAsErrors).toBe(true);
    expect(typedoc.out).toBe('docs/api');
    const run = spawnSync('npm', ['run', '--silent', 'docs'], { cwd: root, encoding: 'utf8' });
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.status, output).toBe(0);
    expect(output).not.toMatch(/\[warning\]|\[error\]/);
    expect(existsSync(join(root, 'docs/api/index.html'))).toBe(true);
    for (const e of entries(root)) expect(readFileSync(join(root, 'docs/api/index.html'), 'utf8'), e.specifier).toContain(e.specifier);
    const ignored = spawnSync('git', ['check-ignore', '-q', 'docs/api/index.html'], { cwd: root });
    expect(ignored.status, 'docs/api/ is git-ignored').toBe(0);
  }, 600_000);
});

#!/usr/bin/env node
// `npm run docs`: builds the typedoc API reference of every public entry point (scripts/public-entries.mjs)
// into docs/api/ (generated, git-ignored). Any typedoc warning fails the build (--treatWarningsAsErrors).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { publicEntries } from './public-entries.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const entries = publicEntries(root);
const args = [
  join(root, 'node_modules/typedoc/bin/typedoc'),
  '--options', join(root, 'typedoc.json'),
  ...entries.flatMap((e) => ['--entryPoints', e.source]),
  ...process.argv.slice(2),
];
const run = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
process.exit(run.status ?? 1);

#!/usr/bin/env node
// The `scpkit` command. This file is committed (not built), so npm links it into node_modules/.bin
// at install time and `npx scpkit` runs this workspace's CLI, never a package from the registry.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
if (!existsSync(cli)) {
  process.stderr.write('scpkit: the command is not built yet: run `npm run build` (or `npm start`) in the repository first.\n');
  process.exit(2);
}
await import(pathToFileURL(cli).href);

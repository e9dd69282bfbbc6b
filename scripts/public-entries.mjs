// The public entry points of the workspace packages: every subpath export of packages/*/package.json
// ("." and "./node" of @scpkit/core, ...), mapped from its built file (dist/<name>.js) to its source
// (src/<name>.ts). Used by `npm run docs` (scripts/docs.mjs) and by the tests of the API docs.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @param {string} root repository root
 * @returns {{ pkg: string, subpath: string, specifier: string, source: string }[]} sorted by specifier
 */
export function publicEntries(root) {
  const workspaces = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).workspaces ?? [];
  const entries = [];
  for (const folder of workspaces) {
    const manifest = JSON.parse(readFileSync(join(root, folder, 'package.json'), 'utf8'));
    for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
      if (subpath === './package.json') continue;
      const built = typeof target === 'string' ? target : (target?.import?.default ?? target?.default);
      const m = typeof built === 'string' ? /^\.\/dist\/(.+)\.js$/.exec(built) : null;
      if (m === null) throw new Error(`${folder}/package.json: export "${subpath}" is not ./dist/<name>.js`);
      const source = join(folder, 'src', `${m[1]}.ts`);
      if (!existsSync(join(root, source))) throw new Error(`${folder}/package.json: export "${subpath}" has no source ${source}`);
      entries.push({ pkg: manifest.name, subpath, specifier: subpath === '.' ? manifest.name : `${manifest.name}/${subpath.slice(2)}`, source });
    }
  }
  return entries.sort((a, b) => a.specifier.localeCompare(b.specifier));
}

// Every folder that holds a workspace package (so a test can check the list is complete).
export function packageFolders(root) {
  return readdirSync(join(root, 'packages')).filter((p) => existsSync(join(root, 'packages', p, 'package.json'))).map((p) => `packages/${p}`);
}

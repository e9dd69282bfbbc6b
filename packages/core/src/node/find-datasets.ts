import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DESCRIPTOR_FILE } from '../dataset/validate-dataset.js';

/**
 * Every folder at or below `root` that holds a `datapackage.json`, sorted by path. Folders named
 * `node_modules` or starting with `.` are not searched; symbolic links are not followed.
 */
export function findDatasets(root: string): string[] {
  const found: string[] = [];
  const visit = (dir: string) => {
    const entries = readdirSync(dir, { withFileTypes: true });
    if (entries.some((e) => e.isFile() && e.name === DESCRIPTOR_FILE)) found.push(dir);
    for (const entry of entries) {
      if (entry.isDirectory() && entry.name !== 'node_modules' && !entry.name.startsWith('.')) visit(join(dir, entry.name));
    }
  };
  visit(root);
  return found.sort();
}

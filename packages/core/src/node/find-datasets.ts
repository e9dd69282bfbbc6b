import { readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { DESCRIPTOR_FILE } from '../dataset/validate-dataset.js';
import { FileSystemError } from './file-system-error.js';

/**
 * Options of {@link findDatasets}.
 *
 * @example
 * const skipped: string[] = [];
 * const options: FindDatasetsOptions = { onUnreadable: (error) => skipped.push(error.path) };
 * [findDatasets('datasets', options).length > 0, skipped]; // => [true, []]
 */
export interface FindDatasetsOptions {
  /**
   * Called for each folder below `root` that cannot be listed (its error names the path and the
   * reason); the search goes on without it. Without this option such a folder throws.
   */
  readonly onUnreadable?: (error: FileSystemError) => void;
}

/**
 * Every folder at or below `root` that holds a `datapackage.json`, sorted by path. Folders named
 * `node_modules` or starting with `.` are not searched; symbolic links are not followed.
 *
 * @example
 * findDatasets('datasets/england'); // => ['datasets/england/2020-21', 'datasets/england/2021-22']
 * @throws {FileSystemError} when `root`, or (without `onUnreadable`) a folder below it, cannot be listed.
 */
export function findDatasets(root: string, options: FindDatasetsOptions = {}): string[] {
  const found: string[] = [];
  const visit = (dir: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      const problem = new FileSystemError('list the folder', dir, error);
      if (dir === root || options.onUnreadable === undefined) throw problem;
      options.onUnreadable(problem);
      return;
    }
    if (entries.some((e) => (e.isFile() || e.isSymbolicLink()) && e.name === DESCRIPTOR_FILE)) found.push(dir);
    for (const entry of entries) {
      if (entry.isDirectory() && entry.name !== 'node_modules' && !entry.name.startsWith('.')) visit(join(dir, entry.name));
    }
  };
  visit(root);
  return found.sort();
}

import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';

/** Folder of the notebooks, relative to the repository root. */
export const NOTEBOOKS_DIR = 'notebooks';

/**
 * The notebooks `scpkit reproduce` runs: every `notebooks/*.ipynb` under `root` (not sub-folders,
 * not Jupyter's `.ipynb_checkpoints`), as root-relative `/` paths sorted by name. Throws the fs error
 * when the folder does not exist.
 */
export async function findNotebooks(root: string): Promise<string[]> {
  const entries = await readdir(join(root, NOTEBOOKS_DIR), { withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.ipynb') && !e.name.startsWith('.'))
    .map((e) => `${NOTEBOOKS_DIR}/${e.name}`)
    .sort();
}

/** A notebook's stem: `notebooks/budget.ipynb` -> `budget`. */
export function notebookStem(file: string): string {
  return basename(file, '.ipynb');
}

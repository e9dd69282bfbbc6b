import { findDatasets, type FileSystemError } from '@scpkit/core/node';
import type { CommandIO } from './command.js';

/** Most unreadable folders named one by one; the rest are counted. */
const MAX_SHOWN = 20;

/**
 * `findDatasets` for a command: a folder below `root` that cannot be listed is skipped and named on
 * stderr (`scpkit <command>: skipped, cannot list the folder <path>: permission denied (EACCES)`),
 * at most 20 of them, then a count of the rest. Returns the datasets found and how many folders were skipped.
 */
export function findDatasetsReporting(root: string, command: string, io: CommandIO): { dirs: string[]; skipped: number } {
  const skipped: FileSystemError[] = [];
  const dirs = findDatasets(root, { onUnreadable: (error) => skipped.push(error) });
  for (const error of skipped.slice(0, MAX_SHOWN)) io.err(`scpkit ${command}: skipped, ${error.message}`);
  if (skipped.length > MAX_SHOWN) io.err(`scpkit ${command}: skipped ${skipped.length - MAX_SHOWN} more folders that cannot be listed`);
  return { dirs, skipped: skipped.length };
}

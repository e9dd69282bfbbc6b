import { relative } from 'node:path';

/** How a command names `path` in its output: relative to the working directory `cwd`, `.` for `cwd` itself. */
export function displayPath(cwd: string, path: string): string {
  return relative(cwd, path) || '.';
}

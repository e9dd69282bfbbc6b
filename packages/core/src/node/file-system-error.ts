import { ScpkitError } from '../errors/index.js';

/**
 * Thrown when the file system refuses what a dataset function must do (a folder that cannot be
 * listed, a file that cannot be read or written): names the path and the reason in one line, never
 * the file's content. `reason` is the system's code (`EACCES`, `EISDIR`, `ELOOP`, ...) when it gave one.
 *
 * @example
 * findDatasets('no/such/folder'); // throws FileSystemError
 * new FileSystemError('list the folder', 'data', Object.assign(new Error('denied'), { code: 'EACCES' })).message; // => 'cannot list the folder data: permission denied (EACCES)'
 */
export class FileSystemError extends ScpkitError {
  readonly path: string;
  readonly reason: string | undefined;

  constructor(action: string, path: string, cause: unknown) {
    super('file-system', `cannot ${action} ${path}: ${describeFileSystemError(cause)}`, { cause });
    this.path = path;
    this.reason = isNodeError(cause) ? cause.code : undefined;
  }
}

const reasons: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'it is a folder, not a file',
  ENOTDIR: 'a part of the path is not a folder',
  ENOENT: 'no such file or folder',
  ELOOP: 'its symbolic links form a loop',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EMFILE: 'too many open files',
  EIO: 'input/output error',
  ENAMETOOLONG: 'the path is too long',
};

/** A system error as `permission denied (EACCES)`, without the path or any content. */
export function describeFileSystemError(error: unknown): string {
  if (!isNodeError(error)) return error instanceof Error ? error.message : String(error);
  const code = error.code;
  if (code === undefined) return error.message;
  return `${reasons[code] ?? error.message.replace(/^[A-Z]+: /, '').replace(/,.*$/, '')} (${code})`;
}

export function isNodeError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && 'code' in error && typeof (error as { code?: unknown }).code === 'string';
}

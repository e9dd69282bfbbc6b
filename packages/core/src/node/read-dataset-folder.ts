import { createHash } from 'node:crypto';
import { lstatSync, readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { DESCRIPTOR_FILE, type DatasetInput, type FileText } from '../dataset/validate-dataset.js';
import { parseJsonText } from '../dataset/parse-json-text.js';
import { scpkitMetadataSchema } from '../dataset/data-package.js';
import { describeFileSystemError, FileSystemError, isNodeError } from './file-system-error.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** What reading a file gave: its bytes, `undefined` when there is no such file, or why it was not read. */
type FileBytes = Uint8Array | undefined | Exclude<FileText, string | undefined>;

/**
 * Reads a file of a dataset folder as UTF-8 text: `undefined` when it does not exist, `{ unreadable }`
 * when it is a folder, cannot be read (with the system's reason) or its bytes are not valid UTF-8, so
 * nothing is silently replaced and no file-system error escapes. `{ unreadable, code: 'symlink-loop' }`
 * when its symbolic links form a loop. Does not confine the path to a folder: {@link readDatasetFolder} does.
 *
 * @example
 * (readFileText('datasets/east-sussex/2021-22/budget-totals.csv') as string).split('\n')[0]; // => 'statement,side,amount,section,quote'
 * readFileText('datasets/no-such-file.csv'); // => undefined
 * readFileText('datasets'); // => { unreadable: 'it is a folder, not a file' }
 */
export function readFileText(path: string): FileText {
  return decode(readFileBytes(path));
}

/**
 * SHA-256 of a file's bytes as lower-case hex, `undefined` when there is no such file or it cannot be read.
 *
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * const file = join(mkdtempSync(join(tmpdir(), 'scpkit-')), 'abc.txt');
 * writeFileSync(file, 'abc');
 * sha256OfFile(file); // => 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 * sha256OfFile('no/such/file'); // => undefined
 */
export function sha256OfFile(path: string): string | undefined {
  return digest(readFileBytes(path));
}

/**
 * Names of the files directly inside a folder, sorted: regular files and symbolic links that do not
 * lead to a folder (also dangling links and link loops), so that a linked CSV is still reported
 * (undescribed, or outside the folder when a resource names it) and never silently skipped.
 * @throws {FileSystemError} when the folder cannot be listed.
 */
export function listFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    throw new FileSystemError('list the folder', dir, error);
  }
  return entries
    .filter((entry) => entry.isFile() || (entry.isSymbolicLink() && !leadsToFolder(join(dir, entry.name))))
    .map((entry) => entry.name)
    .sort();
}

/**
 * Reads the files of one dataset folder, confined to it: each path is resolved (symbolic links
 * followed) and a path that resolves outside the folder is refused with `code: 'outside-folder'`
 * without reading it, so no content of another file can reach a problem message.
 *
 * @example
 * const reader = folderReader('datasets/east-sussex/2021-22');
 * (reader.text('budget-totals.csv') as string).split('\n')[0]; // => 'statement,side,amount,section,quote'
 * reader.text('../../england/2021-22/figures.csv'); // => { unreadable: 'the path leads (through a symbolic link) outside the dataset folder, so it is not read', code: 'outside-folder' }
 */
export function folderReader(dir: string): { text: (path: string) => FileText; sha256: (path: string) => string | undefined } {
  let root: string | undefined;
  const read = (path: string): FileBytes => {
    const full = join(dir, path);
    let real: string;
    try {
      root ??= realpathSync(dir);
      real = realpathSync(full);
    } catch (error) {
      return unreadable(error);
    }
    const inside = relative(root, real);
    if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
      return { unreadable: 'the path leads (through a symbolic link) outside the dataset folder, so it is not read', code: 'outside-folder' };
    }
    return readFileBytes(real);
  };
  return { text: (path) => decode(read(path)), sha256: (path) => digest(read(path)) };
}

/**
 * Gathers what the pure validator needs from a dataset folder: the descriptor text, a reader for
 * the other files (paths relative to the folder, confined to it: see {@link folderReader}), the
 * SHA-256 of the source file the descriptor names (if it exists) and the folder's file names.
 *
 * @example
 * const input = readDatasetFolder('datasets/example-synthetic/2022-23');
 * input.folderFiles?.filter((f) => f.endsWith('.csv')); // => ['escalations.csv', 'quarterly-indicators.csv']
 * validateDataset(input).problems; // => []
 * @throws {FileSystemError} when the folder cannot be listed.
 */
export function readDatasetFolder(dir: string): DatasetInput {
  const reader = folderReader(dir);
  const folderFiles = listFiles(dir);
  const descriptorText = reader.text(DESCRIPTOR_FILE);
  const sourcePath = typeof descriptorText === 'string' ? namedSourcePath(descriptorText) : undefined;
  const sourceSha256 = sourcePath === undefined ? undefined : reader.sha256(sourcePath);
  return {
    descriptorText,
    files: reader.text,
    ...(sourceSha256 === undefined ? {} : { sourceSha256 }),
    folderFiles,
  };
}

/** The `scpkit.source.path` of a descriptor text, if it parses that far. */
function namedSourcePath(descriptorText: string): string | undefined {
  const json = parseJsonText(descriptorText, DESCRIPTOR_FILE);
  if (!('value' in json) || typeof json.value !== 'object' || json.value === null) return undefined;
  const scpkit = scpkitMetadataSchema.safeParse((json.value as Record<string, unknown>)['scpkit']);
  return scpkit.success ? scpkit.data.source?.path : undefined;
}

function decode(bytes: FileBytes): FileText {
  if (bytes === undefined || !(bytes instanceof Uint8Array)) return bytes;
  try {
    return utf8.decode(bytes);
  } catch {
    return { unreadable: 'the file is not valid UTF-8 text' };
  }
}

function digest(bytes: FileBytes): string | undefined {
  return bytes instanceof Uint8Array ? createHash('sha256').update(bytes).digest('hex') : undefined;
}

function readFileBytes(path: string): FileBytes {
  try {
    if (statSync(path).isDirectory()) return { unreadable: 'it is a folder, not a file' };
    return readFileSync(path);
  } catch (error) {
    return unreadable(error);
  }
}

/** A file-system error as a file text: a missing file is `undefined`, anything else a reason (never content). */
function unreadable(error: unknown): FileBytes {
  if (isNodeError(error) && (error.code === 'ENOENT' || error.code === 'ENOTDIR')) return undefined;
  if (isNodeError(error) && error.code === 'ELOOP') return { unreadable: 'its symbolic links form a loop', code: 'symlink-loop' };
  return { unreadable: describeFileSystemError(error) };
}

function leadsToFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Whether anything (a file, a folder, a link, even a dangling one) is at `path`.
 *
 * @example
 * entryExists('datasets/FORMAT.md'); // => true
 * entryExists('datasets/no-such-file'); // => false
 */
export function entryExists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

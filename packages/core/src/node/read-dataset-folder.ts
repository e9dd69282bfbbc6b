import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DESCRIPTOR_FILE, type DatasetInput, type FileText } from '../dataset/validate-dataset.js';
import { parseJsonText } from '../dataset/parse-json-text.js';
import { scpkitMetadataSchema } from '../dataset/data-package.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a file of a dataset folder as UTF-8 text: `undefined` when it does not exist (or is not a
 * file), `{ unreadable }` when its bytes are not valid UTF-8, so nothing is silently replaced.
 */
export function readFileText(path: string): FileText {
  const bytes = readFileBytes(path);
  if (bytes === undefined) return undefined;
  try {
    return utf8.decode(bytes);
  } catch {
    return { unreadable: 'the file is not valid UTF-8 text' };
  }
}

/** SHA-256 of a file's bytes as lower-case hex, `undefined` when there is no such file. */
export function sha256OfFile(path: string): string | undefined {
  const bytes = readFileBytes(path);
  return bytes === undefined ? undefined : createHash('sha256').update(bytes).digest('hex');
}

/** Names of the regular files directly inside a folder, sorted. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name)
    .sort();
}

/**
 * Gathers what the pure validator needs from a dataset folder: the descriptor text, a reader for
 * the other files (paths relative to the folder), the SHA-256 of the source file the descriptor
 * names (if it exists) and the folder's file names.
 */
export function readDatasetFolder(dir: string): DatasetInput {
  const descriptorText = readFileText(join(dir, DESCRIPTOR_FILE));
  const sourcePath = typeof descriptorText === 'string' ? namedSourcePath(descriptorText) : undefined;
  const sourceSha256 = sourcePath === undefined ? undefined : sha256OfFile(join(dir, sourcePath));
  return {
    descriptorText,
    files: (path) => readFileText(join(dir, path)),
    ...(sourceSha256 === undefined ? {} : { sourceSha256 }),
    folderFiles: listFiles(dir),
  };
}

/** The `scpkit.source.path` of a descriptor text, if it parses that far. */
function namedSourcePath(descriptorText: string): string | undefined {
  const json = parseJsonText(descriptorText, DESCRIPTOR_FILE);
  if (!('value' in json) || typeof json.value !== 'object' || json.value === null) return undefined;
  const scpkit = scpkitMetadataSchema.safeParse((json.value as Record<string, unknown>)['scpkit']);
  return scpkit.success ? scpkit.data.source?.path : undefined;
}

function readFileBytes(path: string): Uint8Array | undefined {
  try {
    if (!statSync(path).isFile()) return undefined;
    return readFileSync(path);
  } catch (error) {
    if (isNodeError(error) && (error.code === 'ENOENT' || error.code === 'ENOTDIR')) return undefined;
    throw error;
  }
}

function isNodeError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && 'code' in error;
}

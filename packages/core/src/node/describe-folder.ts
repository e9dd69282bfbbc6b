import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeDataset, formatDescriptor, type DatasetMetadata } from '../dataset/describe-dataset.js';
import { parseJsonText } from '../dataset/parse-json-text.js';
import { DatasetError } from '../dataset/dataset-error.js';
import { isDatasetRelativePath } from '../dataset/data-package.js';
import { DESCRIPTOR_FILE } from '../dataset/validate-dataset.js';
import { listFiles, sha256OfFile } from './read-dataset-folder.js';

/** The descriptor text `scpkit describe` would write for a folder, and the CSVs it could not describe. */
export interface DescribedFolder {
  readonly text: string;
  readonly unknownFiles: readonly string[];
}

/**
 * Builds the `datapackage.json` text for a dataset folder from the scpkit standard schemas, keeping
 * the dataset-level metadata of the existing descriptor (see `describeDataset`) and computing the
 * source text's SHA-256. Does not write anything. Throws `DatasetError` when the existing
 * descriptor is not valid JSON or required metadata is missing.
 */
export function describeFolder(dir: string, metadata: DatasetMetadata = {}): DescribedFolder {
  const descriptorPath = join(dir, DESCRIPTOR_FILE);
  let existing: unknown;
  if (existsSync(descriptorPath)) {
    const json = parseJsonText(readFileSync(descriptorPath, 'utf8'), DESCRIPTOR_FILE);
    if ('problem' in json) throw new DatasetError([json.problem], DESCRIPTOR_FILE);
    existing = json.value;
  }
  const sourcePath = metadata.sourcePath ?? existingSourcePath(existing);
  // An unsafe path is never read; describeDataset then reports it.
  const sourceSha256 = sourcePath === undefined || !isDatasetRelativePath(sourcePath) ? undefined : sha256OfFile(join(dir, sourcePath));
  const { descriptor, unknownFiles } = describeDataset({
    existing,
    folderFiles: listFiles(dir),
    metadata,
    ...(sourceSha256 === undefined ? {} : { sourceSha256 }),
  });
  return { text: formatDescriptor(descriptor), unknownFiles };
}

function existingSourcePath(existing: unknown): string | undefined {
  const scpkit = (existing as { scpkit?: { source?: { path?: unknown } } } | undefined)?.scpkit;
  const path = scpkit?.source?.path;
  return typeof path === 'string' ? path : undefined;
}

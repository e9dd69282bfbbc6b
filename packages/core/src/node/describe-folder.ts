import { describeDataset, formatDescriptor, type DatasetMetadata, type DescribeDrop } from '../dataset/describe-dataset.js';
import { parseJsonText } from '../dataset/parse-json-text.js';
import { DatasetError } from '../dataset/dataset-error.js';
import { isDatasetRelativePath } from '../dataset/data-package.js';
import { DESCRIPTOR_FILE } from '../dataset/validate-dataset.js';
import { folderReader, listFiles } from './read-dataset-folder.js';

/**
 * The descriptor text `scpkit describe` would write for a folder, the CSVs it could not describe and what of the existing descriptor it did not keep.
 *
 * @example
 * const described: DescribedFolder = describeFolder('datasets/example-synthetic/2022-23');
 * [JSON.parse(described.text).name, described.unknownFiles]; // => ['example-synthetic-2022-23', []]
 */
export interface DescribedFolder {
  readonly text: string;
  readonly unknownFiles: readonly string[];
  readonly dropped: readonly DescribeDrop[];
}

/**
 * Builds the `datapackage.json` text for a dataset folder from the scpkit standard schemas, keeping
 * the dataset-level metadata of the existing descriptor (see `describeDataset`) and computing the
 * source text's SHA-256. Does not write anything. Throws `DatasetError` when the existing
 * descriptor is not valid JSON, cannot be read or leads outside the folder, or required metadata is
 * missing; `FileSystemError` when the folder cannot be listed.
 *
 * @example
 * const described = describeFolder('datasets/east-sussex/2021-22');
 * [described.unknownFiles, described.dropped]; // => [[], []]
 * described.text === readFileText('datasets/east-sussex/2021-22/datapackage.json'); // => true
 */
export function describeFolder(dir: string, metadata: DatasetMetadata = {}): DescribedFolder {
  const reader = folderReader(dir);
  const folderFiles = listFiles(dir);
  const descriptorText = reader.text(DESCRIPTOR_FILE);
  let existing: unknown;
  if (typeof descriptorText === 'object') {
    const problem = { file: DESCRIPTOR_FILE, row: null, field: '-', code: descriptorText.code ?? 'unreadable-file', message: `cannot be read: ${descriptorText.unreadable}` } as const;
    throw new DatasetError([problem], DESCRIPTOR_FILE);
  }
  if (descriptorText !== undefined) {
    const json = parseJsonText(descriptorText, DESCRIPTOR_FILE);
    if ('problem' in json) throw new DatasetError([json.problem], DESCRIPTOR_FILE);
    existing = json.value;
  }
  // As describeDataset does: source.txt when nothing names the source text and the folder has it.
  const sourcePath = metadata.sourcePath ?? existingSourcePath(existing) ?? (folderFiles.includes('source.txt') ? 'source.txt' : undefined);
  // An unsafe path is never read; describeDataset then reports it.
  const sourceSha256 = sourcePath === undefined || !isDatasetRelativePath(sourcePath) ? undefined : reader.sha256(sourcePath);
  const { descriptor, unknownFiles, dropped } = describeDataset({
    existing,
    folderFiles,
    metadata,
    ...(sourceSha256 === undefined ? {} : { sourceSha256 }),
  });
  return { text: formatDescriptor(descriptor), unknownFiles, dropped };
}

function existingSourcePath(existing: unknown): string | undefined {
  const scpkit = (existing as { scpkit?: { source?: { path?: unknown } } } | undefined)?.scpkit;
  const path = scpkit?.source?.path;
  return typeof path === 'string' ? path : undefined;
}

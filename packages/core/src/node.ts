/**
 * `@scpkit/core/node`: the file-system side of `@scpkit/core`. Reads dataset folders from disk and hands
 * their text to the pure validator of the main entry.
 *
 * @module @scpkit/core/node
 */
export { loadDataset, validateDatasetFolder } from './node/load-dataset.js';
export { findDatasets, type FindDatasetsOptions } from './node/find-datasets.js';
export { FileSystemError } from './node/file-system-error.js';
export { loadReports } from './node/load-reports.js';
export { initDataset, folderSlug, type InitDatasetOptions, type InitializedDataset } from './node/init-dataset.js';
export { describeFolder, type DescribedFolder } from './node/describe-folder.js';
export { entryExists, folderReader, readDatasetFolder, readFileText, sha256OfFile } from './node/read-dataset-folder.js';
export { loadOtherDocuments, OTHER_DOCUMENTS_FOLDER } from './node/load-other-documents.js';

export { reproduce, type ReproduceOptions } from './reproduce.js';
export { runNotebook, firstErrorLine, type NotebookRun, type NotebookFailure, type RunNotebookOptions } from './run-notebook.js';
export { startHeadlessKernel, type HeadlessKernel, type HeadlessKernelOptions, type CellResult } from './headless-kernel.js';
export { loadTslab, TSLAB_VERSION, type TslabRuntime } from './tslab-runtime.js';
export { parseNotebook, serializeNotebook, type Notebook, type NotebookCell, type NotebookOutput } from './notebook.js';
export { findNotebooks, notebookStem, NOTEBOOKS_DIR } from './find-notebooks.js';
export { writeGallery, readFigures, galleryHtml, FIGURES_DIR, type GalleryFigure, type GalleryProblem } from './gallery.js';
export { NotebookFormatError, TslabUnavailableError } from './errors.js';

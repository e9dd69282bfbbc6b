import { ScpkitError } from '@scpkit/core';

/** A notebook file that is not valid nbformat 4 JSON (or not JSON at all). */
export class NotebookFormatError extends ScpkitError {
  readonly file: string;

  constructor(file: string, problem: string, options?: { cause?: unknown }) {
    super('notebook-invalid', `${file}: ${problem}`, options);
    this.file = file;
  }
}

/** tslab is missing or is not the exact version whose internal modules the headless runner uses. */
export class TslabUnavailableError extends ScpkitError {
  constructor(problem: string, options?: { cause?: unknown }) {
    super('tslab-unavailable', `cannot run notebooks headlessly: ${problem}`, options);
  }
}

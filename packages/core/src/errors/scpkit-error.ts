/**
 * Base class of every error scpkit throws on purpose; `code` is stable and machine-readable.
 *
 * @example
 * const error = new InvalidInputError('share', 'whole', 0, 'must be greater than 0');
 * [error instanceof ScpkitError, error.code]; // => [true, 'invalid-input']
 */
export class ScpkitError extends Error {
  /** Stable machine-readable error code, e.g. `invalid-input` or `dataset-invalid`. */
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

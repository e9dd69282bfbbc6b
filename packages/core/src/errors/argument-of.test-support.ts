// Test support only (not exported): which argument a call's typed error blames.
import { InvalidInputError } from './invalid-input-error.js';

/** `"fn: argument"` of the InvalidInputError `call` throws, `"no error"` when it returns; any other error is rethrown. */
export function argumentOf(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    if (error instanceof InvalidInputError) return `${error.fn}: ${error.argument}`;
    throw error;
  }
  return 'no error';
}

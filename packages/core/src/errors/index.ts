export { ScpkitError } from './scpkit-error.js';
export { InvalidInputError } from './invalid-input-error.js';

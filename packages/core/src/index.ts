/**
 * `@scpkit/core`: typed records, dataset validation and pure analysis functions for the published
 * data of Safeguarding Children Partnerships. No I/O here: reading a folder from disk lives in
 * `@scpkit/core/node`.
 *
 * @module @scpkit/core
 */
export * from './errors/index.js';
export * from './dataset/index.js';
export * from './change/index.js';
export * from './stats/index.js';
export * from './measures/index.js';
export * from './budget/index.js';
export * from './claims/index.js';
export * from './lookup/index.js';
export * from './series/index.js';
export * from './disclosure/index.js';

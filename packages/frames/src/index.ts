/**
 * `@scpkit/frames`: scpkit dataset records as danfojs-node DataFrames and back.
 *
 * @packageDocumentation
 */
export {};

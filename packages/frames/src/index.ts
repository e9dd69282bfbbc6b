/**
 * @scpkit/frames: danfojs-node DataFrames of scpkit dataset resources, for exploring (head,
 * describe, group-by, pivot), and back to typed records validated by @scpkit/core as the loader
 * validates files. Figures are computed by @scpkit/core in float64, never by danfo.
 */
export { toDataFrame } from './to-data-frame.js';
export { fromDataFrame, type FromDataFrameOptions } from './from-data-frame.js';
export { pivot, type PivotOptions } from './pivot.js';
export { loadDanfo, type Danfo } from './danfo.js';
export type { ResourceRef } from './resource.js';

import * as zodNamespace from 'zod';

/**
 * zod, for the schema builders in `data-package.ts`. In the ES module build this is the static import
 * (bundlers drop it when no schema is used). The CommonJS build replaces this file (see
 * tsup.config.ts) by one that calls `require('zod')` on first use, so `require('@scpkit/core')` does
 * not load zod (about 100 ms) until a dataset is validated. Internal.
 */
export function zod(): typeof zodNamespace {
  return zodNamespace;
}

// The acceptance test of @scpkit/frames: for every resource of every dataset shipped under
// datasets/ (found at test time, none named here) and of every valid dataset of core's corpus,
// fromDataFrame(toDataFrame(records), resource) gives back records equal to the loader's.
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { standardSchemas, type Dataset, type DatasetRecord } from '@scpkit/core';
import { findDatasets, loadDataset } from '@scpkit/core/node';
import { fromDataFrame, toDataFrame } from './index.js';
import type { ResourceRef } from './resource.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const shipped = findDatasets(join(root, 'datasets'));
const corpus = join(root, 'packages/core/src/dataset/__corpus__/valid');
const corpusDatasets = existsSync(corpus) ? findDatasets(corpus) : [];

/** Every resource of a dataset with its records and how to name it to fromDataFrame. */
function resourcesOf(dataset: Dataset): { name: string; ref: ResourceRef; fields: string[]; records: readonly DatasetRecord[] }[] {
  return dataset.descriptor.resources.flatMap((resource) => {
    const standard = Object.hasOwn(standardSchemas, resource.name);
    const records = (standard ? (dataset.tables as Record<string, readonly DatasetRecord[] | undefined>)[resource.name] : dataset.otherTables[resource.name]) ?? [];
    const ref: ResourceRef = standard ? (resource.name as ResourceRef) : { name: resource.name, schema: resource.schema };
    return [{ name: resource.name, ref, fields: resource.schema.fields.map((f) => f.name), records }];
  });
}

describe('round trip through a DataFrame', () => {
  it('finds the shipped datasets', () => {
    expect(shipped.length).toBeGreaterThan(0);
  });

  for (const dir of [...shipped, ...corpusDatasets]) {
    it(`returns every resource of ${relative(root, dir)} unchanged`, () => {
      const dataset = loadDataset(dir);
      const resources = resourcesOf(dataset);
      expect(resources.length).toBe(dataset.descriptor.resources.length);
      for (const { name, ref, fields, records } of resources) {
        expect(fromDataFrame(toDataFrame(records), ref as 'figures'), name).toEqual(records);
        // With the schema given, the frame has the schema's columns and dtypes, even when empty.
        const typed = toDataFrame(records, ref);
        expect(typed.columns, name).toEqual(fields);
        expect(typed.shape, name).toEqual([records.length, fields.length]);
        expect(fromDataFrame(typed, ref as 'figures', dataset.source === undefined ? {} : { source: dataset.source }), name).toEqual(records);
      }
    });
  }
});

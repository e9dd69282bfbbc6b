import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { standardSchemaOfFormat } from './format-versions.js';
import { standardSchemas } from './schemas/index.js';
import { validateDataset } from './validate-dataset.js';

const unitsOf = (version: string | undefined) => standardSchemaOfFormat('figures', version).fields.find((f) => f.name === 'unit')?.constraints?.enum;
const byUnitOf = (version: string) => Object.keys((standardSchemaOfFormat('figures', version) as { 'scpkit:constraintsByUnit'?: { byUnit: object } })['scpkit:constraintsByUnit']!.byUnit);

// A folder in format 1.0 (as the first release wrote it): the bad-input corpus's valid base before 1.1.
const BASE = new URL('./__corpus__/valid/crlf/', import.meta.url);
const files = new Map(readdirSync(BASE).map((name) => [name, readFileSync(new URL(name, BASE), 'utf8')]));
const descriptor = JSON.parse(files.get('datapackage.json')!) as { scpkit: { format: string }; resources: { name: string; schema: unknown }[] };
const folderFiles = [...files.keys()];
const problemsWith = (format: string, figuresSchema: unknown) =>
  validateDataset({
    descriptorText: JSON.stringify({ ...descriptor, scpkit: { ...descriptor.scpkit, format }, resources: descriptor.resources.map((r) => (r.name === 'figures' ? { ...r, schema: figuresSchema } : r)) }),
    files,
    folderFiles,
  }).problems.map((p) => `${p.field}: ${p.code}`);

describe('standardSchemaOfFormat', () => {
  it('gives each version its own figures units: 1.1 added per-10000 (unit list and bound)', () => {
    expect(unitsOf('1.0')).toEqual(['count', 'percent', 'percent-change', 'GBP', 'score', 'ratio', 'years', 'months', 'weeks', 'FTE']);
    expect(unitsOf('1.1')).toEqual([...unitsOf('1.0')!, 'per-10000']);
    expect(byUnitOf('1.0')).not.toContain('per-10000');
    expect(byUnitOf('1.1')).toContain('per-10000');
    expect(standardSchemaOfFormat('figures', '1.1')).toEqual(standardSchemas.figures);
  });

  it('leaves every other resource as it is, and gives the current standard for a version it does not know', () => {
    for (const name of Object.keys(standardSchemas) as (keyof typeof standardSchemas)[]) {
      if (name !== 'figures') expect(standardSchemaOfFormat(name, '1.0')).toEqual(standardSchemas[name]);
    }
    fc.assert(fc.property(fc.oneof(fc.string(), fc.constant(undefined), fc.constantFrom('2.0', '1.9', '0.1', '1.')), (v) => v === '1.0' || JSON.stringify(standardSchemaOfFormat('figures', v)) === JSON.stringify(standardSchemas.figures)));
  });

  it('returns a copy the caller may change without changing the standard', () => {
    const copy = standardSchemaOfFormat('figures', '1.0');
    (copy.fields as { name: string }[]).push({ name: 'extra' });
    expect(standardSchemas.figures.fields.some((f) => (f.name as string) === 'extra')).toBe(false);
  });
});

describe('a folder declaring an older minor version', () => {
  it('stays valid with the standard of its version, and only with it', () => {
    expect(descriptor.scpkit.format).toBe('1.0');
    expect(problemsWith('1.0', standardSchemaOfFormat('figures', '1.0'))).toEqual([]);
    expect(problemsWith('1.1', standardSchemaOfFormat('figures', '1.1'))).toEqual([]);
    // A 1.1 descriptor still holding the 1.0 list must be rewritten (scpkit describe), and the reverse.
    expect(problemsWith('1.1', standardSchemaOfFormat('figures', '1.0'))).toEqual(['resources[4].schema.fields[6].constraints.enum: nonstandard-schema', 'resources[4].schema["scpkit:constraintsByUnit"].byUnit["per-10000"]: nonstandard-schema']);
    expect(problemsWith('1.0', standardSchemaOfFormat('figures', '1.1'))).toHaveLength(2);
  });
});

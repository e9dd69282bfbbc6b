import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DatasetError } from './dataset-error.js';
import { describeDataset, formatDescriptor } from './describe-dataset.js';
import { standardSchemas } from './schemas/index.js';
import { validateDataset } from './validate-dataset.js';

const BASE = new URL('./__corpus__/valid/base/', import.meta.url);
const files = new Map(readdirSync(BASE).map((name) => [name, readFileSync(new URL(name, BASE), 'utf8')]));
const committed = files.get('datapackage.json') ?? '';
const existing = JSON.parse(committed) as { scpkit: { source: { sha256: string } } };
const sha = existing.scpkit.source.sha256;
const folderFiles = [...files.keys()];
const metadata = { title: 'T', partnership: 'Some Partnership', period: '2030/31', sourcePath: 'source.txt' };

/** The problems (file:field: code) of the DatasetError `run` throws; none when it does not throw. */
function problems(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof DatasetError) return error.problems.map((p) => `${p.file}:${p.field}: ${p.code}`);
    throw error;
  }
  return [];
}

describe('describeDataset', () => {
  it('keeps what validate accepts (a standard resource\'s title and description) and lists everything it does not keep', () => {
    const parsed = JSON.parse(committed) as Record<string, unknown> & { scpkit: Record<string, unknown>; resources: Record<string, unknown>[] };
    const figuresIndex = parsed.resources.findIndex((r) => r['name'] === 'figures');
    const figures = parsed.resources[figuresIndex] as { schema: { fields: Record<string, unknown>[] } } & Record<string, unknown>;
    figures['title'] = 'Figures printed in the report';
    figures['description'] = 'One row per printed figure.';
    figures.schema.fields[0]!['description'] = 'A custom description';
    const custom = {
      ...parsed,
      reviewer: 'A. Person',
      scpkit: { ...parsed.scpkit, note: 'kept?' },
      resources: [...parsed.resources, { name: 'gone', path: 'gone.csv', format: 'csv', mediatype: 'text/csv', encoding: 'utf-8', schema: { fields: [{ name: 'a', type: 'string' }] } }, { name: 'Bad Name' }],
    };
    const { descriptor, dropped } = describeDataset({ existing: custom, folderFiles, sourceSha256: sha });
    const written = descriptor.resources.find((r) => r.name === 'figures');
    expect(written?.title).toBe('Figures printed in the report');
    expect(written?.description).toBe('One row per printed figure.');
    expect(written?.schema).toEqual(standardSchemas.figures);
    const n = parsed.resources.length;
    expect(dropped.map((d) => d.path)).toEqual(['scpkit.note', 'reviewer', `resources[${figuresIndex}].schema.fields[0].description`, `resources[${n}]`, `resources[${n + 1}]`]);
    expect(dropped[1]?.reason).toBe('not kept: "A. Person" is not a value datapackage.json can hold here (see datasets/FORMAT.md)');
    expect(dropped[2]?.reason).toBe('replaced by the scpkit standard resource (found "A custom description")');
    expect(dropped[3]?.reason).toBe('its file gone.csv is not in the folder');
    expect(dropped[4]?.reason).toMatch(/^not a valid resource: /);
    // What it writes validates.
    const text = formatDescriptor(descriptor);
    expect(validateDataset({ descriptorText: text, files, sourceSha256: sha, folderFiles }).problems).toEqual([]);
    // And a second run drops nothing more.
    expect(describeDataset({ existing: JSON.parse(text), folderFiles, sourceSha256: sha }).dropped).toEqual([]);
  });

  it('rewrites an existing descriptor unchanged when nothing changed', () => {
    const { descriptor, unknownFiles, dropped } = describeDataset({ existing, folderFiles, sourceSha256: sha });
    expect(formatDescriptor(descriptor)).toBe(committed);
    expect(unknownFiles).toEqual([]);
    expect(dropped).toEqual([]);
  });

  it('writes a descriptor that validates, with every standard CSV present sorted by name and schemas copied exactly', () => {
    const { descriptor } = describeDataset({ folderFiles, sourceSha256: sha, metadata });
    expect(descriptor.name).toBe('some-partnership-2030-31');
    expect(descriptor.resources.map((r) => r.name)).toEqual(['acronyms', 'board-members', 'context-indicators', 'context-values', 'figures']);
    expect(descriptor.resources[4]?.schema).toEqual(standardSchemas.figures);
    const text = formatDescriptor(descriptor);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "profile": "tabular-data-package",');
    expect(validateDataset({ descriptorText: text, files, sourceSha256: sha, folderFiles }).problems).toEqual([]);
  });

  it('keeps dataset-level metadata unless an option replaces it', () => {
    const withMeta = { ...existing, description: 'D', licenses: [{ name: 'OGL-UK-3.0', path: 'https://example.org/ogl', extra: 1 }], sources: [{ title: 'Report', path: 'https://example.org/r' }] };
    const kept = describeDataset({ existing: withMeta, folderFiles, sourceSha256: sha }).descriptor;
    expect(kept.description).toBe('D');
    expect(kept.licenses).toEqual([{ name: 'OGL-UK-3.0', path: 'https://example.org/ogl' }]);
    expect(kept.sources).toEqual([{ title: 'Report', path: 'https://example.org/r' }]);
    expect(kept.scpkit.partnership).toBe('Example');
    const replaced = describeDataset({ existing: withMeta, folderFiles, sourceSha256: sha, metadata: { title: 'New', period: '2031/32' } }).descriptor;
    expect([replaced.title, replaced.scpkit.period, replaced.name]).toEqual(['New', '2031/32', 'example-2030-31']);
  });

  it('leaves out CSVs that are not standard resources and reports them', () => {
    const result = describeDataset({ existing, folderFiles: [...folderFiles, 'notes.csv'], sourceSha256: sha });
    expect(result.unknownFiles).toEqual(['notes.csv']);
    expect(result.descriptor.resources).toHaveLength(5);
  });

  it('refuses to describe without title, partnership, period, source digest or any standard CSV', () => {
    expect(problems(() => describeDataset({ folderFiles }))).toEqual([
      'datapackage.json:title: invalid-descriptor',
      'datapackage.json:scpkit.partnership: invalid-descriptor',
      'datapackage.json:scpkit.period: invalid-descriptor',
      'datapackage.json:name: invalid-descriptor',
    ]);
    expect(problems(() => describeDataset({ folderFiles, metadata }))).toEqual(['source.txt:-: missing-file']);
    expect(problems(() => describeDataset({ folderFiles, metadata: { ...metadata, sourcePath: '../x.txt' }, sourceSha256: sha }))).toEqual(['datapackage.json:scpkit.source.path: invalid-descriptor']);
    expect(problems(() => describeDataset({ folderFiles: ['source.txt'], metadata, sourceSha256: sha }))).toEqual(['datapackage.json:resources: invalid-descriptor']);
  });

  it('writes, keeps and replaces scpkit.kind (comparators: figures read beside a report), and refuses a kind scpkit does not know', () => {
    const comparators = describeDataset({ folderFiles, sourceSha256: sha, metadata: { ...metadata, partnership: 'England', kind: 'comparators' } }).descriptor;
    expect(comparators.scpkit).toMatchObject({ format: '1.1', kind: 'comparators', partnership: 'England' });
    expect(Object.keys(comparators.scpkit)).toEqual(['format', 'kind', 'partnership', 'period', 'source']);
    // Kept on a rewrite without options, replaced by an option; absent when never given (a report).
    expect(describeDataset({ existing: comparators, folderFiles, sourceSha256: sha }).descriptor.scpkit.kind).toBe('comparators');
    expect(describeDataset({ existing: comparators, folderFiles, sourceSha256: sha, metadata: { kind: 'report' } }).descriptor.scpkit.kind).toBe('report');
    expect(describeDataset({ existing, folderFiles, sourceSha256: sha }).descriptor.scpkit.kind).toBeUndefined();
    // What it writes validates.
    expect(validateDataset({ descriptorText: formatDescriptor(comparators), files, sourceSha256: sha, folderFiles }).problems).toEqual([]);
    // An unknown kind in an existing descriptor is dropped and said so; given as an option it is refused.
    const unknown = describeDataset({ existing: { ...comparators, scpkit: { ...comparators.scpkit, kind: 'benchmark' } }, folderFiles, sourceSha256: sha });
    expect(unknown.descriptor.scpkit.kind).toBeUndefined();
    expect(unknown.dropped.map((d) => d.path)).toEqual(['scpkit.kind']);
    expect(problems(() => describeDataset({ folderFiles, sourceSha256: sha, metadata: { ...metadata, kind: 'benchmark' as 'report' } }))).toEqual(['datapackage.json:scpkit.kind: invalid-descriptor']);
  });

  it('validates a descriptor whatever the kind, for the kinds scpkit knows only', () => {
    const text = (kind: unknown) => formatDescriptor({ ...(JSON.parse(committed) as ReturnType<typeof describeDataset>['descriptor']), scpkit: { ...existing.scpkit, format: '1.1', kind } as never });
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom('report', 'comparators'), fc.string()), (kind) => {
        const found = validateDataset({ descriptorText: text(kind), files, sourceSha256: sha, folderFiles }).problems;
        return (kind === 'report' || kind === 'comparators') === (found.length === 0);
      }),
      { numRuns: 50 },
    );
  });

  it('gives the same text whatever the order of the folder listing', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(folderFiles, { minLength: folderFiles.length }), (shuffled) => formatDescriptor(describeDataset({ existing, folderFiles: shuffled, sourceSha256: sha }).descriptor) === committed),
      { numRuns: 30 },
    );
  });
});

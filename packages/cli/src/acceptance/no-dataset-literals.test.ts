// The boundary of issue 8: notebooks and package sources never name a partnership, a period or a
// dataset path; those come from the dataset and the parameters. The names to look for are read
// from the shipped datasets, so a new dataset extends the check by itself.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findDatasets, loadDataset } from '@scpkit/core/node';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const datasets = findDatasets(join(root, 'datasets')).map((dir) => loadDataset(dir));

/**
 * Partnership names, the other areas their reports name (England aside), and acronyms that expand
 * to one of them. A comparators dataset (`scpkit.kind: comparators`, e.g. England) names no
 * partnership: its area is a benchmark that code may name, like the England rows of a report.
 */
function partnershipNames(): string[] {
  const names = new Set<string>();
  for (const d of datasets) {
    if (d.descriptor.scpkit.kind === 'comparators') continue;
    names.add(d.descriptor.scpkit.partnership);
    for (const f of d.tables.figures ?? []) if (f.area !== null && f.area !== 'England') names.add(f.area);
  }
  for (const d of datasets) {
    for (const a of d.tables.acronyms ?? []) if ([...names].some((n) => a.expansion.includes(n))) names.add(a.acronym);
  }
  return [...names];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const names = partnershipNames();
const NAME = new RegExp(`\\b(?:${names.flatMap((n) => [escape(n), escape(n.toLowerCase().replace(/[^a-z0-9]+/g, '-'))]).join('|')})\\b`, 'i');
const PERIOD = /(?<![0-9])(?:19|20)[0-9]{2}[-/][0-9]{2}(?![0-9])/;
const DATASET_PATH = /datasets\/[a-z0-9-]+\/[a-z0-9]/;

/** Source without comments (TSDoc examples are documentation, not code). */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/(^|[^:])\/\/.*$/gm, '$1');
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name.startsWith('__') ? [] : sourceFiles(path);
    return /\.ts$/.test(name) && !/\.(test|test-support|test-data)\.ts$/.test(name) ? [path] : [];
  });
}

/** The lines of `text` matching `pattern`, as `file:line: text`. */
function hits(file: string, text: string, pattern: RegExp): string[] {
  return text.split('\n').flatMap((line, i) => (pattern.test(line) ? [`${relative(root, file)}:${i + 1}: ${line.trim().slice(0, 120)}`] : []));
}

describe('no partnership, period or dataset path in notebooks and package sources', () => {
  it('knows the names to look for from the shipped datasets', () => {
    expect(names.length).toBeGreaterThan(0);
    expect(NAME.test(datasets[0]!.descriptor.scpkit.partnership)).toBe(true);
    expect(PERIOD.test(datasets[0]!.descriptor.scpkit.period)).toBe(true);
  });

  it('package sources (comments aside) name none', () => {
    const found = readdirSync(join(root, 'packages')).flatMap((pkg) => {
      const src = join(root, 'packages', pkg, 'src');
      return sourceFiles(src).flatMap((file) => {
        const code = withoutComments(readFileSync(file, 'utf8'));
        return [...hits(file, code, NAME), ...hits(file, code, PERIOD), ...hits(file, code, DATASET_PATH)];
      });
    });
    expect(found).toEqual([]);
  });

  it('notebooks name none: no partnership anywhere, no period or dataset path in code, no period in text', () => {
    const dir = join(root, 'notebooks');
    const found = readdirSync(dir)
      .filter((n) => n.endsWith('.ipynb'))
      .flatMap((name) => {
        const file = join(dir, name);
        const cells = (JSON.parse(readFileSync(file, 'utf8')) as { cells: { cell_type: string; source: string | string[] }[] }).cells;
        return cells.flatMap((cell, i) => {
          const source = Array.isArray(cell.source) ? cell.source.join('') : cell.source;
          const where = `${file}#cell${i + 1}`;
          const patterns = cell.cell_type === 'code' ? [NAME, PERIOD, DATASET_PATH] : [NAME, PERIOD];
          return patterns.flatMap((p) => hits(where, source, p));
        });
      });
    expect(found).toEqual([]);
  });
});

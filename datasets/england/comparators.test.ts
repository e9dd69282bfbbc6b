// The England comparators (datasets/england/<period>/): each row quotes the excerpt it cites, a
// secondary source says so, the values carry the publisher's rounding, and the published rates agree
// with the published counts on the population basis each release states.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Figure } from '@scpkit/core';
import { findDatasets, loadDataset } from '@scpkit/core/node';

const root = fileURLToPath(new URL('.', import.meta.url));
const folders = findDatasets(root);

/** The numbered excerpts of a source.txt: `[n]` heading, the Publication/URL/Read/Source lines, the text between the ---- lines. */
function excerpts(source: string): Map<string, { header: string; text: string }> {
  const out = new Map<string, { header: string; text: string }>();
  for (const m of source.matchAll(/^\[([0-9]+)\]\n([\s\S]*?)\n----\n([\s\S]*?)\n----$/gm)) out.set(m[1]!, { header: m[2]!, text: m[3]! });
  return out;
}

/** Decimal places of a value as printed in the CSV. */
const decimals = (printed: string) => (printed.includes('.') ? printed.split('.')[1]!.length : 0);

/** The CSV cells of figures.csv's value column, by row, as written (for the printed precision). */
function printedValues(dir: string): string[] {
  const text = readFileSync(join(dir, 'figures.csv'), 'utf8');
  return loadDataset(dir).tables.figures!.map((f) => {
    const m = new RegExp(`^${f.id},[^\\n]*?,England,${f.period!.replace('/', '\\/')},([0-9.]+),`, 'm').exec(text);
    return m?.[1] ?? '';
  });
}

describe('datasets/england', () => {
  it('holds one comparators dataset per set of releases read, for England, with rows for England only', () => {
    expect(readdirSync(root).filter((n) => !n.includes('.')).sort()).toEqual(['2020-21', '2021-22']);
    expect(folders.map((d) => d.slice(root.length))).toEqual(['2020-21', '2021-22']);
    for (const dir of folders) {
      const d = loadDataset(dir);
      expect(d.descriptor.scpkit).toMatchObject({ kind: 'comparators', partnership: 'England', period: dir.slice(root.length).replace('-', '/') });
      expect(Object.keys(d.tables)).toEqual(['figures']);
      for (const f of d.tables.figures!) expect(f.area).toBe('England');
    }
  });

  describe.each(folders.map((dir) => [dir.slice(root.length), dir]))('%s', (_name, dir) => {
    const figures: readonly Figure[] = loadDataset(dir).tables.figures!;
    const byExcerpt = excerpts(readFileSync(join(dir, 'source.txt'), 'utf8'));

    it('gives every excerpt its publication, URL, date read and kind of source', () => {
      expect(byExcerpt.size).toBeGreaterThan(0);
      for (const [n, { header }] of byExcerpt) {
        expect(header, `[${n}]`).toMatch(/^Publication: .+\nURL: https:\/\/\S+\nRead: [0-9]{4}-[0-9]{2}-[0-9]{2}\nSource: (primary|secondary)\b.*$/);
      }
    });

    it('quotes each row from inside the excerpt its section names, and the quote prints the value', () => {
      for (const f of figures) {
        const excerpt = byExcerpt.get(f.section);
        expect(excerpt, `${f.id} ${f.period}`).toBeDefined();
        expect(excerpt!.text.includes(f.quote), `${f.id} ${f.period}`).toBe(true);
        const printed = f.value.toLocaleString('en-GB', { maximumFractionDigits: 1 });
        expect(f.quote.includes(printed), `${f.id} ${f.period}: ${printed} in ${JSON.stringify(f.quote)}`).toBe(true);
      }
    });

    it('says "secondary source" in the measure of exactly the rows quoting a secondary excerpt', () => {
      for (const f of figures) {
        const secondary = /\nSource: secondary/.test(byExcerpt.get(f.section)!.header);
        expect(f.measure.includes('secondary source'), `${f.id} ${f.period}`).toBe(secondary);
      }
    });

    it('carries the publisher rounding: England totals to the nearest 10, rates to at most one decimal place', () => {
      const printed = printedValues(dir);
      figures.forEach((f, i) => {
        if (f.unit === 'count') expect(f.value % 10, `${f.id} ${f.period}`).toBe(0);
        else {
          expect(f.unit).toBe('per-10000');
          expect(decimals(printed[i]!), `${f.id} ${f.period}`).toBeLessThanOrEqual(1);
        }
      });
    });
  });

  it('has rates that agree with their counts on the population the releases say they use', () => {
    // Child population (0-17) a rate implies: 10,000 × count / rate, with the count rounded to the
    // nearest 10 (±5) and the rate to its printed precision (±half a unit of the last digit).
    const implied = (count: number, rate: number, rateDecimals: number) => {
      const h = 0.5 * 10 ** -rateDecimals;
      return { low: (10_000 * (count - 5)) / (rate + h), high: (10_000 * (count + 5)) / (rate - h) };
    };
    const row = (folder: string, id: string, period: string) => {
      const dir = join(root, folder);
      const i = loadDataset(dir).tables.figures!.findIndex((f) => f.id === id && f.period === period);
      expect(i, `${folder} ${id} ${period}`).toBeGreaterThanOrEqual(0);
      return { value: loadDataset(dir).tables.figures![i]!.value, printed: printedValues(dir)[i]! };
    };
    const pair = (folder: string, id: string, period: string) => {
      const rate = row(folder, `${id}-rate-per-10000`, period);
      return implied(row(folder, id, period).value, rate.value, decimals(rate.printed));
    };
    // The 2022 children in need release: "The rates for 2022 have been calculated based on 2020 ONS
    // mid-year population estimates"; the 2021 releases used the estimates of 2021 (mid-2020) too.
    const mid2020 = [
      pair('2021-22', 'children-in-need', '2021/22'),
      pair('2021-22', 'children-in-need', '2020/21'),
      pair('2020-21', 'children-in-need', '2020/21'),
      pair('2020-21', 'looked-after-children', '2020/21'),
    ];
    const low = Math.max(...mid2020.map((p) => p.low));
    const high = Math.min(...mid2020.map((p) => p.high));
    expect(low).toBeLessThanOrEqual(high);
    expect(low).toBeGreaterThan(12_000_000);
    expect(high).toBeLessThan(12_200_000);
    // The 2022 looked-after release used mid-2021 estimates and says its rate is not comparable with
    // earlier years: its implied population lies below the mid-2020 one.
    expect(pair('2021-22', 'looked-after-children', '2021/22').high).toBeLessThan(low);
  });
});

// The England comparators (datasets/england/<period>/): each row quotes the excerpt it cites, a
// secondary source says so, a row read from a data file takes its value from the file's column for the
// measure on England's line of the row's year, the values carry the publisher's rounding, and the
// published rates agree with the published counts on the population basis each release states.
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

/** An excerpt read from a data file: the file's header line, then its lines (the DfE's EES column names). */
const isDataFile = (text: string) => text.startsWith('time_period,');

/** The cells of one line of a data-file excerpt (its files quote no commas inside a cell). */
const cells = (line: string) => line.split(',');

/** The data-file column that holds each measure's value (DfE's underlying data files). */
const COLUMN: Readonly<Record<string, string>> = {
  'children-in-need': 'At31_episodes',
  'children-in-need-rate-per-10000': 'At31_episodes_rate',
  'referrals-statutory-social-care': 'Referrals',
  'referrals-statutory-social-care-rate-per-10000': 'Referrals_rate',
  'section-47-enquiries': 'Section47',
  'child-protection-plans': 'CPP_At31',
};

/** Whether `text` prints `value`: as the page prints it (en-GB, thousands separators) or as a data file does. */
function prints(text: string, value: number): boolean {
  const forms = [value.toLocaleString('en-GB', { maximumFractionDigits: 1 }), String(value)];
  return forms.some((form) => new RegExp(`(^|[^0-9.,])${form.replace(/[.]/g, '\\.')}([^0-9]|[.,][^0-9]|[.,]?$)`).test(text));
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
        expect(prints(f.quote, f.value), `${f.id} ${f.period}: ${f.value} in ${JSON.stringify(f.quote)}`).toBe(true);
      }
    });

    it('reads a row quoting a data file from the measure\'s column of England\'s line for the row\'s year, and says which file', () => {
      // The quote of such a row runs from the value's cell to the end of its line (dataset validation
      // reads a number only where no digit, point or comma stands before it): exactly one line of the
      // excerpt ends with it, and the cell it starts at is the measure's column.
      const fromFiles = figures.filter((f) => isDataFile(byExcerpt.get(f.section)!.text));
      for (const f of fromFiles) {
        const [head, ...lines] = byExcerpt.get(f.section)!.text.split('\n');
        const header = cells(head!);
        const matching = lines.filter((l) => l.endsWith(`,${f.quote}`));
        expect(matching.length, `${f.id} ${f.period}: one line ends with the quote`).toBe(1);
        const line = cells(matching[0]!);
        expect(line.length, `${f.id} ${f.period}`).toBe(header.length);
        const column = line.length - cells(f.quote).length;
        const cell = (name: string) => line[header.indexOf(name)];
        expect(cell('geographic_level'), `${f.id} ${f.period}`).toBe('National');
        expect(cell('country_name'), `${f.id} ${f.period}`).toBe('England');
        // A period "2021/22" is DfE's reporting year 2022 (the year ending 31 March 2022).
        expect(cell('time_period'), `${f.id} ${f.period}`).toBe(`20${f.period!.slice(-2)}`);
        expect(COLUMN[f.id], `${f.id}: a column for the measure`).toBeDefined();
        expect(header[column], `${f.id} ${f.period}: the quote starts at the measure's column`).toBe(COLUMN[f.id]);
        expect(Number(line[column]), `${f.id} ${f.period}`).toBe(f.value);
        expect(f.measure, `${f.id} ${f.period}`).toMatch(/as the department's reporting year 20[0-9]{2} data file prints it/);
        const release = /reporting year (20[0-9]{2}) data file/.exec(f.measure)![1];
        expect(byExcerpt.get(f.section)!.header, `${f.id} ${f.period}`).toContain(`Children in need, reporting year ${release} release: underlying data file`);
      }
      if (fromFiles.length > 0) expect(fromFiles.every((f) => !byExcerpt.get(f.section)!.header.includes('\nSource: secondary'))).toBe(true);
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
      // Referrals in 2020/21 as the reporting year 2023 data file prints them: that release kept the 2021
      // rates on the earlier estimates (the test below), so this rate implies the mid-2020 population too.
      pair('2020-21', 'referrals-statutory-social-care', '2020/21'),
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

  it('takes 2021 rates, and no 2022 rate, from the later data files: they kept the 2021 rates and revised 2022\'s', () => {
    // The reporting year 2023 children in need file (B1, in both folders) prints England's children in
    // need rate at 31 March for 2013 to 2021 exactly as the 2021 release's table does, and a 2022 rate
    // other than the 2022 release's: so its 2021 rates are on the 2021 release's population basis and
    // its 2022 rates are not on the 2022 release's.
    const folder = (name: string) => {
      const dir = join(root, name);
      return { figures: loadDataset(dir).tables.figures!, byExcerpt: excerpts(readFileSync(join(dir, 'source.txt'), 'utf8')) };
    };
    const b1Rates = (byExcerpt: Map<string, { header: string; text: string }>) => {
      const file = [...byExcerpt.values()].find((e) => e.header.includes('underlying data file b1_children_in_need_'));
      expect(file).toBeDefined();
      const [head, ...rows] = file!.text.split('\n');
      const header = cells(head!);
      const col = (name: string) => header.indexOf(name);
      return new Map(rows.map((r) => cells(r)).map((c) => [c[col('time_period')]!, c[col('At31_episodes_rate')]!]));
    };
    const y2021 = folder('2020-21');
    const y2022 = folder('2021-22');
    for (const f of [y2021, y2022]) expect(b1Rates(f.byExcerpt)).toEqual(b1Rates(y2021.byExcerpt));
    // The 2021 release's table of children in need: a row of years and a row "Rate | ... |".
    const cin = y2021.byExcerpt.get(y2021.figures.find((f) => f.id === 'children-in-need-rate-per-10000')!.section)!.text.split('\n');
    const years = cin.find((l) => /^2013 \| /.test(l))!.split(/\s*\|\s*/).filter((c) => /^[0-9]{4}$/.test(c));
    const rates = cin.find((l) => l.startsWith('Rate | '))!.split(/\s*\|\s*/).slice(1).filter((c) => c !== '');
    expect(years.length).toBeGreaterThanOrEqual(9);
    const file = b1Rates(y2021.byExcerpt);
    years.forEach((year, i) => expect(Number(file.get(year)), year).toBe(Number(rates[i])));
    const published2022 = y2022.figures.find((f) => f.id === 'children-in-need-rate-per-10000' && f.period === '2021/22')!.value;
    expect(Number(file.get('2022'))).not.toBe(published2022);
    // Its counts of children in need at 31 March are the 2022 release's, for 2022 and 2021: the later
    // files' counts, unlike their 2022 rates, are the ones the 2022 release published.
    const b1Counts = (() => {
      const e = [...y2022.byExcerpt.values()].find((x) => x.header.includes('underlying data file b1_children_in_need_'))!;
      const [head, ...rows] = e.text.split('\n');
      const header = cells(head!);
      return new Map(rows.map((r) => cells(r)).map((c) => [c[header.indexOf('time_period')]!, Number(c[header.indexOf('At31_episodes')])]));
    })();
    for (const period of ['2021/22', '2020/21']) {
      const count = y2022.figures.find((f) => f.id === 'children-in-need' && f.period === period)!.value;
      expect(b1Counts.get(`20${period.slice(-2)}`), period).toBe(count);
    }
    // So no 2021/22 rate in either folder comes from a data file.
    for (const f of [y2021, y2022]) {
      for (const r of f.figures) if (r.unit === 'per-10000' && isDataFile(f.byExcerpt.get(r.section)!.text)) expect(r.period).toBe('2020/21');
    }
  });
});

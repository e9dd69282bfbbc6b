import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { financialYearStart } from '../change/financial-year.js';
import { formatDescriptor, describeDataset } from '../dataset/describe-dataset.js';
import { REPORT_FORMAT_VERSION } from '../dataset/data-package.js';
import { standardSchemas, type StandardResourceName } from '../dataset/schemas/index.js';
import { DESCRIPTOR_FILE } from '../dataset/validate-dataset.js';
import { InvalidInputError } from '../errors/index.js';
import { sha256OfFile } from './read-dataset-folder.js';

/**
 * What {@link initDataset} needs: whose report, for which financial year, and where.
 *
 * @example
 * import { mkdtempSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { basename, join } from 'node:path';
 * const options: InitDatasetOptions = { partnership: 'East Riding', period: '2023/24', dir: mkdtempSync(join(tmpdir(), 'scpkit-')) };
 * basename(initDataset(options).folder); // => '2023-24'
 */
export interface InitDatasetOptions {
  /** The partnership's name as its report prints it, e.g. "Example". */
  readonly partnership: string;
  /** The report's financial year, `YYYY/YY`. */
  readonly period: string;
  /** Folder the partnership's folder goes in (default `datasets`, relative to the working directory). */
  readonly dir?: string;
  /** Folder the README's commands are written relative to (default: the process's working directory). */
  readonly cwd?: string;
  /** Title of the report (default "<partnership> Safeguarding Children Partnership annual report <period>", without repeating "Partnership"). */
  readonly title?: string;
}

/**
 * The folder {@link initDataset} wrote and the files in it.
 *
 * @example
 * import { mkdtempSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join, relative } from 'node:path';
 * const dir = mkdtempSync(join(tmpdir(), 'scpkit-'));
 * const made: InitializedDataset = initDataset({ partnership: 'East Riding', period: '2023/24', dir });
 * [relative(dir, made.folder), made.files.includes('source.txt')]; // => ['east-riding/2023-24', true]
 */
export interface InitializedDataset {
  readonly folder: string;
  readonly files: readonly string[];
}

/** The source text file a new dataset's quotes must come from. */
const SOURCE_FILE = 'source.txt';

/**
 * A folder name: lower-case words joined by `-` ("East Riding" -> "east-riding", "2021/22" -> "2021-22").
 *
 * @example
 * folderSlug('East Riding'); // => 'east-riding'
 * folderSlug('2021/22'); // => '2021-22'
 * folderSlug('Bath & North East Somerset'); // => 'bath-north-east-somerset'
 */
export function folderSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Writes a new, empty report dataset `<dir>/<partnership>/<period>/` in the report format
 * (`datasets/FORMAT.md`): a header-only CSV for every standard resource (the claims register
 * included), an empty `source.txt` for the report's text, the full `datapackage.json` and a
 * `README.md` saying what to fill. `scpkit validate` passes on it and says it is empty.
 *
 * @example
 * import { mkdtempSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join, relative } from 'node:path';
 * const dir = mkdtempSync(join(tmpdir(), 'scpkit-'));
 * const made = initDataset({ partnership: 'Example', period: '2022/23', dir });
 * relative(dir, made.folder); // => 'example/2022-23'
 * [made.files[0], made.files.at(-1), made.files.includes('datapackage.json')]; // => ['README.md', 'source.txt', true]
 * @throws {InvalidInputError} for a blank partnership, a period that is not `YYYY/YY`, or a folder that exists and is not empty.
 */
export function initDataset(options: InitDatasetOptions): InitializedDataset {
  const fn = 'initDataset';
  const partnership = typeof options.partnership === 'string' ? options.partnership.trim() : '';
  if (partnership === '' || folderSlug(partnership) === '') throw new InvalidInputError(fn, 'partnership', options.partnership, 'must be the partnership name (letters or digits)');
  financialYearStart(options.period, fn, 'period');
  const folder = join(options.dir ?? 'datasets', folderSlug(partnership), folderSlug(options.period));
  if (existsSync(folder) && readdirSync(folder).length > 0) throw new InvalidInputError(fn, 'dir', resolve(folder), 'already holds files: initDataset never overwrites a dataset');
  mkdirSync(folder, { recursive: true });

  const resources = Object.keys(standardSchemas).sort() as StandardResourceName[];
  for (const name of resources) {
    writeFileSync(join(folder, `${name}.csv`), `${standardSchemas[name].fields.map((f) => f.name).join(',')}\n`);
  }
  writeFileSync(join(folder, SOURCE_FILE), '');
  const title = options.title ?? `${/partnership$/i.test(partnership) ? partnership : `${partnership} Safeguarding Children Partnership`} annual report ${options.period}`;
  const { descriptor } = describeDataset({
    folderFiles: [...resources.map((r) => `${r}.csv`), SOURCE_FILE],
    sourceSha256: sha256OfFile(join(folder, SOURCE_FILE))!,
    metadata: { title, partnership, period: options.period, sourcePath: SOURCE_FILE },
  });
  writeFileSync(join(folder, DESCRIPTOR_FILE), formatDescriptor(descriptor));
  writeFileSync(join(folder, 'README.md'), readme(title, relative(options.cwd ?? process.cwd(), folder).split(sep).join('/') || '.', resources));
  return { folder, files: readdirSync(folder).sort() };
}

function readme(title: string, folder: string, resources: readonly StandardResourceName[]): string {
  const lines = [
    `# ${title}`,
    '',
    `A report dataset in the scpkit report format ${REPORT_FORMAT_VERSION} (see datasets/FORMAT.md in the scpkit repository), written by \`scpkit init\`. Every CSV has its header and no rows yet.`,
    '',
    '## What to fill',
    '',
    `1. Paste the report's text into \`${SOURCE_FILE}\` (the text of the PDF, as exported). Every row of every CSV quotes it.`,
    `2. Run \`scpkit describe ${folder}\` to record the text's checksum in \`${DESCRIPTOR_FILE}\`.`,
    '3. Fill the CSVs you have figures for; leave the others header-only (the notebooks skip what they need and do not find). Each row gives the `section` it is printed in and a verbatim `quote` of the text that prints it.',
    '4. Add a row to `claims.csv` for each statement the report makes about its own numbers (a percentage, an arrow, "N of M", a total), referring to the rows it rests on.',
    `5. Disclosure: every resource of \`${DESCRIPTOR_FILE}\` says \`"disclosure": "protect"\`, so counts from 1 to 5 and what can be worked out from them are shown as \`[c]\` in every figure, table and notebook output. Change a resource to \`"published"\` only when all its figures are already public (printed in the published report). \`scpkit check-disclosure ${folder}\` lists what would be withheld.`,
    `6. Check and use it: \`scpkit validate ${folder}\`, \`scpkit audit ${folder}\`, \`scpkit reproduce --dataset ${folder}\`.`,
    '',
    '## The files',
    '',
    '| file | holds |',
    '| --- | --- |',
    ...resources.map((r) => `| \`${r}.csv\` | ${firstSentence(standardSchemaDescription(r))} |`),
    `| \`${SOURCE_FILE}\` | the report's text, which every quote must occur in |`,
    '',
    'Measure ids (`figures.csv` `id`) name the measure, never the period or the area: use the same id every year, so reports line up into series. Ids already used by other partnerships are listed in datasets/README.md.',
    '',
  ];
  return lines.join('\n');
}

const RESOURCE_PURPOSE: Readonly<Record<StandardResourceName, string>> = {
  acronyms: 'the glossary: each acronym and its expansion as printed',
  'board-members': 'the board membership list, with "From"/"To" months where printed',
  'budget-lines': 'every income and expenditure line of each budget statement, in whole pounds',
  'budget-statements': 'each budget statement (actual, projected) with its financial year',
  'budget-totals': 'the printed totals of each side of each budget statement',
  'chart-series': 'the data of the report’s own charts (a chart id, its printed title, each label and value)',
  claims: 'the claims register: statements the report makes about its numbers, with the rows they rest on',
  'context-indicators': 'the safeguarding-context indicators, their group, printed arrow and stated % change',
  'context-values': 'the value of each context indicator for each financial year printed',
  figures: 'every other printed number: one row per measure, area and period',
  'partnership-groups': 'the partnership’s groups and who each reports to',
  priorities: 'the partnership’s priorities and their leads',
  'quarterly-indicators': 'the quarterly performance dashboard: each indicator’s value in each quarter, with its group, unit, better direction and target',
  escalations: 'the indicators escalated (e.g. by the QA subgroup to the steering group), with the reason, action and outcome as printed',
};

function standardSchemaDescription(resource: StandardResourceName): string {
  return RESOURCE_PURPOSE[resource];
}

function firstSentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

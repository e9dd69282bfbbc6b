// Every exported function of @scpkit/core, called with hostile arguments, either throws a typed
// ScpkitError or returns a result with no NaN or Infinity in it: never a TypeError, a RangeError or
// a silent NaN. The functions are enumerated from the package entry, so a new export is covered
// (and the "valid call" test below fails until a valid call is given for it here).
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actual2021, projected2022 } from './budget/budget-fixtures.test-support.js';
import { budgetLine, chartPoint, claim, contextValue, dataset, figure } from './claims/synthetic-dataset.test-support.js';
import * as core from './index.js';

const { ScpkitError } = core;
type AnyFunction = (...args: unknown[]) => unknown;

function isClass(value: unknown): boolean {
  return typeof value === 'function' && /^class[\s{]/.test(Function.prototype.toString.call(value));
}

const exported: [string, AnyFunction][] = Object.entries(core)
  .filter(([, value]) => typeof value === 'function' && !isClass(value))
  .map(([name, value]) => [name, value as AnyFunction]);

// ---- hostile values ------------------------------------------------------------------------
const sparse = [1, , 3, 4]; // eslint-disable-line no-sparse-arrays
const hostileValues: readonly unknown[] = [
  null,
  undefined,
  Number.NaN,
  Infinity,
  -Infinity,
  -0,
  1e308,
  -1e308,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  2 ** 53 + 2,
  -(2 ** 60),
  1e21,
  0.9999999999999999,
  1,
  0,
  -1,
  1.5,
  '',
  '9'.repeat(400),
  'x'.repeat(100_000),
  'NaN',
  '\uFEFF\u0000',
  true,
  10n,
  [],
  sparse,
  new Array(3),
  [Number.NaN],
  [null],
  [1e308, -1e308, 1e308],
  [-1e308, 1e308],
  {},
  { value: 'x' },
  { length: 5 },
  Object.create(null),
  () => 1,
];

const hostileOptions: readonly Record<string, unknown>[] = [
  { confidence: 0 },
  { confidence: 1 },
  { confidence: 0.9999999999999999 },
  { confidence: 1 - 1e-13 },
  { confidence: Number.NaN },
  { confidence: '0.95' },
  { method: 'bogus' },
  { multiplier: 1e308 },
  { multiplier: Number.MIN_VALUE },
  { per: 1e308 },
  { per: Number.MIN_VALUE },
  { digits: 1e9 },
  { digits: -0 },
  { unit: 'bogus' },
  { polarity: 'bogus' },
  { improvement: 'bogus' },
  { rounding: 'bogus' },
  { tolerance: 1e308 },
  { hedgeMargin: Number.NaN },
  { screenOutliers: 'yes' },
  { rebaseAt: [1e308] },
  { baselineLength: 1e308 },
  { flatWithin: { percent: Number.NaN } },
  { direction: null },
  { sign: 'bogus' },
];

// ---- one valid call of each export (the hostile calls vary one argument of it) -------------------
const BASE = new URL('./dataset/__corpus__/valid/base/', import.meta.url);
const baseFiles = new Map(readdirSync(BASE).map((name) => [name, readFileSync(new URL(name, BASE), 'utf8')]));
const datasetInput = { descriptorText: baseFiles.get('datapackage.json'), files: baseFiles };
// One claim of every kind, each with what it needs, so a hostile value reaches every check.
const claimsDataset = dataset({
  figures: [
    figure('a', 13_218),
    figure('b', 17_011),
    figure('p1', 25),
    figure('p2', 75),
    figure('hundred', 100),
    figure('conference', 210, { qualifier: 'over' }),
  ],
  'context-values': [contextValue('contacts', '2020/21', 13_218), contextValue('contacts', '2021/22', 17_011)],
  'chart-series': [chartPoint('c', 1, 'first', 9), chartPoint('c', 2, 'second', 5), chartPoint('c', 3, 'third', 2)],
  'budget-lines': [budgetLine('s', 'income', 1, 100), budgetLine('s', 'income', 2, 50)],
  claims: [
    claim({ id: 'change', kind: 'percent-change', stated: '29%', stated_value: 29, references: 'from=context-values:contacts@2020/21; to=context-values:contacts@2021/22' }),
    claim({ id: 'arrow', kind: 'direction', stated: '↑', references: 'from=figures:a; to=figures:b' }),
    claim({ id: 'words', kind: 'comparison', stated: 'higher', references: 'from=figures:a; to=figures:b' }),
    claim({ id: 'share-of-whole', kind: 'share', stated: '38%', stated_value: 38, references: 'whole=figures:b' }),
    claim({ id: 'share', kind: 'share', stated: '25%', stated_value: 25, references: 'part=figures:p1; whole=figures:hundred' }),
    claim({ id: 'share-of-part', kind: 'share', stated: '34%', stated_value: 34, references: 'part=figures:p1' }),
    claim({ id: 'count', kind: 'count-of', stated: '25 have returned', stated_value: 25, references: 'whole=figures:hundred' }),
    claim({ id: 'total', kind: 'total', stated: '£150', stated_value: 150, references: 'part=budget-lines:s/income/*' }),
    claim({ id: 'difference', kind: 'difference', stated: '50', stated_value: 50, references: 'whole=figures:p2; part=figures:p1' }),
    claim({ id: 'rate', kind: 'rate', stated: '25%', stated_value: 25, references: 'numerator=figures:p1; denominator=figures:hundred' }),
    claim({ id: 'average', kind: 'average', stated: 'averaging 50', stated_value: 50, references: 'part=figures:p1; part=figures:p2' }),
    claim({ id: 'ranking', kind: 'ranking', stated: 'the one most common', stated_value: 1, references: 'item=chart-series:c#1; among=chart-series:c#*' }),
    claim({ id: 'cross', kind: 'cross-check', stated: 'over 200', stated_value: 200, references: 'other=figures:conference' }),
  ],
});
const results = core.auditClaims(claimsDataset);
/** A dataset for the review checks: every check finds something in it (see review/*.test.ts for what). */
const reviewData = {
  tables: {
    figures: [
      figure('custody', 11, { period: '2021/21' }),
      figure('deaths', 17, { period: 'Apr 2020 - Mar 2021' }),
      figure('offenders-change-percent', -36, { unit: 'percent-change', quote: 'a reduction of -36% in offenders' }),
      figure('late', 19, { period: 'Q1 2020/21' }),
      figure('late', 7, { period: 'Q2 2021/22' }),
      figure('late-at-home', 9, { period: 'Q2 2021/22' }),
    ],
    'budget-lines': [budgetLine('s', 'income', 1, 100), budgetLine('s', 'income', 2, null)],
    'budget-totals': [{ statement: 's', side: 'income' as const, amount: 100, section: '9.C', quote: 'Total' }],
    'board-members': [
      { position: 1, name: 'A', board_role: null, title: 'Lead Member', role: 'Lead Member', organisation: 'Sussex CCGs', from: null, to: '2021-05', section: '9.B', quote: 'A' },
      { position: 2, name: 'B', board_role: null, title: 'Lead Member', role: 'Lead Member', organisation: 'Sussex CCG', from: null, to: '2021-07', section: '9.B', quote: 'B' },
    ],
    acronyms: [{ acronym: 'CRG', expansion: 'Case Review Subgroup', section: '9.E', quote: 'CRG' }],
    'chart-series': [chartPoint('themes', 1, 'Child learing needs', 2), chartPoint('types', 1, 'Criminal Exploitation', 1), chartPoint('themes', 2, 'Criminal exploitation', 1)],
    claims: [claim({ id: 'late-fall', kind: 'comparison', stated: 'fall', references: 'from=figures:late@Q1 2020/21; to=figures:late@Q2 2021/22' })],
  },
  descriptor: { scpkit: { period: '2021/22' } },
  source: { text: `1. Introduction\nSee section 2 (Budget). The Case Review Group (CRG) met.\n2. Budget\n${'learning '.repeat(10)}\nChild learing needs\n` },
};
const findings = core.reviewFindings(reviewData);
const interval = { value: 10, lower: 8, upper: 12, confidence: 0.95 };
const estimate = { value: 10, ci95: { lower: 8, upper: 12 }, ci998: { lower: 6, upper: 14 } };
const series = [1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1];
const contextSchema = core.standardSchemas['context-values'];
/** A report dataset as parseDataset gives it (as the `report()` helper of indicator-series.test.ts builds it). */
function reportDataset(period: string, previous: string, values: readonly [number, number], referrals: number): core.Dataset {
  const figures = [
    figure('cdop-deaths', 17, { period: 'Apr 2020 - Mar 2021' }),
    figure('cdop-deaths', 54, { area: 'Sussex', period: 'Apr 2020 - Mar 2021' }),
    figure('home-safety-referrals', referrals - 9, { period: previous }),
    figure('home-safety-referrals', referrals, { period: `end of ${period}` }),
  ];
  const contextValues = [contextValue('contacts', previous, values[0]), contextValue('contacts', period, values[1])];
  const chart = [chartPoint('abuse-types', 1, 'Neglect', 9), chartPoint('abuse-types', 2, 'Physical', 5)];
  return {
    descriptor: { name: `northby-${period.replace('/', '-')}`, title: `Northby ${period}`, scpkit: { format: '1.0', partnership: 'Northby', period }, resources: [] },
    tables: {
      figures,
      'context-values': contextValues,
      'context-indicators': [{ indicator: 'contacts', group: null, label: 'Contacts', arrow: 'up', stated_change_percent: 29, section: '3', quote: 'Contacts' }],
      'chart-series': chart,
    },
    otherTables: {},
    rowNumbers: { figures: figures.map((_, i) => i + 2), 'context-values': contextValues.map((_, i) => i + 2), 'chart-series': chart.map((_, i) => i + 2) },
    missing: {},
    source: undefined,
  } as unknown as core.Dataset;
}
/** A dataset with a quarterly dashboard of one indicator, four quarters (one not available). */
const quarterlyDataset = {
  ...reportDataset('2021/22', '2020/21', [13_218, 17_011], 302),
  tables: {
    'quarterly-indicators': ['Q2 2021/22', 'Q1 2021/22', 'Q3 2021/22', 'Q4 2021/22'].map((period, i) => ({
      indicator: 're-referrals', label: 'Re-referrals (%)', group: 'Impact', period, value: i === 3 ? null : 20 + i, unit: 'percent', improvement: 'decrease', target: 22, section: '8', quote: 'q',
    })),
  },
  rowNumbers: { 'quarterly-indicators': [2, 3, 4, 5] },
  missing: { 'quarterly-indicators': [{}, {}, {}, { value: '[x]' }] },
} as unknown as core.Dataset;
const report2021 = reportDataset('2021/22', '2020/21', [13_218, 17_011], 302);
const report2022 = reportDataset('2022/23', '2021/22', [17_020, 16_500], 310);
const table = { rowLabels: ['Neglect', 'Emotional abuse'], columnLabels: ['Under 5', '5 to 17'], cells: [[3, 40], [12, 25]] };
const breaches = [1199, 929, 970, 1178, 1110, 1388, 2061, 1985, 2675, 3141, 1942, 2030, 1309, 1960, 1169, 1117, 1085, 1492, 1280, 1197, 1569, 1406, 1328, 1564];

const validCalls: Record<string, readonly unknown[]> = {
  absent: ['figures.csv has no row for measure "cdop-deaths"'],
  allFound: [{ a: core.found(1), b: core.found('x') }],
  arrowFor: ['up'],
  assuranceClass: [{ lower: 740, upper: 2350 }, 1200, 'decrease'],
  auditClaims: [claimsDataset, {}],
  budgetStatements: [[actual2021().statement], actual2021().lines, actual2021().totals],
  budgetVariance: [actual2021(), projected2022()],
  byarsInterval: [65, 0.95],
  carryForwardChain: [[projected2022(), actual2021()]],
  categoryShares: [{ a: 10, b: 30 }, { multiplier: 100 }],
  checkBudgetStatement: [actual2021()],
  childDeathRate: [17, 106_575, {}],
  childProtectionPlanRate: [525, 106_575, {}],
  claimRegisterProblems: [claimsDataset, {}],
  checkLinkedFigures: [reviewData],
  checkPeriods: [reviewData],
  checkCrossReferences: [reviewData],
  checkPlausibility: [reviewData],
  checkPeople: [reviewData],
  checkNames: [reviewData],
  checkOtherDocument: [
    reviewData,
    { name: 'cover', title: 'Cover report', url: 'https://example.org', date: '2022-12-13', text: 'o 12 late reports', claims: [claim({ id: 'cover-late', kind: 'cross-check', stated: '12', stated_value: 12, references: 'other=figures:late@Q2 2021/22', quote: '12 late reports' })] },
  ],
  reportHeadings: ['1. Introduction\nSee section 2 (Budget).\n2. Budget\n'],
  countFindings: [findings],
  compareWithBenchmark: [estimate, 9, { polarity: 'higher-is-better' }],
  confidenceLevelLabel: [0.95],
  parsePeriod: ['Q2 2021/22'],
  reviewFindings: [reviewData],
  convertCell: ['1234', 'integer', ['', '[x]']],
  countClaimStatuses: [results],
  countRangeConsistentWith: [35, 514, 0],
  countsConsistentWith: [35, 514, 0],
  denominatorRangeConsistentWith: [27, 34, 0],
  denominatorsConsistentWith: [27, 34, 0],
  describeDataset: [{ folderFiles: ['context-values.csv', 'source.txt'], sourceSha256: 'a'.repeat(64), metadata: { title: 'T', partnership: 'P', period: '2030/31' } }],
  describeEntry: [{ kind: 'cell', row: 0, column: 1, rowLabel: 'Neglect', columnLabel: '5 to 17' }],
  describeFigureSelector: [{ id: 'cdop-deaths', area: 'Sussex', period: 'Apr 2020 - Mar 2021' }],
  direction: [13_218, 17_011, {}],
  directionOfArrow: ['↑'],
  directionOfWords: ['an increase'],
  escalationCandidates: [
    [
      { indicator: 'Breaches', group: 'A&E', improvement: 'decrease', target: 1200, values: breaches.slice(0, 10), periods: breaches.slice(0, 10).map((_, i) => `M${i + 1}`) },
      { indicator: 'Rate', group: 'B', improvement: 'increase', target: 7, values: [5, 6, 5, 6, 5, 6] },
    ],
    { includeHitAndMissFailing: true, runLength: 7, screenOutliers: false, digits: 1, yearOnYearPercent: 20, periodsPerYear: 4 },
  ],
  exactPoissonInterval: [5, 0.95],
  financialYearOf: ['end of 2021/22'],
  quarterIndex: ['Q3 2021/22'],
  quarterlySeries: [quarterlyDataset],
  findDisclosureRisks: [{ rowLabels: ['Neglect'], columnLabels: ['Under 5', '5 to 17'], cells: [['[c]', 40]], rowTotals: [43], columnTotals: ['[c]', 40], grandTotal: 43 }, { min: 1, max: 5 }],
  financialYearStart: ['2021/22'],
  formatClaimProblem: [{ claim: 'c', row: 2, field: 'kind', code: 'unknown-kind', message: 'bad' }],
  formatDatasetProblem: [{ file: 'f.csv', row: 2, field: 'value', code: 'type-mismatch', message: 'bad' }],
  formatDescriptor: [JSON.parse(baseFiles.get('datapackage.json') ?? '{}')],
  formatFigure: [29.4, { unit: 'percent' }],
  found: [17],
  groupClaimsByStatus: [results],
  hedgeInterval: [200, 'over', 0.1],
  hedgeOf: ['just over 200'],
  indicatorSeries: [[report2022, report2021]],
  isSuppressionSymbol: ['[c]'],
  keyFields: [['a', 'b']],
  lookedAfterChildrenRate: [612, 106_575, {}],
  modifiableFactorsChange: [{ withFactors: 27, reviewed: 80 }, { withFactors: 36, reviewed: 80 }, {}],
  modifiableFactorsShare: [27, 80, {}],
  normaliseLineLabel: ['  Carry\tfwd  '],
  parseClaimReference: ['from=figures:a'],
  parseClaimReferences: ['from=figures:a; to=figures:b'],
  parseCsv: ['a,b\n1,2\n', 'f.csv'],
  parseDataset: [datasetInput],
  percentChange: [13_218, 17_011],
  changeShown: [64, 1_500, 'GBP'],
  claimStatusLabel: ['consistent-after-rounding'],
  periodIsYear: ['end of 2021/22', '2021/22'],
  periodStartYear: ['Q1 2020/21'],
  pointsInShift: [series, 2, 7],
  pointsInTrend: [series, 7],
  pointsInTwoOfThreeNearLimits: [series, { mean: 0, lower: -3, upper: 3, nearLower: -2, nearUpper: 2 }],
  pointsOutsideLimits: [series, { lower: -3, upper: 7 }],
  printedNumbers: ['27 (34%)'],
  proportionDifferenceWithCI: [56, 70, 48, 80, { confidence: 0.95 }],
  proportionWithCI: [65, 100, { confidence: 0.95 }],
  protectDataset: [report2021, { min: 1, max: 5 }],
  protectTable: [table, { min: 1, max: 5 }],
  ratePer10k: [525, 106_575, {}],
  rateCIMethodLabel: ['byars'],
  rateWithCI: [17, 106_575, { per: 100_000, confidence: 0.95 }],
  reconcileBudget: [actual2021()],
  referralRate: [4_169, 106_575, {}],
  renderDataDictionary: [],
  replaceDataDictionary: [`x\n${core.DATA_DICTIONARY_START}\nold\n${core.DATA_DICTIONARY_END}\n`, 'NEW'],
  redactSmallNumbers: ['3 of the 8 reviews', { min: 1, max: 5 }],
  reportLookup: [report2021],
  resourceDisclosure: [report2021, 'figures'],
  resolveClaimAuditOptions: [{ rounding: 'half-up' }],
  resolveReference: [claimsDataset, core.parseClaimReference('from=figures:a')],
  roundHalfUp: [7.65, 1],
  roundPrinted: [28.97, 0, 'truncate'],
  selectFigures: [report2021.tables.figures, { id: 'cdop-deaths', area: null, period: 'Apr 2020 - Mar 2021' }],
  share: [6, 25],
  spcSummary: [breaches, { improvement: 'decrease', target: 1200, runLength: 7, baseline: 12, rebase: ['M13'], periods: breaches.map((_, i) => `M${i + 1}`), screenOutliers: true }],
  statedVsComputedPoints: [results],
  suppressDerived: [(part: number, whole: number) => core.share(part, whole), 6, 25],
  suppressSmallCounts: [[0, 3, 12, '[x]', '[c]'], { min: 1, max: 5 }],
  validateDataset: [datasetInput],
  validateTable: [{ file: 'context-values.csv', text: baseFiles.get('context-values.csv'), schema: contextSchema }],
  variationClass: [{ rule: 'outside-limits', side: 'high' }, 'increase'],
  wilsonInterval: [65, 100, 0.95],
  xmr: [series, { improvement: 'increase' }],
  xmrColumns: [series, { shiftRunLength: 6 }],
  xmrLimits: [series, {}],
  xmrPanel: [new Float64Array([...series, ...series]), series.length, { screenOutliers: true }],
  yearOnYear: [
    [{ indicator: 'contacts', label: 'Contacts', group: null, arrow: 'up', stated_change_percent: 29 }],
    [
      { indicator: 'contacts', period: '2020/21', value: 13_218 },
      { indicator: 'contacts', period: '2021/22', value: 17_011 },
    ],
    {},
  ],
};
void interval;

// ---- the check -----------------------------------------------------------------------------
/** The first NaN or ±Infinity in `value` (a path), or null. Cycle-safe. */
function nonFinitePath(value: unknown, path = 'result', seen = new Set<unknown>()): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? null : `${path} = ${value}`;
  if (value === null || typeof value !== 'object' || seen.has(value)) return null;
  seen.add(value);
  const entries: [string, unknown][] =
    value instanceof Map ? [...value.entries()].map(([k, v]) => [String(k), v]) : value instanceof Set ? [...value].map((v, i) => [String(i), v]) : Object.entries(value);
  for (const [key, child] of entries) {
    const found = nonFinitePath(child, `${path}.${key}`, seen);
    if (found !== null) return found;
  }
  return null;
}

function describeArgs(args: readonly unknown[]): string {
  return args
    .map((a) => {
      if (typeof a === 'string') return a.length > 40 ? `"${a.slice(0, 20)}…" (${a.length} chars)` : JSON.stringify(a);
      if (typeof a === 'bigint') return `${a}n`;
      if (typeof a === 'function') return 'function';
      if (typeof a === 'number') return Object.is(a, -0) ? '-0' : String(a);
      if (Array.isArray(a) && a.length > 20) return `[${a.length} items]`;
      try {
        const text = JSON.stringify(a, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : typeof v === 'bigint' ? `${v}n` : v));
        return text === undefined ? String(a) : text.length > 120 ? `${text.slice(0, 120)}…` : text;
      } catch {
        return Object.prototype.toString.call(a);
      }
    })
    .join(', ');
}

/** Undefined when the call behaves (typed error or finite result), else what went wrong. */
function misbehaviour(name: string, fn: AnyFunction, args: readonly unknown[]): string | undefined {
  let result: unknown;
  try {
    result = fn(...args);
  } catch (error) {
    if (error instanceof ScpkitError) return undefined;
    return `${name}(${describeArgs(args)}) threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`;
  }
  const bad = nonFinitePath(result);
  return bad === null ? undefined : `${name}(${describeArgs(args)}) returned ${bad}`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}

/** The valid call with one argument (or one option, or one array item) replaced by a hostile value. */
function hostileTuples(valid: readonly unknown[], arity: number): unknown[][] {
  const tuples: unknown[][] = [];
  const length = Math.max(valid.length, arity);
  for (let i = 0; i < length; i += 1) {
    for (const h of hostileValues) {
      const t = [...valid];
      t[i] = h;
      tuples.push(t);
    }
    const arg = valid[i];
    if (isPlainObject(arg)) {
      for (const o of hostileOptions) tuples.push(valid.map((v, j) => (j === i ? { ...arg, ...o } : v)));
      for (const key of Object.keys(arg)) {
        for (const h of hostileValues) tuples.push(valid.map((v, j) => (j === i ? { ...arg, [key]: h } : v)));
      }
    }
    if (Array.isArray(arg) && arg.length > 0) {
      for (const h of hostileValues) tuples.push(valid.map((v, j) => (j === i ? [h, ...arg.slice(1)] : v)));
      const first = arg[0];
      if (isPlainObject(first)) {
        for (const key of Object.keys(first)) {
          for (const h of hostileValues) tuples.push(valid.map((v, j) => (j === i ? [{ ...first, [key]: h }, ...arg.slice(1)] : v)));
        }
      }
    }
  }
  // Deeper: every nested field of the valid arguments (a record of a dataset's table, a line of a
  // budget statement, an item of a series), each replaced by a few of the hostile values.
  for (const path of nestedPaths(valid)) {
    for (const h of deepHostileValues) tuples.push(setAt(valid, path, h) as unknown[]);
  }
  // An options argument the valid call leaves out.
  if (valid.length < arity + 1) for (const o of hostileOptions) tuples.push([...valid, o]);
  return tuples;
}

/** The values put in nested places (fewer than at the top level, as there are many places). */
const deepHostileValues: readonly unknown[] = [null, undefined, Number.NaN, Infinity, -1e308, 1e308, 2 ** 53 + 2, -1, 1.5, '', 'x'.repeat(10_000), 10n, {}, [], sparse];

/** Paths (keys from the top) to every value nested in plain objects and arrays, at most `limit` of them. */
function nestedPaths(value: unknown, limit = 600): (string | number)[][] {
  const paths: (string | number)[][] = [];
  const walk = (node: unknown, path: (string | number)[]): void => {
    if (paths.length >= limit || path.length > 5) return;
    const children: [string | number, unknown][] = Array.isArray(node)
      ? node.slice(0, 16).map((v, i) => [i, v])
      : isPlainObject(node)
        ? Object.entries(node)
        : [];
    for (const [key, child] of children) {
      const at = [...path, key];
      if (path.length > 0) paths.push(at); // top-level arguments are varied above
      walk(child, at);
    }
  };
  walk(value, []);
  return paths;
}

/** A copy of `root` with the value at `path` replaced (copies along the path only). */
function setAt(root: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [key, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(root)) {
    const copy = [...root];
    copy[key as number] = setAt(root[key as number], rest, value);
    return copy;
  }
  const object = root as Record<string, unknown>;
  return { ...object, [key]: setAt(object[key as string], rest, value) };
}

describe('every export of @scpkit/core, given hostile arguments', () => {
  it('has a valid call listed here for every exported function (add one for a new export)', () => {
    expect(exported.length).toBeGreaterThan(50);
    expect(exported.map(([name]) => name).filter((name) => !(name in validCalls))).toEqual([]);
  });

  it('reaches every claim check: the claims dataset audits to a verdict for each kind', () => {
    expect(results.map((r) => `${r.id}: ${r.status}`)).toEqual([
      'change: consistent-after-rounding',
      'arrow: consistent',
      'words: consistent',
      'share-of-whole: consistent-after-rounding',
      'share: consistent',
      'share-of-part: unverifiable',
      'count: consistent',
      'total: consistent',
      'difference: consistent',
      'rate: consistent',
      'average: consistent',
      'ranking: consistent',
      'cross: consistent',
    ]);
  });

  it.each(exported)('%s: valid call gives a finite result', (name, fn) => {
    const args = validCalls[name] ?? [];
    let result: unknown;
    expect(() => {
      result = fn(...args);
    }).not.toThrow();
    expect(nonFinitePath(result)).toBeNull();
  });

  it.each(exported)('%s: throws a typed error or returns finite numbers', (name, fn) => {
    const valid = validCalls[name] ?? [];
    const failures = new Set<string>();
    for (const args of hostileTuples(valid, fn.length)) {
      const bad = misbehaviour(name, fn, args);
      if (bad !== undefined) failures.add(bad);
    }
    // and random mixes of hostile values in every position
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...hostileValues, ...hostileOptions), { minLength: 0, maxLength: Math.max(valid.length, fn.length) + 1 }), (args) => {
        const bad = misbehaviour(name, fn, args);
        if (bad !== undefined) failures.add(bad);
      }),
      { numRuns: 60, seed: 9 },
    );
    expect([...failures].slice(0, 15)).toEqual([]);
  });
});

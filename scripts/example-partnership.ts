// The example partnership: a SYNTHETIC quarterly performance dashboard (issue 13), made by a
// deterministic generator so the dashboard, its SPC and its browser tests have a partnership with
// the 60 indicators in five groups that a real report describes but never prints.
//
//   npx tsx scripts/example-partnership.ts <dataset folder>     (after npm run build)
//
// writes the folder's files: quarterly-indicators.csv, escalations.csv, source.txt (this generator's
// own description of every series: the text the rows quote), README.md and datapackage.json.
// Nothing here is real data. `datasets/example-synthetic/<period>/generator.test.ts` checks that the
// committed folder is exactly what `exampleFiles()` gives.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describeDataset, formatDescriptor } from '@scpkit/core';

/** The seed of the example partnership. Changing it changes every unplanted series. */
export const EXAMPLE_SEED = 20240401;
/** Financial year of the first quarter. */
export const EXAMPLE_FIRST_YEAR = 2018;
/** Quarters per series: Q1 of the first year to Q4 of the fifth. */
export const EXAMPLE_QUARTERS = 20;

export const EXAMPLE_PARTNERSHIP = 'Example Partnership (synthetic)';
const LABEL = 'SYNTHETIC DATA';
const SECTION_INDICATORS = '2';
const SECTION_ESCALATIONS = '3';

type Unit = 'count' | 'percent' | 'rate-per-10k' | 'weeks';
type Improvement = 'increase' | 'decrease' | 'neutral';

/** What is planted in a series, for the acceptance tests; `random` is the generator's noise alone. */
export type Planted = 'shift' | 'trend' | 'outlier' | 'quiet' | 'failing' | 'random';

/** One synthetic indicator: how it is described and how its values are made. */
export interface ExampleIndicator {
  readonly indicator: string;
  readonly label: string;
  readonly group: string;
  readonly unit: Unit;
  readonly improvement: Improvement;
  readonly target?: number;
  /** Level and noise (standard deviation) of the series. */
  readonly level: number;
  readonly noise: number;
  readonly planted: Planted;
  /** Quarters (0-based) whose value is not available (`[x]`). */
  readonly missing?: readonly number[];
}

const G1 = 'Impact of multi-agency practice';
const G2 = 'Children supported by statutory services';
const G3 = 'Children with family related vulnerabilities';
const G4 = 'Children with health-related vulnerabilities';
const G5 = 'Children whose actions place them at risk';

const i = (
  indicator: string,
  label: string,
  group: string,
  unit: Unit,
  improvement: Improvement,
  level: number,
  noise: number,
  more: Partial<Pick<ExampleIndicator, 'target' | 'planted' | 'missing'>> = {},
): ExampleIndicator => ({ indicator, label, group, unit, improvement, level, noise, planted: more.planted ?? 'random', ...more });

/** The 60 indicators: 12 in each of the five groups a partnership's performance dashboard presents. */
export const EXAMPLE_INDICATORS: readonly ExampleIndicator[] = [
  i('family-contacts', 'Family contacts to the front door', G1, 'count', 'neutral', 3400, 160),
  i('contacts-progressing-to-referral-percent', 'Contacts progressing to a referral (%)', G1, 'percent', 'neutral', 24, 1.6),
  i('referrals-statutory-social-care', 'Referrals to statutory social care', G1, 'count', 'neutral', 1050, 60),
  i('re-referrals-12-months-percent', 'Re-referrals within 12 months (%)', G1, 'percent', 'decrease', 22, 0.6, { planted: 'shift' }),
  i('early-help-referrals', 'Referrals to Early Help', G1, 'count', 'neutral', 880, 55),
  i('early-help-assessments-45-days-percent', 'Early Help assessments completed within 45 days (%)', G1, 'percent', 'increase', 74, 1.1, { planted: 'trend' }),
  i('strategy-discussions-in-timescale-percent', 'Strategy discussions held within timescale (%)', G1, 'percent', 'increase', 88, 1.4, { planted: 'quiet', target: 80 }),
  i('section-47-enquiries', 'Section 47 enquiries started', G1, 'count', 'neutral', 310, 22),
  i('initial-conferences-15-days-percent', 'Initial child protection conferences within 15 working days (%)', G1, 'percent', 'increase', 76, 1.8, { planted: 'failing', target: 90 }),
  i('assessments-45-days-percent', 'Social care assessments completed within 45 days (%)', G1, 'percent', 'increase', 86, 2.2, { target: 85 }),
  i('privately-fostered-children', 'Privately fostered children', G1, 'count', 'neutral', 30, 4),
  i('lado-referrals', 'Referrals to the Local Authority Designated Officer', G1, 'count', 'neutral', 95, 9),

  i('child-protection-plans', 'Children with a child protection plan', G2, 'count', 'neutral', 520, 24),
  i('child-protection-plans-rate-per-10k', 'Child protection plans per 10,000 children', G2, 'rate-per-10k', 'neutral', 48, 2.2),
  i('child-protection-plans-second-time-percent', 'Plans for a second or subsequent time (%)', G2, 'percent', 'decrease', 21, 2.4, { target: 23 }),
  i('child-protection-plans-over-2-years', 'Plans lasting two years or more', G2, 'count', 'decrease', 14, 3),
  i('looked-after-children', 'Looked after children', G2, 'count', 'neutral', 615, 14),
  i('looked-after-children-rate-per-10k', 'Looked after children per 10,000 children', G2, 'rate-per-10k', 'neutral', 57, 1.3),
  i('looked-after-three-placements-percent', 'Looked after children with three or more placements in a year (%)', G2, 'percent', 'decrease', 9, 1.1, { target: 10 }),
  i('looked-after-health-assessments-percent', 'Looked after children health assessments on time (%)', G2, 'percent', 'increase', 89, 2.4, { target: 90 }),
  i('care-leavers-in-touch-percent', 'Care leavers in touch (%)', G2, 'percent', 'increase', 93, 1.5, { target: 90 }),
  i('care-leavers-in-education-employment-percent', 'Care leavers in education, employment or training (%)', G2, 'percent', 'increase', 58, 3),
  i('unaccompanied-asylum-seeking-children', 'Unaccompanied asylum-seeking children looked after', G2, 'count', 'neutral', 48, 6),
  i('children-in-need-rate-per-10k', 'Children in need per 10,000 children', G2, 'rate-per-10k', 'neutral', 310, 9),

  i('children-living-with-domestic-abuse', 'Children in households discussed at MARAC', G3, 'count', 'neutral', 520, 40),
  i('marac-repeat-referrals-percent', 'Repeat referrals to MARAC (%)', G3, 'percent', 'decrease', 28, 2.5),
  i('young-carers-assessments', 'Assessments identifying a young carer', G3, 'count', 'neutral', 85, 9),
  i('children-educated-at-home', 'Children electively home educated', G3, 'count', 'neutral', 1250, 45),
  i('children-missing-education', 'Children missing education', G3, 'count', 'decrease', 160, 15),
  i('permanent-exclusions', 'Permanent exclusions', G3, 'count', 'decrease', 18, 4),
  i('suspensions-rate-per-10k', 'Suspensions per 10,000 pupils', G3, 'rate-per-10k', 'decrease', 130, 12),
  i('free-school-meals-percent', 'Pupils eligible for free school meals (%)', G3, 'percent', 'neutral', 19, 0.8),
  i('parental-substance-misuse-assessments', 'Assessments naming parental substance misuse', G3, 'count', 'neutral', 140, 14),
  i('parental-mental-health-assessments', 'Assessments naming parental mental health', G3, 'count', 'neutral', 260, 20),
  i('homeless-families-with-children', 'Homeless households with children', G3, 'count', 'decrease', 110, 11),
  i('persistent-absence-percent', 'Pupils persistently absent (%)', G3, 'percent', 'decrease', 14, 1.2),

  i('disabled-children-with-plan', 'Children with disabilities with a child protection plan', G4, 'count', 'neutral', 20, 3),
  i('ae-attendances-self-harm', 'A&E attendances for self-harm, under 18', G4, 'count', 'decrease', 130, 14),
  i('camhs-referrals', 'Referrals to child and adolescent mental health services', G4, 'count', 'neutral', 800, 60),
  i('camhs-waiting-weeks', 'Median wait for a first CAMHS appointment (weeks)', G4, 'weeks', 'decrease', 14, 1.6, { target: 18 }),
  i('new-birth-visits-14-days-percent', 'New birth visits within 14 days (%)', G4, 'percent', 'increase', 91, 2, { target: 90 }),
  i('smoking-at-delivery-percent', 'Mothers smoking at delivery (%)', G4, 'percent', 'decrease', 11, 0.9),
  i('breastfeeding-6-8-weeks-percent', 'Babies breastfed at 6 to 8 weeks (%)', G4, 'percent', 'increase', 52, 2.5),
  i('under-5s-ae-accident-attendances', 'A&E attendances after an accident, under 5', G4, 'count', 'decrease', 1400, 90),
  i('injury-admissions-rate-per-10k', 'Emergency admissions for injury per 10,000 children', G4, 'rate-per-10k', 'decrease', 24, 2),
  i('mmr2-uptake-percent', 'Second dose of MMR by age 5 (%)', G4, 'percent', 'increase', 88, 1.3, { target: 95 }),
  i('school-nurse-referrals', 'Referrals to school nursing', G4, 'count', 'neutral', 420, 35),
  i('under-18-conceptions-rate-per-10k', 'Under-18 conceptions per 10,000 girls aged 15 to 17', G4, 'rate-per-10k', 'decrease', 42, 4),

  i('missing-episodes', 'Missing episodes', G5, 'count', 'decrease', 350, 28),
  i('children-missing', 'Children reported missing', G5, 'count', 'decrease', 140, 12),
  i('return-home-interviews-72-hours-percent', 'Return home interviews within 72 hours (%)', G5, 'percent', 'increase', 78, 3, { target: 80 }),
  i('high-risk-child-exploitation', 'Children at high risk of exploitation', G5, 'count', 'decrease', 16, 2.5),
  i('overnight-police-custody', 'Children held overnight in police custody', G5, 'count', 'decrease', 14, 1.6, { planted: 'outlier' }),
  i('first-time-entrants-youth-justice', 'First-time entrants to the youth justice system', G5, 'count', 'decrease', 25, 4),
  i('youth-reoffending-percent', 'Young people reoffending within 12 months (%)', G5, 'percent', 'decrease', 34, 3),
  i('sexual-offences-against-children', 'Sexual offences recorded against children', G5, 'count', 'decrease', 120, 12),
  i('online-harm-referrals', 'Referrals about online harm', G5, 'count', 'neutral', 60, 8),
  i('knife-offences-under-18', 'Knife offences by under-18s', G5, 'count', 'decrease', 22, 4),
  i('births-to-under-18s', 'Births to mothers under 18', G5, 'count', 'decrease', 13, 2.2, { missing: [EXAMPLE_QUARTERS - 1] }),
  i('children-in-secure-units', 'Children in secure units', G5, 'count', 'decrease', 11, 1.8),
];

/** Quarter `n` (0-based) from Q1 of `firstYear`, as `Qn YYYY/YY`. */
export function quarterLabel(firstYear: number, n: number): string {
  const year = firstYear + Math.floor(n / 4);
  return `Q${(n % 4) + 1} ${year}/${String((year + 1) % 100).padStart(2, '0')}`;
}

/** mulberry32: a small, well-known 32-bit generator (Tommy Ettinger, 2017); deterministic for a seed. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a hash of a text, so each indicator has its own stream (adding one leaves the others alone). */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < text.length; k += 1) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193) >>> 0;
  return h;
}

/** Standard normal draws (Box-Muller) from a uniform stream. */
function normals(uniform: () => number): () => number {
  return () => {
    const u = 1 - uniform();
    const v = uniform();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
}

/** Where the planted changes start: the shift and the trend from quarter 12, the outlier at quarter 14. */
export const PLANTED_AT = { shift: 12, trend: 12, outlier: 14 } as const;
const SHIFT_STEP = 3.2; // percentage points, about five noise deviations
const TREND_STEP = 1.5; // percentage points a quarter
const OUTLIER_EXCESS = 14; // children above the level

function rounded(value: number, unit: Unit): number {
  if (unit === 'count') return Math.max(0, Math.round(value));
  const tenth = Math.round(value * 10) / 10;
  return unit === 'percent' ? Math.min(100, Math.max(0, tenth)) : Math.max(0, tenth);
}

/** The values of one indicator (null where missing), from `seed`. */
export function exampleValues(x: ExampleIndicator, seed = EXAMPLE_SEED, quarters = EXAMPLE_QUARTERS): (number | null)[] {
  const z = normals(mulberry32(seed ^ fnv1a(x.indicator)));
  return Array.from({ length: quarters }, (_, n) => {
    const noise = z();
    let value = x.level + x.noise * noise;
    if (x.planted === 'shift' && n >= PLANTED_AT.shift) value += SHIFT_STEP;
    // The trend: rising by a fixed step with a tenth of the noise, so every point is above the one before.
    if (x.planted === 'trend' && n >= PLANTED_AT.trend) value = x.level + TREND_STEP * (n - PLANTED_AT.trend + 1) + 0.1 * x.noise * noise;
    if (x.planted === 'outlier' && n === PLANTED_AT.outlier) value = x.level + OUTLIER_EXCESS;
    return x.missing?.includes(n) ? null : rounded(value, x.unit);
  });
}

function plantedText(x: ExampleIndicator, firstYear: number): string {
  const at = (n: number) => quarterLabel(firstYear, n);
  switch (x.planted) {
    case 'shift':
      return `planted: a shift of +${SHIFT_STEP} from ${at(PLANTED_AT.shift)} on`;
    case 'trend':
      return `planted: a rise of ${TREND_STEP} a quarter from ${at(PLANTED_AT.trend)} on`;
    case 'outlier':
      return `planted: a single outlier of +${OUTLIER_EXCESS} in ${at(PLANTED_AT.outlier)}`;
    case 'quiet':
      return 'planted: nothing (noise alone; should trigger no rule)';
    case 'failing':
      return 'planted: a level well short of its target';
    default:
      return 'noise alone';
  }
}

/** The line of source.txt that describes an indicator: the quote of each of its rows. */
function indicatorLine(x: ExampleIndicator, firstYear: number): string {
  const better = x.improvement === 'neutral' ? 'neither direction better' : `${x.improvement === 'increase' ? 'higher' : 'lower'} is better`;
  const target = x.target === undefined ? '' : `, target ${x.target}`;
  return `${x.indicator} (${x.unit}, ${better}${target}; level ${x.level}, noise sd ${x.noise}): ${plantedText(x, firstYear)}.`;
}

/** The synthetic escalations: what a QA subgroup might have recorded, written by this generator. */
function exampleEscalations(firstYear: number): { indicator: string; period: string; reason: string; action: string; outcome: string }[] {
  const last = EXAMPLE_QUARTERS - 1;
  return [
    {
      indicator: 're-referrals-12-months-percent',
      period: quarterLabel(firstYear, last - 1),
      reason: `Re-referrals within 12 months have stayed above their earlier average since ${quarterLabel(firstYear, PLANTED_AT.shift)}`,
      action: 'The QA subgroup asked the front door service for a dip-sample audit of re-referred families',
      outcome: 'The audit is due at the next quarterly review',
    },
    {
      indicator: 'initial-conferences-15-days-percent',
      period: quarterLabel(firstYear, last),
      reason: 'Initial child protection conferences are consistently short of the 90% target',
      action: 'The steering group asked the safeguarding unit for a plan to book conferences earlier',
      outcome: '',
    },
  ];
}

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\n') + '\n';
}

/** Every file of the example partnership's folder, by name, for `seed`. The same seed gives the same bytes. */
export function exampleFiles(seed = EXAMPLE_SEED, firstYear = EXAMPLE_FIRST_YEAR): Map<string, string> {
  const lastYear = firstYear + Math.floor((EXAMPLE_QUARTERS - 1) / 4);
  const period = `${lastYear}/${String((lastYear + 1) % 100).padStart(2, '0')}`;
  const escalations = exampleEscalations(firstYear);
  const title = `${EXAMPLE_PARTNERSHIP}: quarterly performance dashboard ${period} (${LABEL}, not a real partnership)`;

  const source = [
    `${LABEL}: ${EXAMPLE_PARTNERSHIP}`,
    '',
    '1. What this is',
    `This folder is synthetic: no partnership, child or service is real. scripts/example-partnership.ts generated it with seed ${seed}`,
    `(mulberry32 streams, one per indicator, normal noise by Box-Muller), ${EXAMPLE_QUARTERS} quarters from ${quarterLabel(firstYear, 0)} to ${quarterLabel(firstYear, EXAMPLE_QUARTERS - 1)}.`,
    'A real report has a text the data quotes; this one has none, so this text is the generator\'s own description of what it made:',
    'each row of quarterly-indicators.csv quotes the line of section 2 that describes its indicator, and each row of escalations.csv',
    'quotes its line of section 3. Percentages are rounded to one decimal place, counts to whole numbers; [x] marks a quarter not available.',
    '',
    '2. Indicators (60, in five groups)',
    ...EXAMPLE_INDICATORS.map((x) => indicatorLine(x, firstYear)),
    '',
    '3. Escalations recorded (synthetic)',
    ...escalations.map((e) => `${e.indicator}, ${e.period}: ${e.reason}. Action: ${e.action}.${e.outcome === '' ? '' : ` Outcome: ${e.outcome}.`}`),
    '',
  ].join('\n');

  const quarterly = csv(
    ['indicator', 'label', 'group', 'period', 'value', 'unit', 'improvement', 'target', 'section', 'quote'],
    EXAMPLE_INDICATORS.flatMap((x) => {
      const quote = indicatorLine(x, firstYear);
      return exampleValues(x, seed).map((value, n) => [x.indicator, x.label, x.group, quarterLabel(firstYear, n), value ?? '[x]', x.unit, x.improvement, x.target ?? null, SECTION_INDICATORS, quote]);
    }),
  );
  const escalationsCsv = csv(
    ['indicator', 'period', 'reason', 'action', 'outcome', 'section', 'quote'],
    escalations.map((e) => [e.indicator, e.period, e.reason, e.action, e.outcome === '' ? null : e.outcome, SECTION_ESCALATIONS, `${e.indicator}, ${e.period}: ${e.reason}.`]),
  );
  const readme = [
    `# ${EXAMPLE_PARTNERSHIP}: ${LABEL}`,
    '',
    `**Synthetic.** Not a real partnership: every value was generated by \`scripts/example-partnership.ts\` with seed ${seed}, to show`,
    '`scpkit dashboard` (statistical process control on a quarterly performance dashboard) on a partnership with the',
    '60 indicators in five groups that annual reports describe but do not print. Regenerate it with',
    '',
    '```sh',
    'npm run build && npx tsx scripts/example-partnership.ts <this folder>',
    '```',
    '',
    '`generator.test.ts` checks that the committed files are exactly what the generator writes. Planted, for the tests:',
    `a shift (\`re-referrals-12-months-percent\`, from ${quarterLabel(firstYear, PLANTED_AT.shift)}), a trend (\`early-help-assessments-45-days-percent\`,`,
    `from ${quarterLabel(firstYear, PLANTED_AT.trend)}), a single outlier (\`overnight-police-custody\`, ${quarterLabel(firstYear, PLANTED_AT.outlier)}), a quiet series that should`,
    'trigger nothing (`strategy-discussions-in-timescale-percent`) and one well short of its target (`initial-conferences-15-days-percent`);',
    'the other 55 are noise around a level. Provenance: `source.txt` is the generator\'s own description of each series, and every',
    'row quotes its line there (datasets/FORMAT.md, "Synthetic datasets").',
    '',
  ].join('\n');

  const files = new Map<string, string>([
    ['escalations.csv', escalationsCsv],
    ['quarterly-indicators.csv', quarterly],
    ['source.txt', source],
    ['README.md', readme],
  ]);
  const { descriptor } = describeDataset({
    folderFiles: [...files.keys()],
    sourceSha256: createHash('sha256').update(source, 'utf8').digest('hex'),
    metadata: {
      name: `example-synthetic-${period.replace('/', '-')}`,
      title,
      description: `${LABEL}. A synthetic partnership made by scripts/example-partnership.ts (seed ${seed}) to demonstrate the quarterly dashboard; no value is real.`,
      partnership: EXAMPLE_PARTNERSHIP,
      period,
      sourcePath: 'source.txt',
    },
  });
  files.set('datapackage.json', formatDescriptor(descriptor));
  return files;
}

/** Writes {@link exampleFiles} into `dir` (created if need be). */
export function writeExample(dir: string, seed = EXAMPLE_SEED): string[] {
  mkdirSync(dir, { recursive: true });
  const files = exampleFiles(seed);
  for (const [name, text] of files) writeFileSync(join(dir, name), text);
  return [...files.keys()];
}

const invoked = process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname);
if (invoked) {
  const dir = process.argv[2];
  if (dir === undefined || process.argv.length > 3) {
    process.stderr.write('Usage: npx tsx scripts/example-partnership.ts <dataset folder>\n');
    process.exitCode = 2;
  } else {
    for (const name of writeExample(dir)) process.stdout.write(`wrote ${join(dir, name)}\n`);
  }
}

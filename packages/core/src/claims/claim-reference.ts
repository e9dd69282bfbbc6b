import { standardSchemas, type StandardResourceName } from '../dataset/index.js';
import { ScpkitError } from '../errors/index.js';
import { assertString } from '../stats/validate-input.js';

/**
 * Roles a reference can play in a claim (which roles each kind uses is in `claimKindRoles`):
 * `from`/`to` the two figures of a change or comparison, `part`/`whole` of a share, total or
 * difference, `numerator`/`denominator` of a rate, `item` a named item of a ranking and `among` the
 * items it is ranked among, `other` the same quantity printed elsewhere (cross-check), and `stated`
 * the dataset cell that already holds the claim's printed value (it must agree with `stated_value`).
 *
 * @example
 * claimReferenceRoles.length; // => 10
 */
export const claimReferenceRoles = ['from', 'to', 'part', 'whole', 'numerator', 'denominator', 'item', 'among', 'other', 'stated'] as const;

/**
 * One of {@link claimReferenceRoles}.
 *
 * @example
 * const role: ClaimReferenceRole = parseClaimReference('whole=context-values:child-protection-plans@2021/22').role;
 * role; // => 'whole'
 */
export type ClaimReferenceRole = (typeof claimReferenceRoles)[number];

/**
 * 1-based positions: one (`3`), a range (`1..9`, both ends included) or every position (`*`).
 *
 * @example
 * const selector = parseClaimReference('part=budget-lines:actual/income/1..5').selector as { positions: PositionRange };
 * selector.positions; // => { first: 1, last: 5 }
 */
export type PositionRange = { readonly first: number; readonly last: number } | 'all';

/**
 * What a reference selects, by resource.
 *
 * @example
 * const selector: ReferenceSelector = parseClaimReference('stated=budget-totals:actual/income').selector;
 * selector; // => { type: 'budget-total', statement: 'actual', side: 'income' }
 */
export type ReferenceSelector =
  | { readonly type: 'figure'; readonly id: string; readonly area?: string | null; readonly period?: string }
  | { readonly type: 'context-value'; readonly indicator: string; readonly period: string }
  | { readonly type: 'indicator-field'; readonly indicator: string; readonly field: 'change' | 'arrow' }
  | { readonly type: 'budget-line'; readonly statement: string; readonly side: 'income' | 'expenditure'; readonly positions: PositionRange }
  | { readonly type: 'budget-total'; readonly statement: string; readonly side: 'income' | 'expenditure' }
  | { readonly type: 'chart-point'; readonly chart: string; readonly positions: PositionRange }
  | { readonly type: 'row-count'; readonly field: string | null; readonly value: string | null };

/**
 * A parsed `role=resource:selector` reference; `target` is its `resource:selector` text.
 *
 * @example
 * const reference: ClaimReference = parseClaimReference(' from = context-values:family-contacts@2020/21 ');
 * [reference.role, reference.resource, reference.target]; // => ['from', 'context-values', 'context-values:family-contacts@2020/21']
 */
export interface ClaimReference {
  readonly role: ClaimReferenceRole;
  readonly resource: StandardResourceName;
  readonly selector: ReferenceSelector;
  readonly target: string;
}

/**
 * Thrown for a reference that does not follow the grammar of {@link parseClaimReferences}.
 *
 * @example
 * parseClaimReference('from=context-values'); // throws ClaimReferenceError
 */
export class ClaimReferenceError extends ScpkitError {
  readonly reference: string;
  readonly problemCode: 'bad-reference' | 'unknown-resource';

  constructor(reference: string, problem: string, problemCode: 'bad-reference' | 'unknown-resource' = 'bad-reference') {
    super('claim-reference-invalid', `reference ${JSON.stringify(reference)}: ${problem}`);
    this.reference = reference;
    this.problemCode = problemCode;
  }
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const PERIOD = /^[0-9]{4}\/[0-9]{2}$/;
const COUNT = /^count\((?:([A-Za-z_][A-Za-z0-9_]*)=(.*))?\)$/;
const POSITIONS = /^(?:\*|([1-9][0-9]*)(?:\.\.([1-9][0-9]*))?)$/;

const GRAMMAR = [
  'figures:<id>[~<area>][@<period>]',
  'context-values:<indicator>@<YYYY/YY>',
  'context-indicators:<indicator>#change | #arrow',
  'budget-lines:<statement>/<income|expenditure>/<positions>',
  'budget-totals:<statement>/<income|expenditure>',
  'chart-series:<chart id>#<positions>',
  '<any resource>:count() | count(<field>=<value>)',
].join(', ');

/**
 * Parses the `references` cell of a claims register row: references separated by `;`, each
 * `role=resource:selector` (spaces around `;` and `=` are ignored). Selectors by resource:
 *
 * | reference | selects |
 * |---|---|
 * | `figures:<id>` | the measure's one row: its `value` (and its printed `qualifier`) |
 * | `figures:<id>@<period>` / `figures:<id>~<area>@<period>` | the row for that period (the period cell as written) and area (`~` alone: the partnership's own, an empty area cell) |
 * | `context-values:<indicator>@<YYYY/YY>` | the indicator's value for that year |
 * | `context-indicators:<indicator>#change` / `#arrow` | the printed % change / the printed arrow |
 * | `budget-lines:<statement>/<side>/<positions>` | line amounts; a missing amount ("Not yet advised") stays missing |
 * | `budget-totals:<statement>/<side>` | the printed total of a side |
 * | `chart-series:<chart id>#<positions>` | chart values |
 * | `<resource>:count()` / `count(<field>=<value>)` | the number of rows (whose field equals value) |
 *
 * `<positions>` is `3`, `1..9` or `*` (every position, in order); only the roles `part`, `item`,
 * `among` and `other` may select several values.
 * Example: `from=context-values:family-contacts@2020/21; to=context-values:family-contacts@2021/22`.
 *
 * @example
 * parseClaimReferences('from=context-values:family-contacts@2020/21; to=context-values:family-contacts@2021/22').map((r) => [r.role, r.target]);
 * // => [['from', 'context-values:family-contacts@2020/21'], ['to', 'context-values:family-contacts@2021/22']]
 * parseClaimReferences(null); // => []
 * @param text - the cell; `null` or blank means no references.
 * @throws {ClaimReferenceError} naming the first reference that does not parse.
 */
export function parseClaimReferences(text: string | null): ClaimReference[] {
  if (text !== null) assertString('parseClaimReferences', 'text', text);
  if (text === null || text.trim() === '') return [];
  return text.split(';').map((part) => parseClaimReference(part));
}

/**
 * Parses one `role=resource:selector` reference; see {@link parseClaimReferences}.
 *
 * @example
 * parseClaimReference('to=context-values:family-contacts@2021/22').selector; // => { type: 'context-value', indicator: 'family-contacts', period: '2021/22' }
 * parseClaimReference('total=figures:x'); // throws ClaimReferenceError
 */
export function parseClaimReference(text: string): ClaimReference {
  assertString('parseClaimReference', 'text', text);
  const trimmed = text.trim();
  const equals = trimmed.indexOf('=');
  if (equals <= 0) throw new ClaimReferenceError(trimmed, `must be role=resource:selector with a role from ${claimReferenceRoles.join(', ')}`);
  const role = trimmed.slice(0, equals).trim();
  if (!(claimReferenceRoles as readonly string[]).includes(role)) {
    throw new ClaimReferenceError(trimmed, `unknown role "${role}" (roles: ${claimReferenceRoles.join(', ')})`);
  }
  const target = trimmed.slice(equals + 1).trim();
  const colon = target.indexOf(':');
  if (colon <= 0) throw new ClaimReferenceError(trimmed, `target must be resource:selector (${GRAMMAR})`);
  const resource = target.slice(0, colon);
  const selectorText = target.slice(colon + 1);
  if (!Object.hasOwn(standardSchemas, resource)) {
    throw new ClaimReferenceError(trimmed, `unknown resource "${resource}" (resources: ${Object.keys(standardSchemas).join(', ')})`, 'unknown-resource');
  }
  const name = resource as StandardResourceName;
  const selector = parseSelector(trimmed, name, selectorText);
  return { role: role as ClaimReferenceRole, resource: name, selector, target };
}

function parseSelector(reference: string, resource: StandardResourceName, text: string): ReferenceSelector {
  const count = COUNT.exec(text);
  if (count !== null) {
    const field = count[1] ?? null;
    if (field !== null && !standardSchemas[resource].fields.some((f) => f.name === field)) {
      throw new ClaimReferenceError(reference, `resource "${resource}" has no field "${field}"`);
    }
    return { type: 'row-count', field, value: field === null ? null : (count[2] ?? '') };
  }
  const fail = (expected: string): never => {
    throw new ClaimReferenceError(reference, `selector must be ${expected} (${GRAMMAR})`);
  };
  switch (resource) {
    case 'figures': {
      const at = text.indexOf('@');
      const head = at === -1 ? text : text.slice(0, at);
      const period = at === -1 ? undefined : text.slice(at + 1);
      const tilde = head.indexOf('~');
      const id = tilde === -1 ? head : head.slice(0, tilde);
      const area = tilde === -1 ? undefined : head.slice(tilde + 1);
      if (!SLUG.test(id) || period === '' || (period !== undefined && period.trim() !== period) || (area !== undefined && area.trim() !== area)) {
        fail('<measure id>, <measure id>@<period>, <measure id>~<area> or <measure id>~<area>@<period>');
      }
      return { type: 'figure', id, ...(area === undefined ? {} : { area: area === '' ? null : area }), ...(period === undefined ? {} : { period }) };
    }
    case 'context-values': {
      const [indicator = '', period = '', extra] = text.split('@');
      if (extra !== undefined || !SLUG.test(indicator) || !PERIOD.test(period)) fail('<indicator>@<YYYY/YY>');
      return { type: 'context-value', indicator, period };
    }
    case 'context-indicators': {
      const [indicator = '', field = '', extra] = text.split('#');
      if (extra !== undefined || !SLUG.test(indicator) || (field !== 'change' && field !== 'arrow')) fail('<indicator>#change or <indicator>#arrow');
      return { type: 'indicator-field', indicator, field: field as 'change' | 'arrow' };
    }
    case 'budget-lines': {
      const [statement = '', side = '', positions = '', extra] = text.split('/');
      if (extra !== undefined || !SLUG.test(statement) || !isSide(side)) fail('<statement>/<income|expenditure>/<positions>');
      return { type: 'budget-line', statement, side: side as 'income' | 'expenditure', positions: parsePositions(reference, positions) };
    }
    case 'budget-totals': {
      const [statement = '', side = '', extra] = text.split('/');
      if (extra !== undefined || !SLUG.test(statement) || !isSide(side)) fail('<statement>/<income|expenditure>');
      return { type: 'budget-total', statement, side: side as 'income' | 'expenditure' };
    }
    case 'chart-series': {
      const hash = text.lastIndexOf('#');
      if (hash <= 0 || !SLUG.test(text.slice(0, hash))) fail('<chart id>#<positions>');
      return { type: 'chart-point', chart: text.slice(0, hash), positions: parsePositions(reference, text.slice(hash + 1)) };
    }
    default:
      return fail(`count() or count(<field>=<value>) for resource "${resource}"`);
  }
}

function isSide(side: string): boolean {
  return side === 'income' || side === 'expenditure';
}

function parsePositions(reference: string, text: string): PositionRange {
  const match = POSITIONS.exec(text);
  if (match === null) throw new ClaimReferenceError(reference, `positions must be a number, first..last or * (got "${text}")`);
  if (match[1] === undefined) return 'all';
  const first = Number(match[1]);
  const last = match[2] === undefined ? first : Number(match[2]);
  if (last < first) throw new ClaimReferenceError(reference, `position range ${first}..${last} runs backwards`);
  return { first, last };
}

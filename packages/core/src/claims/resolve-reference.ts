import type { Direction } from '../change/direction.js';
import { ScpkitError } from '../errors/index.js';
import { assertFiniteNumber, assertObject, assertString } from '../stats/validate-input.js';
import { describeFigureSelectorUnchecked, selectFiguresUnchecked } from '../lookup/select-figures.js';
import { parseClaimReference, type ClaimReference, type PositionRange } from './claim-reference.js';
import type { ClaimsDataset } from './claims-dataset.js';
import type { Hedge } from './hedge.js';
import { assertClaimsDataset } from './check-claims-input.js';

/**
 * One dataset value a reference selects. `value` is `null` where the report prints no number
 * (a missing cell, e.g. "Not yet advised"); never NaN.
 *
 * @example
 * const dataset = loadDataset('datasets/east-sussex/2021-22');
 * const [value]: ResolvedValue[] = resolveReference(dataset, parseClaimReference('part=budget-lines:projected/income/6'));
 * [value!.label, value!.value, value!.unit]; // => ['National Probation Service (2022/23 projected income)', null, 'GBP']
 */
export interface ResolvedValue {
  /** `resource:selector` of this one value, e.g. `budget-lines:2021-22-actual/income/3`. */
  readonly target: string;
  /** What the value is, in words, e.g. `Training Income (2021-22-actual income)`. */
  readonly label: string;
  readonly value: number | null;
  /** `count`, `percent`, `percent-change`, `GBP`, ... (the `unit` of figures; counts elsewhere). */
  readonly unit: string;
  /** The hedge printed with the value (figures' `qualifier`), if any. */
  readonly qualifier: Hedge | null;
  /** For `context-indicators:<id>#arrow`: the printed arrow's direction (`null` when none is printed). */
  readonly arrow?: Direction | null;
}

/**
 * Thrown when a well-formed reference selects nothing in the dataset.
 *
 * @example
 * const dataset = loadDataset('datasets/east-sussex/2021-22');
 * resolveReference(dataset, parseClaimReference('from=context-values:family-contacts@1999/00')); // throws DanglingReferenceError
 */
export class DanglingReferenceError extends ScpkitError {
  readonly target: string;

  constructor(target: string, problem: string) {
    super('claim-reference-dangling', `reference ${JSON.stringify(target)} ${problem}`);
    this.target = target;
  }
}

/**
 * The dataset values a reference selects, in printed order (one for a single selector; several
 * for `*` and `first..last` positions).
 *
 * @example
 * const dataset = loadDataset('datasets/east-sussex/2021-22');
 * resolveReference(dataset, parseClaimReference('to=context-values:family-contacts@2021/22')).map((v) => [v.value, v.unit]); // => [[17011, 'count']]
 * @throws {DanglingReferenceError} when the table is absent or nothing matches (every position of a
 *   range must exist; `*` must match at least one row).
 * @throws {InvalidInputError} when a selected number is not finite (never passed on).
 */
export function resolveReference(dataset: ClaimsDataset, reference: ClaimReference): ResolvedValue[] {
  const fn = 'resolveReference';
  assertClaimsDataset(fn, dataset);
  assertObject(fn, 'reference', reference, 'a reference as parseClaimReference returns it');
  assertString(fn, 'reference.role', reference.role);
  assertString(fn, 'reference.target', reference.target);
  return resolveParsedReference(dataset, parseClaimReference(`${reference.role}=${reference.target}`));
}

/**
 * {@link resolveReference} for a checked dataset and a reference from `parseClaimReference`.
 * Internal: `prepareClaims` resolves the references it parsed itself through it.
 */
export function resolveParsedReference(dataset: ClaimsDataset, reference: ClaimReference): ResolvedValue[] {
  const { selector, target, resource } = reference;
  const tables = dataset.tables;
  const absent = (): never => {
    throw new DanglingReferenceError(target, `points into "${resource}", which the dataset does not have`);
  };
  const none = (what: string): never => {
    throw new DanglingReferenceError(target, `matches no ${what}`);
  };
  let values: ResolvedValue[];
  switch (selector.type) {
    case 'row-count': {
      const rows = (tables[resource] as readonly Record<string, unknown>[] | undefined) ?? absent();
      const matching = selector.field === null ? rows : rows.filter((row) => cellText(row[selector.field as string]) === selector.value);
      const label = selector.field === null ? `number of ${resource} rows` : `number of ${resource} rows with ${selector.field} "${selector.value}"`;
      values = [{ target, label, value: matching.length, unit: 'count', qualifier: null }];
      break;
    }
    case 'figure': {
      const rows = selectFiguresUnchecked(tables.figures ?? absent(), selector);
      if (rows.length > 1) {
        throw new DanglingReferenceError(target, `matches ${rows.length} rows of ${describeFigureSelectorUnchecked(selector)}: add ~<area> or @<period> to say which`);
      }
      const figure = rows[0] ?? none(`row of ${describeFigureSelectorUnchecked(selector)}`);
      const where = [figure.area, figure.period].filter((p) => p !== null && p !== '').join(', ');
      values = [{ target, label: where === '' ? figure.measure : `${figure.measure} (${where})`, value: figure.value, unit: figure.unit, qualifier: figure.qualifier }];
      break;
    }
    case 'context-value': {
      const row = (tables['context-values'] ?? absent()).find((v) => v.indicator === selector.indicator && v.period === selector.period) ?? none('context value');
      const indicator = tables['context-indicators']?.find((i) => i.indicator === selector.indicator);
      values = [{ target, label: `${indicator?.label ?? selector.indicator} ${selector.period}`, value: row.value, unit: 'count', qualifier: null }];
      break;
    }
    case 'indicator-field': {
      const row = (tables['context-indicators'] ?? absent()).find((i) => i.indicator === selector.indicator) ?? none('context indicator');
      values =
        selector.field === 'change'
          ? [{ target, label: `printed change of ${row.label}`, value: row.stated_change_percent, unit: 'percent-change', qualifier: null }]
          : [{ target, label: `printed arrow of ${row.label}`, value: null, unit: 'arrow', qualifier: null, arrow: row.arrow }];
      break;
    }
    case 'budget-line': {
      const lines = (tables['budget-lines'] ?? absent())
        .filter((l) => l.statement === selector.statement && l.side === selector.side)
        .sort((a, b) => a.position - b.position);
      const picked = pickPositions(lines, selector.positions, target);
      values = picked.map((l) => ({
        target: `budget-lines:${l.statement}/${l.side}/${l.position}`,
        label: `${l.line.trim()} (${statementName(dataset, l.statement)} ${l.side})`,
        value: l.amount,
        unit: 'GBP',
        qualifier: null,
      }));
      break;
    }
    case 'budget-total': {
      const total = (tables['budget-totals'] ?? absent()).find((t) => t.statement === selector.statement && t.side === selector.side) ?? none('budget total');
      values = [{ target, label: `printed ${total.side} total (${statementName(dataset, total.statement)})`, value: total.amount, unit: 'GBP', qualifier: null }];
      break;
    }
    case 'chart-point': {
      const points = (tables['chart-series'] ?? absent()).filter((p) => p.chart === selector.chart).sort((a, b) => a.position - b.position);
      const picked = pickPositions(points, selector.positions, target);
      values = picked.map((p) => ({ target: `chart-series:${p.chart}#${p.position}`, label: `"${p.label}"`, value: p.value, unit: 'count', qualifier: null }));
      break;
    }
  }
  for (const v of values) {
    if (v.value !== null) assertFiniteNumber('auditClaims', v.target, v.value);
  }
  return values;
}

function pickPositions<T extends { readonly position: number }>(rows: readonly T[], positions: PositionRange, target: string): T[] {
  if (positions === 'all') {
    if (rows.length === 0) throw new DanglingReferenceError(target, 'matches no rows');
    return [...rows];
  }
  const picked: T[] = [];
  for (let p = positions.first; p <= positions.last; p += 1) {
    const row = rows.find((r) => r.position === p);
    if (row === undefined) throw new DanglingReferenceError(target, `has no position ${p}`);
    picked.push(row);
  }
  return picked;
}

function cellText(cell: unknown): string | null {
  if (cell === null || cell === undefined) return null;
  return String(cell).trim();
}

/** "2021/22 actual": a budget statement by its period and basis (its id where the statement row is missing). */
function statementName(dataset: ClaimsDataset, statement: string): string {
  const row = dataset.tables['budget-statements']?.find((s) => s.statement === statement);
  return row === undefined ? statement : `${row.period} ${row.basis}`;
}

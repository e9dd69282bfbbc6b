import { PERCENT_CHANGE_MIN_BASE, type ChangeUnit } from '@scpkit/core';
import type { TopLevelSpec } from 'vega-lite';
import type { FigureLintProblem } from './lint-problem.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** One unit spec (a mark) with the encoding it inherits from its layers. */
interface Unit {
  readonly mark: string;
  readonly encoding: Json;
  readonly title: string;
}

const markType = (mark: unknown): string => (typeof mark === 'string' ? mark : isObject(mark) && typeof mark['type'] === 'string' ? mark['type'] : '');
const viewTitle = (node: Json, fallback: string): string => {
  const t = node['title'];
  if (typeof t === 'string') return t;
  if (isObject(t)) return Array.isArray(t['text']) ? (t['text'] as unknown[]).join(' ') : String(t['text'] ?? fallback);
  return fallback;
};

/** The units of one layer group (a view whose layers share scales), with inherited encodings. */
function unitsOf(node: Json, inherited: Json, title: string): Unit[] {
  const encoding = { ...inherited, ...(isObject(node['encoding']) ? node['encoding'] : {}) };
  if (Array.isArray(node['layer'])) return (node['layer'] as unknown[]).filter(isObject).flatMap((child) => unitsOf(child, encoding, title));
  if (node['mark'] !== undefined) return [{ mark: markType(node['mark']), encoding, title }];
  return [];
}

/** Every layer group of the spec (concatenated views and facet inner specs each have their own scales). */
function layerGroups(node: Json, title: string, out: Unit[][]): void {
  const here = viewTitle(node, title);
  for (const key of ['concat', 'hconcat', 'vconcat']) {
    if (Array.isArray(node[key])) for (const child of (node[key] as unknown[]).filter(isObject)) layerGroups(child, here, out);
  }
  if (isObject(node['spec'])) layerGroups(node['spec'], here, out);
  if (Array.isArray(node['layer']) || node['mark'] !== undefined) out.push(unitsOf(node, {}, here));
}

const SHARE_WORDS = /%|percent|share|proportion/i;

const channelTitle = (def: Json): string => {
  const axis = isObject(def['axis']) ? def['axis'] : {};
  return typeof axis['title'] === 'string' ? axis['title'] : typeof def['title'] === 'string' ? def['title'] : '';
};

/**
 * `axis-not-from-zero` (spec inspection): in every view, the value axis of a bar (a quantitative
 * x or y without x2 or y2: a bar's length starts at the axis origin) and any axis of shares or
 * percentages (its format has `%`, or its title says %, percent, share or proportion) must include
 * 0: no `scale.zero: false`, and an explicit `scale.domain` must contain 0.
 */
export function axesNotFromZero(spec: TopLevelSpec): FigureLintProblem[] {
  const groups: Unit[][] = [];
  layerGroups(spec as unknown as Json, '(figure)', groups);
  const problems: FigureLintProblem[] = [];
  for (const units of groups) {
    for (const channel of ['x', 'y'] as const) {
      const defs = units.map((u) => ({ unit: u, def: u.encoding[channel] })).filter((d): d is { unit: Unit; def: Json } => isObject(d.def) && d.def['type'] === 'quantitative');
      if (defs.length === 0) continue;
      const bar = defs.find((d) => d.unit.mark === 'bar' && d.unit.encoding[`${channel}2`] === undefined);
      const share = defs.find((d) => {
        const axis = isObject(d.def['axis']) ? d.def['axis'] : {};
        return (typeof axis['format'] === 'string' && axis['format'].includes('%')) || SHARE_WORDS.test(channelTitle(d.def));
      });
      const why = bar !== undefined ? 'bar lengths' : share !== undefined ? `shares ("${channelTitle(share.def) || 'a % format'}")` : undefined;
      if (why === undefined) continue;
      const view = (bar ?? share)!.unit.title;
      for (const { def } of defs) {
        const scale = isObject(def['scale']) ? def['scale'] : {};
        if (scale['zero'] === false) {
          problems.push({ rule: 'axis-not-from-zero', message: `view "${view}": the ${channel} axis shows ${why} but sets scale.zero: false` });
        }
        const domain = scale['domain'];
        if (Array.isArray(domain) && domain.length === 2 && typeof domain[0] === 'number' && typeof domain[1] === 'number' && !(domain[0] <= 0 && domain[1] >= 0)) {
          problems.push({ rule: 'axis-not-from-zero', message: `view "${view}": the ${channel} axis shows ${why} but its domain [${domain.join(', ')}] leaves out 0` });
        }
      }
    }
  }
  return problems;
}

/** A percentage change a figure shows, as builders record it under `usermeta.scpkit.percentChanges`. */
export interface RecordedPercentChange {
  /** What changed (a row label). */
  readonly item: string;
  /** The base (earlier value) the percentage is of. */
  readonly base: number;
  readonly unit: ChangeUnit;
}

/** The percentage changes recorded in `spec` (`usermeta.scpkit.percentChanges`), else none. */
export function recordedPercentChanges(spec: unknown): RecordedPercentChange[] {
  const usermeta = isObject(spec) ? spec['usermeta'] : undefined;
  const scpkit = isObject(usermeta) ? usermeta['scpkit'] : undefined;
  const changes = isObject(scpkit) ? scpkit['percentChanges'] : undefined;
  return Array.isArray(changes) ? (changes.filter(isObject) as unknown as RecordedPercentChange[]) : [];
}

/**
 * `percent-change-small-base`: no percentage change is shown on a base below `@scpkit/core`'s
 * `PERCENT_CHANGE_MIN_BASE` for its unit (10 for counts, £1,000 for pounds); such a change is shown
 * as a difference (`changeShown`). Builders that label changes record them (`usermeta.scpkit.percentChanges`).
 */
export function percentChangesOnSmallBases(spec: TopLevelSpec): FigureLintProblem[] {
  return recordedPercentChanges(spec)
    .filter((c) => {
      const minimum = PERCENT_CHANGE_MIN_BASE[c.unit];
      return minimum === undefined || typeof c.base !== 'number' || !(c.base >= minimum);
    })
    .map((c) => ({
      rule: 'percent-change-small-base' as const,
      message: `"${c.item}" shows a percentage change on a base of ${c.base}${PERCENT_CHANGE_MIN_BASE[c.unit] === undefined ? ` in an unknown unit "${c.unit}"` : `, below the minimum of ${PERCENT_CHANGE_MIN_BASE[c.unit]} for ${c.unit}`}: show the difference (changeShown)`,
    }));
}

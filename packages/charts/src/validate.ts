import { InvalidInputError } from '@scpkit/core';
import type { FigureOptions } from './figure.js';

/**
 * Figure ids are kebab-case so they are safe as file names and HTML anchors.
 *
 * @example
 * FIGURE_ID_PATTERN.test('budget-2021-22'); // => true
 * FIGURE_ID_PATTERN.test('Budget_2021'); // => false
 */
export const FIGURE_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Throws unless `value` is a figure id: kebab-case, as {@link FIGURE_ID_PATTERN}. */
export function requireFigureId(fn: string, argument: string, value: unknown): string {
  if (typeof value !== 'string' || !FIGURE_ID_PATTERN.test(value)) {
    throw new InvalidInputError(fn, argument, value, 'must be kebab-case: lower-case letters and digits separated by single hyphens');
  }
  return value;
}

/** Throws unless `value` is a finite number. */
export function requireFinite(fn: string, argument: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new InvalidInputError(fn, argument, value, 'must be a finite number');
  }
  return value;
}

/** Throws unless `options.scale` (PNG pixel density) is a finite number from 0.1 to 10; `undefined` gives the default 2. */
export function requirePngScale(fn: string, value: unknown): number {
  const scale = value ?? 2;
  if (typeof scale !== 'number' || !Number.isFinite(scale) || scale < 0.1 || scale > 10) {
    throw new InvalidInputError(fn, 'options.scale', scale, 'must be a finite number from 0.1 to 10');
  }
  return scale;
}

/** Throws unless `value` is a finite number greater than or equal to zero. */
export function requireNonNegative(fn: string, argument: string, value: unknown): number {
  const n = requireFinite(fn, argument, value);
  if (n < 0) throw new InvalidInputError(fn, argument, value, 'must not be negative');
  return n;
}

/** Throws unless `value` is a string with at least one non-space character. */
export function requireText(fn: string, argument: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new InvalidInputError(fn, argument, value, 'must be a non-empty string');
  }
  return value;
}

/** Throws unless `value` is one of `allowed` (e.g. `must be "bars" or "stacked"`). */
export function requireOneOf<T extends string>(fn: string, argument: string, value: unknown, allowed: readonly T[]): T {
  if (!(allowed as readonly unknown[]).includes(value)) {
    throw new InvalidInputError(fn, argument, value, `must be ${allowed.map((a) => JSON.stringify(a)).join(' or ')}`);
  }
  return value as T;
}

/** Throws unless `rows` is a non-empty array. */
export function requireRows<T>(fn: string, rows: readonly T[]): readonly T[] {
  if (!Array.isArray(rows) || rows.length === 0) {
    throw new InvalidInputError(fn, 'rows', rows, 'must be a non-empty array');
  }
  return rows;
}

/** Throws if two entries of `values` are equal, naming the first repeated one. */
export function requireUnique(fn: string, argument: string, values: readonly string[]): void {
  const seen = new Set<string>();
  for (const [i, v] of values.entries()) {
    if (seen.has(v)) throw new InvalidInputError(fn, `${argument}[${i}]`, v, 'repeats an earlier value; each must be unique');
    seen.add(v);
  }
}

/** Checks the options every builder shares (id, title, alt text, optional width). */
export function requireFigureOptions(fn: string, options: FigureOptions): void {
  requireFigureId(fn, 'options.id', options.id);
  requireText(fn, 'options.title', options.title);
  requireText(fn, 'options.description', options.description);
  if (options.subtitle !== undefined) requireText(fn, 'options.subtitle', options.subtitle);
  if (options.section !== undefined) requireText(fn, 'options.section', options.section);
  if (options.width !== undefined) {
    const w = requireFinite(fn, 'options.width', options.width);
    if (w <= 0) throw new InvalidInputError(fn, 'options.width', w, 'must be positive');
  }
  if (options.labelLimit !== undefined) {
    const l = requireFinite(fn, 'options.labelLimit', options.labelLimit);
    if (l <= 0) throw new InvalidInputError(fn, 'options.labelLimit', l, 'must be positive');
  }
}

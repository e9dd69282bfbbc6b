import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { redactSmallNumbers, SMALL_COUNT_MAX, SMALL_COUNT_MIN, SUPPRESSED } from '@scpkit/core';
import { csvToTable } from '@scpkit/charts';

/** One way a written output publishes a small count, with where: file, then row (or cell) and column. */
export interface OutputRisk {
  readonly file: string;
  readonly where: string;
  readonly message: string;
}

const isSmallText = (text: string): boolean => /^\d+$/.test(text.trim()) && Number(text) >= SMALL_COUNT_MIN && Number(text) <= SMALL_COUNT_MAX;

/** Names in `dir` (sorted), or none when it cannot be listed. */
function namesIn(dir: string): string[] {
  try {
    return statSync(dir).isDirectory() ? readdirSync(dir).sort() : [];
  } catch {
    return [];
  }
}

/** The folders of an output tree that hold figures and notebooks: `dir` itself and its `figures/` and `notebooks/`. */
function outputFolders(dir: string): string[] {
  return [dir, join(dir, 'figures'), join(dir, 'notebooks')].filter((d) => namesIn(d).length > 0);
}

/** True when the spec says it was written from protected data (`usermeta.scpkit.disclosure`). */
function specIsProtected(spec: unknown): boolean {
  return (spec as { usermeta?: { scpkit?: { disclosure?: unknown } } } | null)?.usermeta?.scpkit?.disclosure === 'protect';
}

/**
 * Risks in the figure files of one folder: each `<id>.csv` beside a `<id>.vl.json` written from
 * protected data (or every one, with `all`): a data cell holding a whole number from 1 to 5, and a
 * `[c]` cell that is the only hidden one of its column in a table with a "Total" row (recoverable by
 * subtraction). The spec's inline data is not checked: it also holds positions and orders (small
 * whole numbers that count nobody); the writer builds it from the same rows as the CSV. Returns also whether any figure of the folder was written from protected data.
 */
export function figureRisks(dir: string, all: boolean): { risks: OutputRisk[]; protectedFigures: number; checked: number } {
  const risks: OutputRisk[] = [];
  let protectedFigures = 0;
  let checked = 0;
  for (const name of namesIn(dir).filter((n) => n.endsWith('.vl.json'))) {
    const id = name.slice(0, -'.vl.json'.length);
    let spec: unknown;
    try {
      spec = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    } catch {
      risks.push({ file: join(dir, name), where: '-', message: 'cannot be read as JSON, so it cannot be checked' });
      continue;
    }
    const isProtected = specIsProtected(spec);
    if (isProtected) protectedFigures++;
    if (!isProtected && !all) continue;
    checked++;
    const csvPath = join(dir, `${id}.csv`);
    let text: string;
    try {
      text = readFileSync(csvPath, 'utf8');
    } catch {
      continue;
    }
    risks.push(...tableRisks(csvPath, csvToTable(text, csvPath)));
  }
  return { risks, protectedFigures, checked };
}

/** Small counts and recoverable `[c]` cells of a data table read from `file` (rows numbered as CSV lines). */
export function tableRisks(file: string, table: { columns: readonly string[]; rows: readonly (readonly (string | number)[])[] }): OutputRisk[] {
  const risks: OutputRisk[] = [];
  table.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (isSmallText(String(cell))) risks.push({ file, where: `${r + 2}:${table.columns[c] ?? c + 1}`, message: `publishes ${String(cell)}, a count from ${SMALL_COUNT_MIN} to ${SMALL_COUNT_MAX}` });
    }),
  );
  const totalRow = table.rows.findIndex((row) => /^total\b/i.test(String(row[0] ?? '').trim()));
  if (totalRow >= 0) {
    table.columns.forEach((column, c) => {
      const others = table.rows.filter((_, r) => r !== totalRow).map((row) => String(row[c] ?? ''));
      const hidden = others.filter((v) => v === SUPPRESSED).length;
      const total = String(table.rows[totalRow]?.[c] ?? '');
      if (hidden === 1 && /^\d+$/.test(total) && others.every((v) => v === SUPPRESSED || /^\d+$/.test(v))) {
        const r = table.rows.findIndex((row, k) => k !== totalRow && String(row[c]) === SUPPRESSED);
        risks.push({ file, where: `${r + 2}:${column}`, message: `[c] is the only hidden cell of its column, so the "Total" row gives it back` });
      }
    });
  }
  return risks;
}

/** Text of an output field (a string or the list of lines Jupyter stores). */
const joined = (value: unknown): string => (Array.isArray(value) ? value.join('') : typeof value === 'string' ? value : '');

/** Contents of the `<td>` and `<th>` cells of an HTML text, tags removed, entities of digits kept. */
function htmlCells(html: string): string[] {
  return [...html.matchAll(/<t[dh]\b[^>]*>([\s\S]*?)<\/t[dh]>/gi)].map((m) => (m[1] ?? '').replace(/<[^>]*>/g, '').trim());
}

/**
 * Risks in the outputs of an executed notebook: a table cell (HTML `<td>`) holding a whole number
 * from 1 to 5, and a stand-alone whole number from 1 to 5 in Markdown text. Printed lines (stream
 * outputs: progress, skip reasons) are not checked.
 */
export function notebookRisks(file: string): OutputRisk[] {
  let notebook: { cells?: { outputs?: { output_type?: string; data?: Record<string, unknown> }[] }[] };
  try {
    notebook = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return [{ file, where: '-', message: 'cannot be read as a notebook (JSON), so it cannot be checked' }];
  }
  const risks: OutputRisk[] = [];
  (notebook.cells ?? []).forEach((cell, ci) =>
    (cell.outputs ?? []).forEach((output, oi) => {
      const where = `cell ${ci + 1}:output ${oi + 1}`;
      const data = output.data ?? {};
      for (const value of htmlCells(joined(data['text/html']))) {
        if (isSmallText(value)) risks.push({ file, where, message: `a table cell publishes ${value}, a count from ${SMALL_COUNT_MIN} to ${SMALL_COUNT_MAX}` });
      }
      const markdown = joined(data['text/markdown']);
      if (markdown !== '' && redactSmallNumbers(markdown) !== markdown) {
        risks.push({ file, where, message: `Markdown text states a whole number from ${SMALL_COUNT_MIN} to ${SMALL_COUNT_MAX}: "${firstSmall(markdown)}"` });
      }
    }),
  );
  return risks;
}

function firstSmall(text: string): string {
  const redacted = redactSmallNumbers(text);
  let i = 0;
  while (i < text.length && text[i] === redacted[i]) i++;
  return text.slice(Math.max(0, i - 20), i + 20).replace(/\s+/g, ' ').trim();
}

/** Risks in a gallery page: a `<td>` cell holding a whole number from 1 to 5. */
export function galleryRisks(file: string): OutputRisk[] {
  let html: string;
  try {
    html = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  return htmlCells(html).flatMap((value, i) => (isSmallText(value) ? [{ file, where: `table cell ${i + 1}`, message: `publishes ${value}, a count from ${SMALL_COUNT_MIN} to ${SMALL_COUNT_MAX}` }] : []));
}

/** `scpkit dashboard` marks its pages (`<meta name="generator">`), and a page with data says how it was protected. */
const DASHBOARD_GENERATOR = /<meta name="generator" content="scpkit dashboard">/;
const DASHBOARD_DISCLOSURE = /<meta name="scpkit-disclosure" content="(protect|published)">/;

/** A page `scpkit dashboard` wrote (a dashboard or the index of several), read; `undefined` for any other file. */
function readDashboardPage(file: string): string | undefined {
  try {
    const html = readFileSync(file, 'utf8');
    return DASHBOARD_GENERATOR.test(html) ? html : undefined;
  } catch {
    return undefined;
  }
}

/** Attribute `name` of an element's opening tag, HTML entities of quotes and ampersands undone. */
function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m === null ? undefined : m[1]!.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/**
 * Risks in a dashboard page (`scpkit dashboard`) written from protected data, or any with `all`:
 * 1. a value of unit `count` (`<data value data-unit="count">`, every value the page prints from the
 *    dataset is one) that is a whole number from 1 to 5;
 * 2. a table cell that is a bare whole number from 1 to 5, once the values of other units (percentages,
 *    rates, weeks, means and limits, targets) are set aside;
 * 3. a `[c]` quarter that a year total printed on the page gives back: the only `[c]` of the four
 *    quarters of an indicator's financial year, the three others shown, and a value of the same
 *    indicator for that year shown (the total less the three, when the quarters add up to it);
 * 4. a stand-alone whole number from 1 to 5 in the report's words the page quotes (escalation
 *    reasons, actions, outcomes, quotes).
 * The charts (SVG) and their captions are not read: an indicator with a `[c]` quarter has no chart,
 * and axis ticks count nobody. Returns whether the page was checked.
 */
export function dashboardRisks(file: string, all: boolean): { risks: OutputRisk[]; checked: boolean; isProtected: boolean } {
  const html = readDashboardPage(file);
  const disclosure = html === undefined ? undefined : DASHBOARD_DISCLOSURE.exec(html)?.[1];
  const isProtected = disclosure === 'protect';
  if (html === undefined || disclosure === undefined || (!isProtected && !all)) return { risks: [], checked: false, isProtected };
  const risks: OutputRisk[] = [];
  const small = `a count from ${SMALL_COUNT_MIN} to ${SMALL_COUNT_MAX}`;
  // 1. Values of unit count; also collected by indicator and period for 3.
  const counts = new Map<string, Map<string, string>>();
  const reported = new Set<string>();
  for (const m of html.matchAll(/<data\b[^>]*>/g)) {
    const tag = m[0];
    if (attribute(tag, 'data-unit') !== 'count') continue;
    const value = attribute(tag, 'value') ?? '';
    const indicator = attribute(tag, 'data-indicator') ?? '';
    const period = attribute(tag, 'data-period') ?? '';
    const byPeriod = counts.get(indicator) ?? new Map<string, string>();
    counts.set(indicator, byPeriod);
    byPeriod.set(period, value);
    if (isSmallText(value) && !reported.has(`${indicator} ${period}`)) {
      reported.add(`${indicator} ${period}`);
      risks.push({ file, where: `${indicator} ${period}`, message: `publishes ${value}, ${small}` });
    }
  }
  // 2. Bare table cells, other units set aside (a value of unit count is 1 already).
  const bare = html.replace(/<data\b[^>]*>[^<]*<\/data>/g, '');
  htmlCells(bare).forEach((value, i) => {
    if (isSmallText(value)) risks.push({ file, where: `table cell ${i + 1}`, message: `a table cell publishes ${value}, ${small}` });
  });
  // 3. A [c] quarter that its year's total gives back.
  for (const [indicator, byPeriod] of counts) {
    const years = new Map<string, string[]>();
    for (const [period, value] of byPeriod) {
      const q = /^Q[1-4] ([0-9]{4}\/[0-9]{2})$/.exec(period);
      if (q !== null) years.set(q[1]!, [...(years.get(q[1]!) ?? []), value]);
    }
    for (const [year, values] of years) {
      const total = byPeriod.get(year);
      const hidden = values.filter((v) => v === SUPPRESSED).length;
      if (values.length !== 4 || hidden !== 1 || total === undefined || !/^\d+$/.test(total) || !values.every((v) => v === SUPPRESSED || /^\d+$/.test(v))) continue;
      const rest = Number(total) - values.filter((v) => v !== SUPPRESSED).reduce((a, v) => a + Number(v), 0);
      if (rest >= 0) risks.push({ file, where: `${indicator} ${year}`, message: `the only [c] quarter of ${year} is given back by the year's total ${total} less the quarters shown (${rest}), if the quarters add up to it` });
    }
  }
  // 4. The report's words.
  for (const m of html.matchAll(/<span data-text="report">([^<]*)<\/span>/g)) {
    const text = (m[1] ?? '').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    if (redactSmallNumbers(text) !== text) risks.push({ file, where: 'report text', message: `states a whole number from ${SMALL_COUNT_MIN} to ${SMALL_COUNT_MAX}: "${firstSmall(text)}"` });
  }
  return { risks, checked: true, isProtected };
}

/** The dashboard pages of an output folder: `dir/index.html` and `dir/<name>/index.html`, those `scpkit dashboard` wrote. */
function dashboardPagesIn(dir: string): string[] {
  const candidates = [join(dir, 'index.html'), ...namesIn(dir).map((n) => join(dir, n, 'index.html'))];
  return candidates.filter((file) => {
    const html = readDashboardPage(file);
    return html !== undefined && DASHBOARD_DISCLOSURE.test(html);
  });
}

/**
 * Every risk in the written outputs below `dir` (`dir`, `dir/figures`, `dir/notebooks`): figure files
 * written from protected data, and, when any was (or with `all`), the executed notebooks and the
 * gallery (`index.html`); and the dashboard pages `scpkit dashboard --out dir` wrote (`dir/index.html`,
 * `dir/<name>/index.html`) from protected data, or all with `all` ({@link dashboardRisks}).
 * `checkedFigures`, `protectedRun` and `dashboards` say what was looked at.
 */
export function outputRisks(
  dir: string,
  all: boolean,
): { risks: OutputRisk[]; checkedFigures: number; notebooks: number; protectedRun: boolean; found: boolean; figureOutputs: boolean; dashboards: { pages: number; checked: number; risks: number } } {
  const folders = outputFolders(dir);
  // Dashboard pages (scpkit dashboard --out): each says whether it was written from protected data.
  const pages = dashboardPagesIn(dir);
  const dashboardFound = pages.length > 0 || readDashboardPage(join(dir, 'index.html')) !== undefined;
  const dashboard = pages.map((page) => dashboardRisks(page, all));
  const dashboardRiskList = dashboard.flatMap((d) => d.risks);
  const risks: OutputRisk[] = [];
  let checkedFigures = 0;
  let protectedFigures = 0;
  for (const folder of folders) {
    const f = figureRisks(folder, all);
    risks.push(...f.risks);
    checkedFigures += f.checked;
    protectedFigures += f.protectedFigures;
  }
  const protectedRun = protectedFigures > 0 || all;
  let notebooks = 0;
  const isGallery = (folder: string, name: string) => basename(name) === 'index.html' && readDashboardPage(join(folder, name)) === undefined;
  const found = folders.some((folder) => namesIn(folder).some((n) => n.endsWith('.vl.json') || n.endsWith('.ipynb') || isGallery(folder, n)));
  if (protectedRun) {
    for (const folder of folders) {
      for (const name of namesIn(folder)) {
        if (name.endsWith('.ipynb')) {
          notebooks++;
          risks.push(...notebookRisks(join(folder, name)));
        } else if (isGallery(folder, name)) risks.push(...galleryRisks(join(folder, name)));
      }
    }
  }
  return {
    risks: [...risks, ...dashboardRiskList],
    checkedFigures,
    notebooks,
    protectedRun,
    found: found || dashboardFound,
    dashboards: { pages: pages.length, checked: dashboard.filter((d) => d.checked).length, risks: dashboardRiskList.length },
    figureOutputs: found,
  };
}

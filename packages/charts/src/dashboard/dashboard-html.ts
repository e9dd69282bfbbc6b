import { roundHalfUp, SUPPRESSED, type QuarterlyIndicator } from '@scpkit/core';
import { renderSvg } from '../render-svg.js';
import { escapeHtml } from '../table.js';
import { MUTED_COLOUR, TEXT_COLOUR } from '../theme.js';
import type { MdcIcon } from '../making-data-count.js';
import type { AnnualIndicator, DashboardIndicator, DashboardModel } from './dashboard-model.js';

/** The `<meta name>` a dashboard page written from protected data carries (`scpkit check-disclosure` reads it). @example DASHBOARD_DISCLOSURE_META; // => 'scpkit-disclosure' */
export const DASHBOARD_DISCLOSURE_META = 'scpkit-disclosure';

/**
 * A value of the dataset as the page prints it, in a `<data>` element that names it for a machine
 * (`scpkit check-disclosure` reads these): `value` is the number (or the code, `[c]` or `[x]`),
 * `data-unit` its unit (`count`, `percent`, ..., or `statistic` for a mean or a limit, `target`),
 * `data-indicator` and `data-period` what it is; `shown` is the text printed (default: the value with
 * its unit, {@link formatDashboardValue}).
 *
 * @example
 * dataValueHtml(1250, 'count', 'lado-referrals', 'Q1 2022/23');
 * // => '<data value="1250" data-unit="count" data-indicator="lado-referrals" data-period="Q1 2022/23">1,250</data>'
 * dataValueHtml('[c]', 'count', 'secure-units', 'Q2 2022/23');
 * // => '<data value="[c]" data-unit="count" data-indicator="secure-units" data-period="Q2 2022/23" class="suppressed">[c]</data>'
 */
export function dataValueHtml(value: number | string, unit: string, indicator: string, period: string, shown?: string): string {
  const h = escapeHtml;
  const text = shown ?? (typeof value === 'number' ? formatDashboardValue(value, unit as QuarterlyIndicator['unit']) : value);
  return `<data value="${h(String(value))}" data-unit="${h(unit)}" data-indicator="${h(indicator)}" data-period="${h(period)}"${typeof value === 'number' ? '' : ' class="suppressed"'}>${h(text)}</data>`;
}

/** An HTML table whose cells are HTML already (built with escaping): same markup as `tableToHtml`. */
function htmlTable(columns: readonly string[], rows: readonly (readonly string[])[], caption: string): string {
  return [
    '<table class="scpkit-table">',
    `<caption>${escapeHtml(caption)}</caption>`,
    `<thead><tr>${columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr></thead>`,
    '<tbody>',
    ...rows.map((row) => `<tr>${row.join('')}</tr>`),
    '</tbody>',
    '</table>',
  ].join('\n');
}

const td = (html: string, numeric = false) => `<td${numeric ? ' class="num"' : ''}>${html}</td>`;
/** Words printed from the report (reasons, actions, quotes): marked so `scpkit check-disclosure` reads them as text. */
const reportWords = (text: string) => `<span data-text="report">${escapeHtml(text)}</span>`;

/**
 * Prints a value with its unit, as entered (no rounding), thousands separated by commas.
 *
 * @example
 * formatDashboardValue(25.4, 'percent'); // => '25.4%'
 * formatDashboardValue(1250, 'count'); // => '1,250'
 * formatDashboardValue(48.2, 'rate-per-10k'); // => '48.2 per 10,000'
 */
export function formatDashboardValue(value: number, unit: QuarterlyIndicator['unit'] | 'count'): string {
  const text = value.toLocaleString('en-GB', { maximumFractionDigits: 10 });
  switch (unit) {
    case 'percent':
      return `${text}%`;
    case 'rate-per-10k':
      return `${text} per 10,000`;
    case 'weeks':
    case 'days':
      return `${text} ${unit}`;
    default:
      return text;
  }
}

/** A signed change with its unit: `+0.6 percentage points`, `-12`, `+1.5 weeks`. */
function formatChange(change: number, unit: QuarterlyIndicator['unit']): string {
  const sign = change > 0 ? '+' : change < 0 ? '-' : '';
  const magnitude = Math.abs(change).toLocaleString('en-GB', { maximumFractionDigits: 10 });
  const suffix = unit === 'percent' ? ' percentage points' : unit === 'rate-per-10k' ? ' per 10,000' : unit === 'weeks' || unit === 'days' ? ` ${unit}` : '';
  return `${sign}${magnitude}${suffix}`;
}

function formatPercent(percent: number): string {
  const r = roundHalfUp(percent, 1);
  return `${r > 0 ? '+' : ''}${r.toFixed(1)}%`;
}

/** A Making Data Count icon: a coloured shape (decorative) and the words, so colour is never alone. */
function iconHtml(icon: MdcIcon, kind: string): string {
  const shapes: Record<MdcIcon['shape'], string> = {
    circle: '<circle cx="7" cy="7" r="6"/>',
    'triangle-up': '<path d="M7 1 L13 13 L1 13 Z"/>',
    'triangle-down': '<path d="M1 1 L13 1 L7 13 Z"/>',
    diamond: '<path d="M7 0 L14 7 L7 14 L0 7 Z"/>',
    square: '<rect x="1" y="1" width="12" height="12"/>',
  };
  return (
    `<span class="icon" style="border-color:${icon.colour}">` +
    `<svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false"><g fill="${icon.colour}">${shapes[icon.shape]}</g></svg> ` +
    `<span class="icon-kind">${escapeHtml(kind)}:</span> ${escapeHtml(icon.text)}</span>`
  );
}

/**
 * Prefixes every id of an SVG document (vega numbers its clip paths from 1 in each render) and every
 * reference to one, so several charts inlined in one page never share an id; adds `role="img"` and
 * the alt text as `aria-label` on the root element.
 *
 * @example
 * inlineSvg('<svg><clipPath id="clip1"/><g clip-path="url(#clip1)"/></svg>', 'spc-a', 'A');
 * // => '<svg role="img" aria-label="A"><clipPath id="spc-a-clip1"/><g clip-path="url(#spc-a-clip1)"/></svg>'
 */
export function inlineSvg(svg: string, prefix: string, label: string): string {
  const ids = [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
  let out = svg;
  for (const id of new Set(ids)) {
    const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out
      .replace(new RegExp(`(\\sid=")${escaped}"`, 'g'), `$1${prefix}-${id}"`)
      .replace(new RegExp(`url\\(#${escaped}\\)`, 'g'), `url(#${prefix}-${id})`)
      .replace(new RegExp(`(href=")#${escaped}"`, 'g'), `$1#${prefix}-${id}"`);
  }
  return out.replace(/^<svg\b/, `<svg role="img" aria-label="${escapeHtml(label)}"`);
}

const STYLE = `
body { font-family: "DejaVu Sans", Arial, sans-serif; color: ${TEXT_COLOUR}; margin: 0; line-height: 1.45; }
header, main, footer, nav { max-width: 1100px; margin: 0 auto; padding: 0 16px; }
header { border-bottom: 4px solid #12436D; padding-bottom: 8px; }
h1 { font-size: 1.7rem; } h2 { border-top: 1px solid #b1b4b6; padding-top: 16px; margin-top: 32px; } h3 { margin-bottom: 4px; }
.lede { font-size: 1.05rem; }
.muted { color: ${MUTED_COLOUR}; }
nav ul { columns: 2; padding-left: 20px; }
a { color: #1d70b8; } a:visited { color: #4c2c92; } a:focus { outline: 3px solid #ffdd00; background: #ffdd00; color: ${TEXT_COLOUR}; }
table { border-collapse: collapse; margin: 8px 0 16px; font-size: 0.9rem; }
caption { text-align: left; font-weight: bold; padding: 4px 0; }
th, td { border-bottom: 1px solid #b1b4b6; padding: 4px 8px; text-align: left; vertical-align: top; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.indicators { display: grid; grid-template-columns: repeat(auto-fill, minmax(470px, 1fr)); gap: 16px; }
.indicator { border: 1px solid #b1b4b6; padding: 8px 12px; }
.indicator.candidate { border-left: 6px solid #F46A25; }
.icon { display: inline-block; border-left: 4px solid; padding: 0 6px; margin: 2px 8px 2px 0; }
.icon-kind { font-weight: bold; }
dl.values { display: grid; grid-template-columns: max-content 1fr; gap: 0 12px; margin: 6px 0; }
dl.values dt { font-weight: bold; } dl.values dd { margin: 0; }
figure { margin: 8px 0; } figure svg { max-width: 100%; height: auto; }
figcaption { font-size: 0.85rem; color: ${MUTED_COLOUR}; }
blockquote { border-left: 4px solid #b1b4b6; margin: 4px 0; padding-left: 8px; }
.flag { font-weight: bold; }
.disclosure { border-left: 6px solid #12436D; padding-left: 8px; }
`;

/**
 * Builds the page from the model and each chart's SVG (by figure id): a self-contained HTML document
 * (inline styles and SVG, a Content-Security-Policy that allows no fetch), every piece of data
 * HTML-escaped. Pure and deterministic: the same model and SVGs give the same bytes. A chart whose
 * SVG is not given is left out (its data table is still shown).
 *
 * @example
 * const html = dashboardHtml(dashboardModel(loadDataset('datasets/example-synthetic/2022-23')), new Map());
 * html.startsWith('<!DOCTYPE html>'); // => true
 * html.includes('<script'); // => false
 */
export function dashboardHtml(model: DashboardModel, svgs: ReadonlyMap<string, string>): string {
  const h = escapeHtml;
  const groupId = (i: number) => `group-${i + 1}`;
  const parts: string[] = [];
  parts.push(
    '<!DOCTYPE html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="scpkit dashboard">',
    // No network at view time: nothing is loaded from anywhere (charts are inline SVG, styles inline).
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<meta name="${DASHBOARD_DISCLOSURE_META}" content="${model.disclosure}">`,
    `<title>${h(`Performance dashboard: ${model.title}`)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>Performance dashboard: ${h(model.title)}</h1>`,
  );
  if (model.description !== null) parts.push(`<p class="lede">${h(model.description)}</p>`);
  const quarterly = model.indicators.length;
  const annualCount = model.groups.reduce((n, g) => n + g.annual.length, 0);
  parts.push(
    `<p>${h(model.partnership)}, ${h(model.period)}: ${quarterly} quarterly indicator${quarterly === 1 ? '' : 's'} with statistical process control, ` +
      `${annualCount} annual indicator${annualCount === 1 ? '' : 's'}, ${model.candidates.length} escalation candidate${model.candidates.length === 1 ? '' : 's'}, ` +
      `${model.escalations.length} recorded escalation${model.escalations.length === 1 ? '' : 's'}. Written by <code>scpkit dashboard</code>; it loads nothing from the network.</p>`,
    `<p id="disclosure-note"${model.disclosure === 'protect' ? ' class="disclosure"' : ''}>${h(disclosureNote(model))}</p>`,
    '</header>',
    '<nav aria-label="Contents"><h2>Contents</h2><ul>',
    '<li><a href="#summary">Every indicator</a></li>',
    '<li><a href="#candidates">Escalation candidates</a></li>',
    '<li><a href="#escalations">Recorded escalations and actions</a></li>',
    ...model.groups.map((g, i) => `<li><a href="#${groupId(i)}">${h(g.group)}</a></li>`),
    '<li><a href="#method">How to read it</a></li>',
    '</ul></nav>',
    '<main>',
  );

  // Summary table of every indicator.
  parts.push('<section id="summary" aria-labelledby="summary-h"><h2 id="summary-h">Every indicator</h2>');
  if (quarterly === 0 && annualCount === 0) {
    parts.push('<p>This dataset has no quarterly indicators (<code>quarterly-indicators.csv</code>) and no annual indicators (<code>context-indicators.csv</code>).</p>');
  }
  if (quarterly > 0) {
    parts.push(
      htmlTable(
        ['Group', 'Indicator', 'Latest quarter', 'Latest value', 'Change on a year earlier', 'Variation', 'Assurance', 'Escalation candidate'],
        model.indicators.map((d) => {
          const id = d.series.indicator;
          const latestValue =
            d.latestSuppressed !== null ? dataValueHtml(SUPPRESSED, d.series.unit, id, d.latestSuppressed) : d.latest === null ? 'none' : dataValueHtml(d.latest.value, d.series.unit, id, d.latest.period);
          const change =
            d.latestSuppressed !== null ? SUPPRESSED : d.changeOnYear === null ? 'no value a year earlier' : `${formatChange(d.changeOnYear, d.series.unit)}${d.changeOnYearPercent === null ? '' : ` (${formatPercent(d.changeOnYearPercent)})`}`;
          return [
            td(h(d.series.group)),
            td(h(d.series.label)),
            td(h(d.latestSuppressed ?? d.latest?.period ?? 'none')),
            td(latestValue),
            td(h(change)),
            td(h(d.variation.text)),
            td(h(d.assurance.text)),
            td(d.suppressed.length > 0 ? 'not assessed (values suppressed)' : d.candidate === null ? 'no' : 'yes'),
          ];
        }),
        `Quarterly indicators (${quarterly}): the latest quarter, its Making Data Count variation and assurance`,
      ),
    );
  }
  if (annualCount > 0) {
    parts.push(
      htmlTable(
        ['Group', 'Indicator', 'Years', 'Latest value', 'Change on the year before', 'Printed arrow', 'Escalated'],
        model.groups.flatMap((g) =>
          g.annual.map((a) => {
            const years = annualYears(a);
            const lastYear = years[years.length - 1]!;
            const last = a.points.find((p) => p.period === lastYear);
            return [
              td(h(a.group)),
              td(h(a.label)),
              td(h(years.join(', '))),
              td(dataValueHtml(last === undefined ? SUPPRESSED : last.value, 'count', a.indicator, lastYear)),
              td(a.changeSuppressed ? SUPPRESSED : a.changePercent === null ? 'not computed' : h(formatPercent(a.changePercent))),
              td(a.printedSuppressed ? SUPPRESSED : h(a.printedArrow ?? 'none')),
              td(a.escalations.length === 0 ? 'no' : 'yes'),
            ];
          }),
        ),
        `Annual indicators (${annualCount}) the report prints year on year`,
      ),
    );
  }
  parts.push('</section>');

  // Escalation candidates.
  parts.push(
    '<section id="candidates" aria-labelledby="candidates-h"><h2 id="candidates-h">Escalation candidates</h2>',
    `<p>Indicators the quality-assurance subgroup may want to look at this quarter: the latest point is special cause of a concerning nature, the process consistently fails its target, or the latest value changed by ${model.yearOnYearPercent}% or more on a year earlier. Each reason is computed from the series; the decision is the subgroup's.</p>`,
  );
  if (model.candidates.length === 0) parts.push(`<p>${quarterly === 0 ? 'None: there are no quarterly series to judge.' : 'None this quarter.'}</p>`);
  else {
    parts.push('<ol>');
    for (const { candidate, indicator } of model.candidates) {
      parts.push(`<li><a href="#ind-${h(indicator.series.indicator)}">${h(indicator.series.label)}</a> <span class="muted">(${h(candidate.triggers.join(', '))})</span>: ${h(candidate.reason)}</li>`);
    }
    parts.push('</ol>');
  }
  parts.push('</section>');

  // Recorded escalations.
  parts.push('<section id="escalations" aria-labelledby="escalations-h"><h2 id="escalations-h">Recorded escalations and actions</h2>');
  if (model.escalations.length === 0) parts.push('<p>The dataset records no escalations (<code>escalations.csv</code>).</p>');
  else {
    parts.push('<table><caption>Escalations the report records, with the action taken and the outcome where it prints them</caption>');
    parts.push('<thead><tr><th scope="col">Indicator</th><th scope="col">Period</th><th scope="col">Reason</th><th scope="col">Action</th><th scope="col">Outcome</th><th scope="col">Source</th></tr></thead><tbody>');
    for (const e of model.escalations) {
      const anchor = model.indicators.some((d) => d.series.indicator === e.indicator)
        ? `ind-${e.indicator}`
        : model.groups.some((g) => g.annual.some((a) => a.indicator === e.indicator))
          ? `annual-${e.indicator}`
          : null;
      const name = h(e.label ?? e.indicator);
      parts.push(
        `<tr><td>${anchor !== null ? `<a href="#${h(anchor)}">${name}</a>` : name}</td><td>${h(e.period)}</td><td>${reportWords(e.reason)}</td>` +
          `<td>${e.action === null ? '<span class="muted">not printed</span>' : reportWords(e.action)}</td><td>${e.outcome === null ? '<span class="muted">not printed</span>' : reportWords(e.outcome)}</td>` +
          `<td>Section ${h(e.section)}: <blockquote>${reportWords(e.quote)}</blockquote></td></tr>`,
      );
    }
    parts.push('</tbody></table>');
  }
  parts.push('</section>');

  // One section per group.
  model.groups.forEach((g, i) => {
    parts.push(`<section id="${groupId(i)}" aria-labelledby="${groupId(i)}-h"><h2 id="${groupId(i)}-h">${h(g.group)}</h2>`);
    if (g.indicators.length > 0) {
      parts.push('<div class="indicators">');
      for (const d of g.indicators) parts.push(indicatorHtml(d, svgs));
      parts.push('</div>');
    }
    if (g.annual.length > 0) parts.push(annualHtml(g.group, g.annual, i));
    parts.push('</section>');
  });

  parts.push(
    '<section id="method" aria-labelledby="method-h"><h2 id="method-h">How to read it</h2>',
    '<p>Each quarterly indicator has an XmR (individuals) chart: the mean and the process limits (mean ± 2.66 × the average moving range) of the whole series. ' +
      'Points are judged by the NHS Making Data Count rules: a point outside the limits; a shift of seven points in a row on one side of the mean; a trend of seven points each higher (or lower) than the one before; two of three points beyond two sigma on the same side. ' +
      'A special cause is <em>improving</em> or <em>concerning</em> by the indicator\'s better direction, or <em>neither</em> where no direction is better. Assurance compares the target with the process limits: consistently passing, consistently failing, or hit and miss. ' +
      'Icons carry their meaning in words; colour (blue improving, orange concerning, grey common cause, purple neither) and the triangle\'s direction repeat it.</p>',
    '<p>Annual indicators have two values (this year and last): too few for a process chart, so they show the change the report prints beside the change computed from its values.</p>',
    `<p>Symbols: ${SUPPRESSED} suppressed by disclosure control (a count from 1 to 5, a value hidden with one so that a total cannot give it back, or a rate or percentage computed from one); [x] not available. A 0 is a true zero.` +
      `${model.disclosure === 'protect' ? ' This page was written from data marked "protect": see <a href="#disclosure-note">the note at the top</a>.' : ''}</p>`,
    '</section>',
    '</main>',
    '<footer><p class="muted">Made by scpkit from the dataset\'s own files; every value is as the dataset gives it.</p></footer>',
    '</body>',
    '</html>',
    '',
  );
  return parts.join('\n');
}

function indicatorHtml(d: DashboardIndicator, svgs: ReadonlyMap<string, string>): string {
  const h = escapeHtml;
  const s = d.series;
  const out: string[] = [];
  out.push(`<article id="ind-${h(s.indicator)}" class="indicator${d.candidate === null ? '' : ' candidate'}" data-indicator="${h(s.indicator)}" aria-labelledby="ind-${h(s.indicator)}-h">`);
  out.push(`<h3 id="ind-${h(s.indicator)}-h">${h(s.label)}</h3>`);
  out.push(`<p class="icons">${iconHtml(d.variation, 'Variation')}${iconHtml(d.assurance, 'Assurance')}</p>`);
  if (d.latestRules.length > 0) out.push(`<p>Rule${d.latestRules.length === 1 ? '' : 's'} at the latest point: ${h(d.latestRules.join('; '))}.</p>`);
  const value = (v: number | string, period: string) => dataValueHtml(v, s.unit, s.indicator, period);
  out.push('<dl class="values">');
  if (d.latestSuppressed !== null) {
    out.push(`<dt>Latest</dt><dd>${value(SUPPRESSED, d.latestSuppressed)} in ${h(d.latestSuppressed)} (suppressed)</dd>`);
    if (d.latest !== null) out.push(`<dt>Last value shown</dt><dd>${value(d.latest.value, d.latest.period)} in ${h(d.latest.period)}</dd>`);
  } else {
    out.push(`<dt>Latest</dt><dd>${d.latest === null ? 'no value' : `${value(d.latest.value, d.latest.period)} in ${h(d.latest.period)}`}</dd>`);
    if (d.changeOnPrevious !== null && d.previous !== null) {
      out.push(`<dt>Change on previous quarter</dt><dd>${h(formatChange(d.changeOnPrevious, s.unit))} (from ${value(d.previous.value, d.previous.period)} in ${h(d.previous.period)})</dd>`);
    }
    if (d.changeOnYear !== null && d.yearEarlier !== null) {
      const percent = d.changeOnYearPercent === null ? '' : `, ${formatPercent(d.changeOnYearPercent)}`;
      out.push(`<dt>Change on a year earlier</dt><dd>${h(formatChange(d.changeOnYear, s.unit))}${h(percent)} (from ${value(d.yearEarlier.value, d.yearEarlier.period)} in ${h(d.yearEarlier.period)})</dd>`);
    }
  }
  if (s.target !== null) out.push(`<dt>Target</dt><dd>${dataValueHtml(s.target, 'target', s.indicator, '', formatDashboardValue(s.target, s.unit))}</dd>`);
  out.push(`<dt>Better</dt><dd>${s.improvement === 'increase' ? 'higher' : s.improvement === 'decrease' ? 'lower' : 'neither direction'}</dd>`);
  out.push('</dl>');
  if (d.candidate !== null) out.push(`<p><span class="flag">Escalation candidate:</span> ${h(d.candidate.reason)}</p>`);
  if (d.figure !== null) {
    const svg = svgs.get(d.figure.id);
    if (svg !== undefined) {
      out.push(`<figure class="spc-chart" data-figure="${h(d.figure.id)}">${inlineSvg(svg, d.figure.id, d.figure.description)}<figcaption>${h(d.figure.description)}</figcaption></figure>`);
    }
    out.push(`<details class="data-table"><summary>Data table: ${h(s.label)}</summary>${spcTableHtml(d)}</details>`);
  } else {
    out.push(`<p class="no-chart">${h(d.noChart ?? '')}</p>`);
    if (d.suppressed.length > 0) {
      const rows = d.quarters.map((q) => [td(h(q.period)), td(q.value === null ? value(q.code === '' ? '[x]' : q.code, q.period) : value(q.value, q.period), true)]);
      out.push(`<details class="data-table"><summary>Data table: ${h(s.label)}</summary>${htmlTable(['Quarter', s.label], rows, `${s.label}: values by quarter (${SUPPRESSED} suppressed)`)}</details>`);
    }
  }
  const unavailable = s.gaps.filter((g) => g.code !== SUPPRESSED);
  if (unavailable.length > 0) out.push(`<p class="muted">Not available: ${h(unavailable.map((g) => `${g.period} ${g.code}`.trim()).join(', '))}.</p>`);
  for (const e of d.escalations) out.push(escalationNote(e));
  out.push('</article>');
  return out.join('\n');
}

/** The SPC data table of an indicator: values, mean and limits as `<data>` (limits are `statistic`s), the rules in words. */
function spcTableHtml(d: DashboardIndicator): string {
  const h = escapeHtml;
  const s = d.series;
  const table = d.figure!.table;
  const rows = table.rows.map((row) => {
    const period = String(row[0]);
    return row.map((cell, c) => {
      if (typeof cell !== 'number') return td(h(cell));
      const unit = c === 1 ? s.unit : c === 5 ? 'target' : 'statistic';
      return td(dataValueHtml(cell, unit, s.indicator, period, String(cell)), true);
    });
  });
  return htmlTable(table.columns, rows, `${s.label}: values, limits and rules by quarter`);
}

/** What disclosure control did to the page, in a sentence or two. */
function disclosureNote(model: DashboardModel): string {
  if (model.disclosure === 'published') return 'Every resource of this dataset is marked "published" (already public): values are shown as the dataset gives them.';
  const n = model.withheldCount;
  return (
    `Disclosure control: the dataset is marked "protect" (not yet published), so it was read through scpkit's disclosure control before this page was written: ` +
    `a count from 1 to 5 is shown as ${SUPPRESSED}, and so is a value hidden with one so that a total cannot give it back, and a rate or percentage computed from a hidden count ` +
    `(${n} value${n === 1 ? '' : 's'} withheld). An indicator with a suppressed quarter has no process chart, variation or assurance: limits computed with its hidden values would let a reader work them out, and limits computed without them would misstate the process.`
  );
}

function escalationNote(e: { period: string; reason: string; action: string | null; outcome: string | null; section: string; quote: string }): string {
  const h = escapeHtml;
  return (
    `<div class="recorded"><p><span class="flag">Escalated ${h(e.period)}:</span> ${reportWords(e.reason)}` +
    `${e.action === null ? '' : ` <strong>Action:</strong> ${reportWords(e.action)}`}${e.outcome === null ? '' : ` <strong>Outcome:</strong> ${reportWords(e.outcome)}`}</p>` +
    `<blockquote>Section ${h(e.section)}: ${reportWords(e.quote)}</blockquote></div>`
  );
}

/** The years of an annual indicator, shown or suppressed, in order. */
function annualYears(a: AnnualIndicator): string[] {
  return [...new Set([...a.points.map((p) => p.period), ...a.suppressed])].sort();
}

function annualHtml(group: string, annual: readonly AnnualIndicator[], index: number): string {
  const h = escapeHtml;
  const periods = [...new Set(annual.flatMap(annualYears))].sort();
  const out: string[] = [`<h3 id="group-${index + 1}-annual">Annual indicators</h3>`];
  out.push(`<table><caption>${h(group)}: the values the report prints, the change computed from them and the change it states</caption>`);
  out.push(`<thead><tr><th scope="col">Indicator</th>${periods.map((p) => `<th scope="col">${h(p)}</th>`).join('')}<th scope="col">Change (computed)</th><th scope="col">Printed arrow and change</th><th scope="col">Escalated</th></tr></thead><tbody>`);
  for (const a of annual) {
    const cells = periods.map((p) => {
      const v = a.points.find((x) => x.period === p);
      if (a.suppressed.includes(p)) return td(dataValueHtml(SUPPRESSED, 'count', a.indicator, p), true);
      return v === undefined ? '<td>[x]</td>' : td(dataValueHtml(v.value, 'count', a.indicator, p), true);
    });
    const printed = a.printedSuppressed ? SUPPRESSED : [a.printedArrow, a.statedChangePercent === null ? null : `${a.statedChangePercent}%`].filter((x) => x !== null).join(', ');
    const escalated = a.escalations.length === 0 ? 'no' : a.escalations.map((e) => `${e.period}: ${e.reason}`).join('; ');
    const change = a.changeSuppressed ? SUPPRESSED : a.changePercent === null ? 'not computed' : formatPercent(a.changePercent);
    out.push(
      `<tr id="annual-${h(a.indicator)}" data-indicator="${h(a.indicator)}"><th scope="row">${h(a.label)}</th>${cells.join('')}<td class="num">${h(change)}</td>` +
        `<td>${printed === '' ? 'none' : h(printed)}</td><td>${escalated === 'no' ? 'no' : reportWords(escalated)}</td></tr>`,
    );
  }
  out.push('</tbody></table>');
  return out.join('\n');
}

/**
 * Renders every chart of the model to SVG (`renderSvg`) and builds the page ({@link dashboardHtml}).
 *
 * @example
 * const html = await renderDashboard(dashboardModel(loadDataset('datasets/east-sussex/2021-22')));
 * html.includes('Recorded escalations and actions'); // => true
 */
export async function renderDashboard(model: DashboardModel): Promise<string> {
  const svgs = new Map<string, string>();
  for (const d of model.indicators) if (d.figure !== null) svgs.set(d.figure.id, await renderSvg(d.figure.spec));
  return dashboardHtml(model, svgs);
}

/**
 * A page listing several dashboards (`scpkit dashboard <folder of datasets>`): a link to each, by its title.
 *
 * @example
 * dashboardIndexHtml([{ href: 'northby-2022-23/index.html', title: 'Northby' }]).includes('<a href="northby-2022-23/index.html">Northby</a>');
 * // => true
 */
export function dashboardIndexHtml(pages: readonly { readonly href: string; readonly title: string }[]): string {
  const h = escapeHtml;
  return [
    '<!DOCTYPE html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="scpkit dashboard">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<title>Performance dashboards</title>',
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<header><h1>Performance dashboards</h1></header>',
    '<main>',
    '<ul>',
    ...pages.map((p) => `<li><a href="${h(p.href)}">${h(p.title)}</a></li>`),
    '</ul>',
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

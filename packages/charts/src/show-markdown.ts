import { InvalidInputError } from '@scpkit/core';
import { displayBundle, type MimeBundle } from './display.js';
import { protectText } from './protect.js';

/**
 * Escapes text from data (a quote, a label, a name) so that Markdown shows it as it is and never as
 * markup: every ASCII punctuation character Markdown could read as syntax gets a backslash (so
 * `*`, `_`, `[`, `](`, `#`, `|`, backticks ... are literal), and `<`, `>` and `&` become the HTML
 * entities `&lt;`, `&gt;` and `&amp;`, so raw HTML, autolinks (`<javascript:...>`) and entities
 * in the data stay text. Line breaks are kept. Use it for every piece of data put into the text of
 * `showMarkdown`.
 *
 * @example
 * escapeMarkdown('*Note*: see [1]'); // => '\\*Note\\*\\: see \\[1\\]'
 * escapeMarkdown('<script>'); // => '&lt;script&gt;'
 */
export function escapeMarkdown(text: string): string {
  if (typeof text !== 'string') throw new InvalidInputError('escapeMarkdown', 'text', text, 'must be a string');
  return text
    .replace(/[\\`*_{}[\]()#+\-.!|~:]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** Link destinations a notebook output may point to: web and mail addresses, anchors and relative paths. */
const SAFE_DESTINATION = /^(?:https?:\/\/|mailto:|#|\.{0,2}\/|[^:&%\\]*(?:[/?#]|$))/i;

/**
 * Makes Markdown text safe to store as a notebook output while keeping its Markdown (emphasis,
 * lists, links to web addresses): raw HTML cannot start (every `<` becomes `&lt;`, which also stops
 * `<javascript:...>` autolinks), and a link or link definition whose destination has any other
 * scheme (`javascript:`, `data:`, `vbscript:`, or a scheme hidden with entities or escapes) loses
 * its link syntax and is shown as text. `showMarkdown` applies it to everything it shows, as a
 * second line of defence behind {@link escapeMarkdown}.
 *
 * @example
 * neutralizeMarkdown('[report](https://example.org/report.pdf)'); // => '[report](https://example.org/report.pdf)'
 * neutralizeMarkdown('[click](javascript:alert(1))'); // => '[click\\]\\(javascript:alert(1))'
 * neutralizeMarkdown('<img src=x>'); // => '&lt;img src=x>'
 */
export function neutralizeMarkdown(text: string): string {
  if (typeof text !== 'string') throw new InvalidInputError('neutralizeMarkdown', 'text', text, 'must be a string');
  return text
    .replace(/</g, '&lt;')
    .replace(/\]\(\s*((?:&lt;)?)\s*([^\s)]*)/g, (whole: string, angle: string, destination: string) =>
      SAFE_DESTINATION.test(destination) && angle === '' ? whole : `\\]\\(${whole.slice(2)}`,
    )
    .replace(/^( {0,3}\[[^\]\n]+)\]:(\s*)(\S*)/gm, (whole: string, label: string, space: string, destination: string) =>
      SAFE_DESTINATION.test(destination) ? whole : `${label}\\]:${space}${destination}`,
    );
}

/**
 * The notebook output for a paragraph of Markdown: the Markdown (`text/markdown`, made safe by
 * {@link neutralizeMarkdown}) and the text as given as `text/plain`, both through the disclosure-control
 * hook for text (`protectText`).
 *
 * @example
 * markdownBundle('**17,011** family contacts'); // => { 'text/markdown': '**17,011** family contacts', 'text/plain': '**17,011** family contacts' }
 */
export function markdownBundle(text: string): MimeBundle {
  const safe = protectText(text);
  return { 'text/markdown': neutralizeMarkdown(safe), 'text/plain': safe };
}

/**
 * Shows Markdown text in a tslab notebook (Jupyter or `scpkit reproduce`) as one output, so a
 * narrative sentence can carry numbers the code computed instead of numbers typed into a markdown
 * cell. Raw HTML and links to anything but web or mail addresses are shown as text (see
 * {@link neutralizeMarkdown}); escape data put into the text with {@link escapeMarkdown}.
 *
 * @example
 * showMarkdown('**17,011** family contacts'); // throws DisplayUnavailableError: outside a notebook
 */
export function showMarkdown(text: string): void {
  displayBundle(markdownBundle(text), 'showMarkdown');
}

import { displayBundle, type MimeBundle } from './display.js';

/** The notebook output for a paragraph of Markdown: the Markdown (`text/markdown`) and the same text as `text/plain`. */
export function markdownBundle(text: string): MimeBundle {
  return { 'text/markdown': text, 'text/plain': text };
}

/**
 * Shows Markdown text in a tslab notebook (Jupyter or `scpkit reproduce`) as one output, so a
 * narrative sentence can carry numbers the code computed instead of numbers typed into a markdown cell.
 */
export function showMarkdown(text: string): void {
  displayBundle(markdownBundle(text), 'showMarkdown');
}

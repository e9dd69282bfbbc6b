import { DEJAVU_SANS_ADVANCES, DEJAVU_SANS_CHARACTERS, DEJAVU_SANS_UNITS_PER_EM } from './dejavu-sans-advances.js';

const regular = new Map<string, number>();
const bold = new Map<string, number>();
[...DEJAVU_SANS_CHARACTERS].forEach((ch, i) => {
  regular.set(ch, DEJAVU_SANS_ADVANCES.regular[i] ?? DEJAVU_SANS_UNITS_PER_EM);
  bold.set(ch, DEJAVU_SANS_ADVANCES.bold[i] ?? DEJAVU_SANS_UNITS_PER_EM);
});

/** True for a CSS/Vega font weight that selects the bold face (`bold`, `bolder`, 600-900). */
export function isBoldWeight(weight: unknown): boolean {
  if (weight === 'bold' || weight === 'bolder') return true;
  const numeric = typeof weight === 'number' ? weight : typeof weight === 'string' ? Number(weight) : NaN;
  return Number.isFinite(numeric) && numeric >= 600;
}

/**
 * Width in pixels of `text` set in DejaVu Sans (the charts' font, the one the PNG renderer has) at
 * `fontSize` px: the sum of the glyphs' advance widths from the font's `hmtx` table (kerning is
 * ignored, so pairs such as "AV" come out slightly wide). Characters outside the table (Latin-1,
 * common punctuation, arrows) count as one em.
 */
export function dejaVuSansWidth(text: string, fontSize: number, isBold = false): number {
  const advances = isBold ? bold : regular;
  let units = 0;
  for (const ch of text) units += advances.get(ch) ?? DEJAVU_SANS_UNITS_PER_EM;
  return (units * fontSize) / DEJAVU_SANS_UNITS_PER_EM;
}

/** The part of a vega scenegraph text item the width function reads. */
interface TextItem {
  readonly fontSize?: number | string | null;
  readonly fontWeight?: unknown;
}

/**
 * A replacement for vega's `textMetrics.width` (vega's headless renderer otherwise estimates every
 * character as 0.8 em, which truncates axis labels at about 27 characters and leaves wide empty
 * margins). Returns the untruncated width of `text` as {@link dejaVuSansWidth}; vega itself applies
 * label limits with it. The same contract as vl-convert's user-defined text width.
 */
export function vegaTextWidth(item: TextItem, text: unknown): number {
  const size = item.fontSize == null ? 11 : Number(item.fontSize) || 0;
  const line = text == null ? '' : String(text).trim();
  if (size <= 0 || line === '') return 0;
  return dejaVuSansWidth(line, size, isBoldWeight(item.fontWeight));
}

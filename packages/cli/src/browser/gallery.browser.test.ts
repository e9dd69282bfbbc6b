// Issue 15: the figures gallery (docs/figures/index.html) opened in a real headless Chromium
// (Debian's, through puppeteer-core) with axe-core: it is committed exactly as the code writes it,
// it does not overflow sideways at 1,280 px, axe reports no serious or critical violation, the alt
// text is exposed once, every table has a caption and prints its numbers as the report does, the
// [c]/[x]/[z] symbols are explained, and the figures come in the report's section order.
import { readFileSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareSections, galleryHtml, readFigures } from '../reproduce/gallery.js';
import { chromiumAvailable, closeBrowser, openHeadlessPage, seriousViolations, type HeadlessPage } from './headless-page.test-support.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const figuresDir = join(root, 'docs/figures');
const file = join(figuresDir, 'index.html');

describe.skipIf(!chromiumAvailable())('the figures gallery in headless Chromium', () => {
  let page: HeadlessPage;
  beforeAll(async () => {
    page = await openHeadlessPage(file, 1280);
  }, 180_000);
  afterAll(async () => {
    await page?.close();
    await closeBrowser();
  });
  const evaluate = <T>(expression: string): Promise<T> => page.page.evaluate(expression) as Promise<T>;

  it('is committed exactly as scpkit reproduce writes it from the committed figures', async () => {
    const { figures, skipped } = await readFigures(figuresDir);
    const fromGallery = (notebook: string) => relative(figuresDir, join(root, notebook)).split(sep).join(posix.sep);
    expect(readFileSync(file, 'utf8') === galleryHtml(figures, fromGallery, skipped)).toBe(true);
  });

  it('does not overflow sideways at 1,280 px (images sized from their SVGs), and fetches only its own figures', async () => {
    const widths = await evaluate<{ scroll: number; client: number; sized: boolean }>(
      "({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth, sized: [...document.images].every((i) => i.getAttribute('width') !== null && i.getBoundingClientRect().width > 0) })",
    );
    expect(widths.sized).toBe(true);
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    // The test browser aborts every request but the page's own, so the only errors are its figures not loading.
    expect(page.errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
    expect(page.requests.every((url) => url.startsWith('file://') && /\/docs\/figures\/[a-z0-9-]+\.svg$/.test(url))).toBe(true);
  });

  it('has no serious or critical axe-core violation', async () => {
    expect(seriousViolations(await page.axe())).toEqual([]);
  }, 120_000);

  it('exposes each alt text once: on the image, with the visible copy hidden from screen readers', async () => {
    const figures = await evaluate<{ alt: string; visible: string; hidden: string | null }[]>(
      `[...document.querySelectorAll('figure')].map((f) => ({ alt: f.querySelector('img').getAttribute('alt'), visible: f.querySelector('p.alt').textContent, hidden: f.querySelector('p.alt').getAttribute('aria-hidden') }))`,
    );
    expect(figures.length).toBeGreaterThan(0);
    for (const f of figures) {
      expect(f.alt.trim()).not.toBe('');
      expect(f.visible).toBe(f.alt);
      expect(f.hidden).toBe('true');
    }
  });

  it('captions every table and prints numbers as the report does: separators, £, %, no long decimals', async () => {
    const tables = await evaluate<{ caption: string | null; numbers: string[] }[]>(
      `[...document.querySelectorAll('table')].map((t) => ({ caption: t.querySelector('caption')?.textContent ?? null, numbers: [...t.querySelectorAll('td.num')].map((td) => td.textContent) }))`,
    );
    expect(tables.length).toBeGreaterThan(0);
    const numbers = tables.flatMap((t) => t.numbers);
    for (const t of tables) expect(t.caption).toMatch(/^Data behind ".+"$/);
    for (const n of numbers) expect(n).toMatch(/^-?(£)?\d{1,3}(,\d{3})*(\.\d{1,2})?%?$/);
    // The report's own figures, as it prints them: the budget's largest line and a share of claims.
    expect(numbers).toContain('£114,300');
    expect(numbers.some((n) => /^\d+\.\d%$/.test(n))).toBe(true);
  });

  it('explains [c], [x] and [z] in a legend', async () => {
    const terms = await evaluate<string[]>(`[...document.querySelectorAll('dl.symbols dt')].map((d) => d.textContent)`);
    expect(terms).toEqual(['[c]', '[x]', '[z]']);
  });

  it("lists the figures in the report's section order", async () => {
    const sections = await evaluate<string[]>(`[...document.querySelectorAll('h2')].map((h) => h.textContent).filter((t) => t.startsWith('Report section ')).map((t) => t.slice('Report section '.length))`);
    expect(sections.length).toBeGreaterThan(3);
    expect([...sections].sort(compareSections)).toEqual(sections);
  });
});

describe('compareSections', () => {
  it("orders sections as a report numbers them, none last", () => {
    expect(['9.C', '10', '4.2', '2', '9.A', '5.1', '8'].sort(compareSections)).toEqual(['2', '4.2', '5.1', '8', '9.A', '9.C', '10']);
    expect([null, '3', undefined, '1'].sort(compareSections)).toEqual(['1', '3', null, undefined]);
  });
});

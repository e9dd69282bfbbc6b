// Issue 13 item 5: the dashboard page opened in a real headless Chromium (Debian's, through
// puppeteer-core) with axe-core: it renders, every indicator's chart and data table is there, it
// fetches nothing (offline), and axe reports no serious or critical violation. The pages opened are
// the committed ones under docs/dashboard/, after checking they are exactly what the code writes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboardModel, renderDashboard, type DashboardModel } from '@scpkit/charts';
import { findDatasets, loadDataset } from '@scpkit/core/node';
import { chromiumAvailable, closeBrowser, openHeadlessPage, seriousViolations, type HeadlessPage } from './headless-page.test-support.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const pages = findDatasets(join(root, 'datasets')).map((dir) => {
  const dataset = loadDataset(dir);
  return { dir, name: dataset.descriptor.name, file: join(root, 'docs/dashboard', dataset.descriptor.name, 'index.html'), model: dashboardModel(dataset) };
});

/** The text of every element matching `selector`, in document order (evaluated in the page). */
async function texts(page: HeadlessPage, selector: string): Promise<string[]> {
  return (await page.page.evaluate(`[...document.querySelectorAll(${JSON.stringify(selector)})].map((e) => e.textContent.replace(/\\s+/g, ' ').trim())`)) as string[];
}
async function count(page: HeadlessPage, selector: string): Promise<number> {
  return (await page.page.evaluate(`document.querySelectorAll(${JSON.stringify(selector)}).length`)) as number;
}

describe.skipIf(!chromiumAvailable())('the dashboard in headless Chromium', () => {
  afterAll(closeBrowser);

  describe.each(pages.map((p) => [p.name, p]))('%s', (_name, p) => {
    const model: DashboardModel = p.model;
    let page: HeadlessPage;
    beforeAll(async () => {
      page = await openHeadlessPage(p.file);
    }, 180_000);
    afterAll(async () => page?.close());

    it('is committed exactly as scpkit dashboard writes it (npm start)', async () => {
      expect(readFileSync(p.file, 'utf8') === (await renderDashboard(model))).toBe(true);
    }, 180_000);

    it('renders with its title, one section per group and the summary table of every indicator', async () => {
      expect(await page.page.title()).toBe(`Performance dashboard: ${model.title}`);
      expect(await texts(page, 'main section[id^="group-"] > h2')).toEqual(model.groups.map((g) => g.group));
      const summaryRows = await count(page, '#summary tbody tr');
      expect(summaryRows).toBe(model.indicators.length + model.groups.reduce((n, g) => n + g.annual.length, 0));
      expect(page.errors).toEqual([]);
    });

    it("has every quarterly indicator's chart, drawn, and its data table with a row per quarter", async () => {
      expect(await count(page, 'article.indicator')).toBe(model.indicators.length);
      for (const d of model.indicators) {
        const id = d.series.indicator;
        const drawn = (await page.page.evaluate(`(() => { const svg = document.querySelector('#ind-${id} figure svg'); const box = svg && svg.getBoundingClientRect(); return box ? [box.width, box.height, svg.querySelectorAll('path').length] : null; })()`)) as number[] | null;
        expect(drawn, id).not.toBeNull();
        expect(drawn![0]).toBeGreaterThan(200);
        expect(drawn![1]).toBeGreaterThan(100);
        expect(drawn![2]).toBeGreaterThan(d.series.values.length);
        expect(await count(page, `#ind-${id} details.data-table tbody tr`), id).toBe(d.series.values.length);
        expect((await texts(page, `#ind-${id} .icons`))[0], id).toBe(`Variation: ${d.variation.text} Assurance: ${d.assurance.text}`);
      }
    }, 120_000);

    it('shows the escalation candidates and every recorded escalation with its action and quote', async () => {
      expect(await count(page, '#candidates li')).toBe(model.candidates.length);
      const rows = await texts(page, '#escalations tbody tr');
      expect(rows.length).toBe(model.escalations.length);
      model.escalations.forEach((e, i) => {
        const squash = (t: string) => t.replace(/\s+/g, ' ').trim();
        expect(rows[i]).toContain(squash(e.reason));
        expect(rows[i]).toContain(e.action === null ? 'not printed' : squash(e.action));
        expect(rows[i]).toContain(squash(e.quote));
      });
    });

    it('loads nothing from the network (works offline)', () => {
      expect(page.requests).toEqual([]);
    });

    it('has no serious or critical accessibility violation (axe-core)', async () => {
      expect(seriousViolations(await page.axe())).toEqual([]);
    }, 400_000);
  });
});

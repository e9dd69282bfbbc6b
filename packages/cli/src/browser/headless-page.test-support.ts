// Opens a page we write (the dashboard, the figures gallery) in a real headless Chromium for tests:
// Debian's /usr/bin/chromium driven by puppeteer-core (no browser download), axe-core injected from
// node_modules. Offline by construction: every request that is not for the page itself is recorded
// and aborted, so a test can say the page needs no network.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/** Where Debian's chromium package puts the browser (`.ci/run` installs it when missing). */
export const CHROMIUM_PATH = process.env['SCPKIT_CHROMIUM'] ?? '/usr/bin/chromium';

/** Whether the browser is installed here; tests say so and skip when it is not (CI installs it). */
export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/** One axe-core violation, as much of it as a failing test needs to say what and where. */
export interface AxeViolation {
  readonly id: string;
  readonly impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly string[]; readonly html: string }[];
}

/** A page open in headless Chromium, with what it tried to fetch and what it logged as errors. */
export interface HeadlessPage {
  readonly page: Page;
  /** URLs the page requested other than itself (each was aborted: nothing reaches the network). */
  readonly requests: readonly string[];
  /** Uncaught page errors and console errors. */
  readonly errors: readonly string[];
  /** Runs axe-core on the page and returns its violations. */
  axe(): Promise<readonly AxeViolation[]>;
  close(): Promise<void>;
}

let browser: Browser | undefined;

/** The shared browser of this test process, launched on first use. */
async function launch(): Promise<Browser> {
  browser ??= await puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  return browser;
}

/** Closes the shared browser (call in `afterAll`). */
export async function closeBrowser(): Promise<void> {
  const b = browser;
  browser = undefined;
  await b?.close();
}

const require = createRequire(import.meta.url);

/**
 * Opens the HTML file `path` in headless Chromium (viewport `width` × 900) and waits for it to load.
 * Any request other than the file itself is recorded in `requests` and aborted.
 */
export async function openHeadlessPage(path: string, width = 1280): Promise<HeadlessPage> {
  const page = await (await launch()).newPage();
  await page.setViewport({ width, height: 900 });
  // A page may forbid scripts by its Content-Security-Policy (the dashboard does); the test's own
  // axe-core must still run. Network requests are still intercepted below.
  await page.setBypassCSP(true);
  const url = pathToFileURL(path).href;
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url() === url) void request.continue();
    else {
      requests.push(request.url());
      void request.abort();
    }
  });
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  return {
    page,
    requests,
    errors,
    axe: async () => {
      await page.addScriptTag({ content: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
      return page.evaluate(async () => {
        const result = await (globalThis as unknown as { axe: { run: () => Promise<{ violations: AxeViolation[] }> } }).axe.run();
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, html: n.html.slice(0, 200) })) }));
      });
    },
    close: () => page.close(),
  };
}

/** The serious and critical violations, one line each (`id (impact): help: first targets`), for a readable failure. */
export function seriousViolations(violations: readonly AxeViolation[]): string[] {
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}${v.nodes.length > 3 ? ` and ${v.nodes.length - 3} more` : ''}`);
}

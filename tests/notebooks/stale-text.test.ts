// Guards issue 15's "text that goes stale when a parameter changes": a notebook's code may not type
// the confidence level of an interval or the method of its limits into a title, header or sentence.
// Both are built from the estimate (`confidenceLevelLabel(rate.confidence)`, `rateCIMethodLabel(rate.method)`)
// or from the constant the method fixes (`BENCHMARK_CONFIDENCE_LEVELS`), so changing the level, or a
// dataset whose count falls below 10 (exact Poisson limits instead of Byar's), changes the text too.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const notebooksDir = fileURLToPath(new URL('../../notebooks/', import.meta.url));

/** Text an interval's parameters should build: "95% CI", "99.8% confidence", "95% Wilson", "Lower 95% limit", "Byar's method". */
const STALE_TEXT: readonly { pattern: RegExp; use: string }[] = [
  { pattern: /\d+(?:\.\d+)?\s*%\s*(?:CI\b|confidence|Wilson|interval|limit)/gi, use: 'confidenceLevelLabel(estimate.confidence)' },
  { pattern: /\b(?:Lower|Upper)\s+\d+(?:\.\d+)?\s*%/gi, use: 'confidenceLevelLabel(estimate.confidence)' },
  { pattern: /Byar'?s (?:method|approximation)|exact Poisson limits/gi, use: 'rateCIMethodLabel(rate.method)' },
];

/** Each typed interval parameter in `code`, with the function that should build it. */
function staleText(code: string): { text: string; use: string }[] {
  return STALE_TEXT.flatMap(({ pattern, use }) => [...code.matchAll(pattern)].map((m) => ({ text: m[0], use })));
}

describe('the stale-text checker', () => {
  it('finds a typed confidence level or CI method, and nothing built from the estimate', () => {
    expect(staleText("title: 'Rates with 95% confidence intervals (Byar's method)'").map((s) => s.text)).toEqual(['95% confidence', "Byar's method"]);
    expect(staleText("columns: ['Lower 95% limit', '99.8% CI', '95% Wilson interval']").map((s) => s.text)).toEqual(['95% limit', '99.8% CI', '95% Wilson', 'Lower 95%']);
    expect(staleText('title: `with ${confidenceLevelLabel(rate.confidence)} confidence interval (${rateCIMethodLabel(rate.method)})`')).toEqual([]);
    expect(staleText("console.log(`${percent(share)} of 40 schools, up 12% on last year`)")).toEqual([]);
  });
});

const notebooks = readdirSync(notebooksDir).filter((f) => f.endsWith('.ipynb')).sort();

describe("notebook code builds an interval's level and method from the estimate", () => {
  for (const file of notebooks) {
    it(file, () => {
      const cells = (JSON.parse(readFileSync(resolve(notebooksDir, file), 'utf8')) as { cells: { cell_type: string; id?: string; source: string | string[] }[] }).cells;
      const offences = cells
        .filter((c) => c.cell_type === 'code')
        .flatMap((c) => staleText(Array.isArray(c.source) ? c.source.join('') : c.source).map((s) => `cell ${c.id ?? '?'}: "${s.text}" typed: use ${s.use}`));
      expect(offences).toEqual([]);
    });
  }
});

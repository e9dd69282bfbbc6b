import { afterEach, describe, expect, it } from 'vitest';
import type { DisplayData } from './display.js';
import { DisplayUnavailableError } from './errors.js';
import { escapeMarkdown, markdownBundle, neutralizeMarkdown, showMarkdown } from './show-markdown.js';
import { tslabJupyter } from './test-support.js';

afterEach(() => {
  tslabJupyter.lastWriteDisplayData = null;
});

describe('showMarkdown', () => {
  it('throws DisplayUnavailableError outside a notebook', () => {
    tslabJupyter.lastWriteDisplayData = null;
    expect(() => showMarkdown('text')).toThrow(DisplayUnavailableError);
    expect(() => showMarkdown('text')).toThrow(/showMarkdown: no notebook display is active/);
  });

  it('emits ONE display output with the Markdown and the same text as plain text', () => {
    const outputs: [DisplayData, boolean][] = [];
    tslabJupyter.lastWriteDisplayData = (d, update) => outputs.push([d, update]);
    const text = 'The counts give **9.4%**, the report says *up 10%*.';
    showMarkdown(text);
    expect(outputs).toHaveLength(1);
    const [data, update] = outputs[0]!;
    expect(update).toBe(false);
    expect(data.data).toEqual({ 'text/markdown': text, 'text/plain': text });
  });
});

describe('data in Markdown outputs cannot become markup', () => {
  it('escapeMarkdown makes every Markdown and HTML character of data literal', () => {
    expect(escapeMarkdown('<script>alert(1)</script>')).toBe('&lt;script&gt;alert\\(1\\)&lt;/script&gt;');
    expect(escapeMarkdown('[click](javascript:alert(1))')).toBe('\\[click\\]\\(javascript\\:alert\\(1\\)\\)');
    expect(escapeMarkdown('<javascript:alert(1)>')).toBe('&lt;javascript\\:alert\\(1\\)&gt;');
    expect(escapeMarkdown('**bold** _x_ `code` # h &amp; |t|')).toBe('\\*\\*bold\\*\\* \\_x\\_ \\`code\\` \\# h &amp;amp; \\|t\\|');
    expect(escapeMarkdown('Learning & Development, section 5.5')).toBe('Learning &amp; Development, section 5\\.5');
    expect(() => escapeMarkdown(null as unknown as string)).toThrow(/escapeMarkdown: text must be a string/);
  });

  it('neutralizeMarkdown keeps Markdown and web links, stops raw HTML and other link schemes', () => {
    const kept = 'The counts give **9.4%**, *up 10%* [the report](https://example.org/r.pdf) [below](#table) [doc](docs/a:b.md) Learning & Development';
    expect(neutralizeMarkdown(kept)).toBe(kept);
    expect(neutralizeMarkdown('a <img src=x onerror=alert(1)> b')).toBe('a &lt;img src=x onerror=alert(1)> b');
    expect(neutralizeMarkdown('<javascript:alert(1)>')).toBe('&lt;javascript:alert(1)>');
    for (const destination of ['javascript:alert(1)', 'JavaScript:alert(1)', ' data:text/html,x', 'vbscript:x', 'jav&#97;script:alert(1)', 'java%73cript:x', '<javascript:alert(1)>']) {
      const out = neutralizeMarkdown(`see [here](${destination})`);
      expect(out.startsWith('see [here\\]\\(')).toBe(true);
    }
    expect(neutralizeMarkdown('[x]: javascript:alert(1)\n[y]: https://example.org')).toBe('[x\\]: javascript:alert(1)\n[y]: https://example.org');
  });

  it('showMarkdown stores the neutralized Markdown and the text as given as plain text', () => {
    const quote = 'Say <b onmouseover=alert(1)>hi</b> [me](javascript:alert(1))';
    expect(markdownBundle(quote)).toEqual({
      'text/markdown': 'Say &lt;b onmouseover=alert(1)>hi&lt;/b> [me\\]\\(javascript:alert(1))',
      'text/plain': quote,
    });
  });
});

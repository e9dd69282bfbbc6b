import { afterEach, describe, expect, it } from 'vitest';
import type { DisplayData } from './display.js';
import { DisplayUnavailableError } from './errors.js';
import { showMarkdown } from './show-markdown.js';
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

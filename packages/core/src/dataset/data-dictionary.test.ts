import { describe, expect, it } from 'vitest';
import { ScpkitError } from '../errors/scpkit-error.js';
import { DATA_DICTIONARY_END, DATA_DICTIONARY_START, renderDataDictionary, replaceDataDictionary } from './data-dictionary.js';
import { standardSchemas } from './schemas/index.js';

describe('renderDataDictionary', () => {
  const dictionary = renderDataDictionary();

  it('has a section per standard resource and a row per field with its type', () => {
    for (const [name, schema] of Object.entries(standardSchemas)) {
      expect(dictionary).toContain(`### \`${name}\` (\`${name}.csv\`)`);
      for (const field of schema.fields) expect(dictionary).toMatch(new RegExp(`\\| \`${field.name}\` \\| ${field.type} \\|`));
    }
  });

  it('states units, keys, missing values and unit-dependent bounds', () => {
    expect(dictionary).toContain('| `amount` | integer | GBP | no |');
    expect(dictionary).toContain('| `value` | integer | count | yes | ≥ 0 |');
    expect(dictionary).toContain('- Primary key: `indicator`, `period`');
    expect(dictionary).toContain('- Foreign key: `indicator` → `context-indicators` `indicator`');
    expect(dictionary).toContain('- Missing values: empty cell, `[x]`, `[z]`, `[c]`, `Not yet advised`');
    expect(dictionary).toContain('`percent`: ≥ 0, ≤ 100');
    expect(dictionary).toContain('`count`: whole number, ≥ 0');
  });

  it('renders any schema set, escaping table pipes', () => {
    const text = renderDataDictionary({ t: { fields: [{ name: 'a', type: 'string', description: 'x | y', constraints: { pattern: 'a|b' } }] } });
    expect(text).toContain('| `a` | string |  | no | pattern `a\\|b` | x \\| y |');
  });
});

describe('replaceDataDictionary', () => {
  it('replaces only the text between the markers and is idempotent', () => {
    const doc = `# Title\n\n${DATA_DICTIONARY_START}\nold\n${DATA_DICTIONARY_END}\n\nAfter.\n`;
    const once = replaceDataDictionary(doc, 'NEW');
    expect(once).toBe(`# Title\n\n${DATA_DICTIONARY_START}\n\nNEW\n\n${DATA_DICTIONARY_END}\n\nAfter.\n`);
    expect(replaceDataDictionary(once, 'NEW')).toBe(once);
  });

  it('throws a ScpkitError when a marker is missing or they are swapped', () => {
    expect(() => replaceDataDictionary('no markers', 'x')).toThrow(ScpkitError);
    expect(() => replaceDataDictionary(`${DATA_DICTIONARY_END}\n${DATA_DICTIONARY_START}`, 'x')).toThrow(/in that order/);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPrintedValue, PRINTED_VALUE_FIELDS, quotePrintsValue } from './check-printed-value.js';
import { standardSchemas } from './schemas/index.js';
import type { TableSchema } from './table-schema.js';

describe('quotePrintsValue', () => {
  it('reads the value in any printed form of its digits', () => {
    // Quotes of the East Sussex 2021/22 report (datasets/east-sussex/2021-22/source.txt) and their values.
    expect(quotePrintsValue('Contacts\t17,011', 17011)).toBe(true);
    expect(quotePrintsValue('a reach of 158, 087', 158087)).toBe(true);
    expect(quotePrintsValue('1404 missing episodes', 1404)).toBe(true);
    expect(quotePrintsValue('a slight increase (7.6%)', 7.6)).toBe(true);
    expect(quotePrintsValue('Total\n\t£270,300', 270300)).toBe(true);
    expect(quotePrintsValue('Projects\n\t£15,000', 15000)).toBe(true);
    expect(quotePrintsValue('2 LCSPRs published', 2)).toBe(true);
  });

  it('reads number words, and "no" or "none" as 0', () => {
    expect(quotePrintsValue('Three multi-agency audits', 3)).toBe(true);
    expect(quotePrintsValue('eight reviews', 8)).toBe(true);
    expect(quotePrintsValue('No children were found to be unsafe', 0)).toBe(true);
    expect(quotePrintsValue('None of the children are now on MACE', 0)).toBe(true);
    expect(quotePrintsValue('none of the children were willing to share', 0)).toBe(true);
    expect(quotePrintsValue('There have been no child deaths', 0)).toBe(true);
    // "no" is only 0, and a word inside another word is no number ("Non-accidental", "nonetheless").
    expect(quotePrintsValue('No children were found to be unsafe', 1)).toBe(false);
    expect(quotePrintsValue('Non-accidental injury', 0)).toBe(false);
    expect(quotePrintsValue('nonetheless it was noted', 0)).toBe(false);
  });

  it('refuses a value the quote does not print: 869 entered as 8690, a rounded or misread number', () => {
    expect(quotePrintsValue('869 children', 8690)).toBe(false);
    expect(quotePrintsValue('869 children', 86.9)).toBe(false);
    expect(quotePrintsValue('12.5% of schools', 12)).toBe(false);
    expect(quotePrintsValue('Between 2019/20 and 20/21', 2021)).toBe(false);
    expect(quotePrintsValue('Suicide', 2)).toBe(false);
  });

  it('takes an unsigned number for either sign (a fall is printed in words), a printed minus only for the negative', () => {
    expect(quotePrintsValue('referrals fell by 36%', -36)).toBe(true);
    expect(quotePrintsValue('Referrals\t64\t↓ 36%', -36)).toBe(true);
    expect(quotePrintsValue('a reduction of -36%', -36)).toBe(true);
    expect(quotePrintsValue('a reduction of -36%', 36)).toBe(false);
  });

  it('never throws, whatever the quote (a number too large for a double is no value)', () => {
    expect(quotePrintsValue('9'.repeat(400), 1)).toBe(false);
    fc.assert(fc.property(fc.string(), fc.double({ noNaN: true, noDefaultInfinity: true }), (quote, value) => typeof quotePrintsValue(quote, value) === 'boolean'));
  });

  it('finds every whole number printed in digits, with or without thousands commas', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.boolean(), (value, grouped) => {
        const printed = grouped ? value.toLocaleString('en-GB') : String(value);
        return quotePrintsValue(`we saw ${printed} children`, value) && !quotePrintsValue(`we saw ${printed} children`, value * 10 + 1);
      }),
    );
  });
});

describe('checkPrintedValue', () => {
  it('names the numbers the quote prints and ends with the hint', () => {
    expect(checkPrintedValue('attended by over 200 practitioners', 2000, 'fix it')).toBe("2000 is not printed in the row's quote (the quote prints 200); fix it");
    expect(checkPrintedValue('Suicide', 2, 'fix it')).toBe("2 is not printed in the row's quote (the quote prints no number); fix it");
    expect(checkPrintedValue('1 2 3 4 5 6 7 8', 9, 'fix it')).toBe("9 is not printed in the row's quote (the quote prints 1, 2, 3, 4, 5, 6, ... (8 numbers)); fix it");
    expect(checkPrintedValue('attended by over 200 practitioners', 200, 'fix it')).toBeNull();
  });
});

describe('PRINTED_VALUE_FIELDS', () => {
  it('names, for each standard resource, a numeric field of its schema (or none)', () => {
    expect(Object.keys(PRINTED_VALUE_FIELDS).sort()).toEqual(Object.keys(standardSchemas).sort());
    for (const [name, field] of Object.entries(PRINTED_VALUE_FIELDS)) {
      if (field === null) continue;
      const schema: TableSchema = standardSchemas[name as keyof typeof standardSchemas];
      const type = schema.fields.find((f) => f.name === field)?.type;
      expect(['number', 'integer'], `${name}.${field}`).toContain(type);
    }
  });
});

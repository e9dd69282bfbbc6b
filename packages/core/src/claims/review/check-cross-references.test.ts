import { describe, expect, it } from 'vitest';
import { checkCrossReferences } from './check-cross-references.js';
import { reviewDataset } from './review.test-support.js';

const report = (sentence: string) =>
  ['1. Introduction', sentence, '2. Safeguarding Context 2021/22', '3. Impact of Partnership Activity', 'Sub-section text.', '3.1 Education', '4. Appendices', '4.A Safeguarding Context', '4.B Board Membership'].join('\n');
const check = (sentence: string) => checkCrossReferences(reviewDataset({}, '2021/22', report(sentence)));
const kinds = (findings: ReturnType<typeof checkCrossReferences>) => findings.map((f) => `${f.status} ${f.severity} ${f.kind}`);

describe('checkCrossReferences', () => {
  it('a reference with a title is checked against the heading of that number (section 3 (Impact) -> section 2 (Impact) -> back)', () => {
    expect(check('Examples are also given in section 3 (Impact).')).toEqual([]);
    const found = check('Examples are also given in section 2 (Impact).');
    expect(kinds(found)).toEqual(['flagged error title-mismatch']);
    expect(found[0]).toMatchObject({ rows: [{ resource: 'source', line: 2, key: 'section 2 (Impact)' }], quotes: ['Examples are also given in section 2 (Impact).'] });
    expect(found[0]?.explanation).toBe('"section 2 (Impact)" (line 2) gives the title "Impact", but section 2 is "Safeguarding Context 2021/22"; "Impact of Partnership Activity" is section 3.');
    expect(check('Examples are also given in section 3 (Impact).')).toEqual([]);
  });

  it('sections, chapters in words and appendix letters must exist', () => {
    expect(check('See Appendix B for the members, chapter three and section 3.1.')).toEqual([]);
    expect(kinds(check('See Appendix C for the members.'))).toEqual(['flagged error missing-section']);
    expect(kinds(check('See section 3.2 for schools.'))).toEqual(['flagged error missing-section']);
    expect(check('See section 3.2 for schools.')[0]?.explanation).toBe('"section 3.2" (line 2) refers to section 3.2, but the report has no such heading.');
    expect(kinds(check('You can read about it in chapter two (Priorities).'))).toEqual(['flagged error title-mismatch']);
  });

  it('a section number beyond the last section may be an Act\'s: unverifiable, one finding for all its mentions', () => {
    const found = checkCrossReferences(reviewDataset({}, '2021/22', `${report('the section 11 audit')}\nthe Section 11 process`));
    expect(kinds(found)).toEqual(['unverifiable error missing-section']);
    expect(found[0]?.rows.map((r) => r.line)).toEqual([2, 10]);
  });

  it('needs the text and its numbered headings', () => {
    expect(checkCrossReferences(reviewDataset({}))).toEqual([]);
    expect(checkCrossReferences(reviewDataset({}, '2021/22', 'See section 4 (Budget).'))).toEqual([]);
  });
});

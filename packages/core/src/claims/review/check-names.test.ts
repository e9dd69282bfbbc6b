import { describe, expect, it } from 'vitest';
import type { Acronym, PartnershipGroup } from '../../dataset/index.js';
import { checkNames } from './check-names.js';
import { chartPoint, reviewDataset } from './review.test-support.js';
import { editDistance } from './edit-distance.js';

const kinds = (findings: ReturnType<typeof checkNames>) => findings.map((f) => `${f.status} ${f.severity} ${f.kind}`);
const acronym = (acronym: string, expansion: string): Acronym => ({ acronym, expansion, section: '9.E', quote: acronym });
const group = (name: string): PartnershipGroup => ({ group: name, reports_to: null, chair: null, meets: null, section: '4.2', quote: name });

describe('checkNames', () => {
  it('the glossary against the text\'s own definition (Case Review Group (CRG) -> Case Review Subgroup -> back)', () => {
    const at = (expansion: string) => checkNames(reviewDataset({ acronyms: [acronym('CRG', expansion)] }, '2021/22', 'The partnership Case Review Group (CRG) has undertaken 14 Rapid Reviews.'));
    expect(at('Case Review Group')).toEqual([]);
    const found = at('Case Review Subgroup');
    expect(kinds(found)).toEqual(['flagged inconsistency acronym-expansion-differs']);
    expect(found[0]?.explanation).toBe('The glossary spells CRG out as "Case Review Subgroup", but the text defines it as "Case Review Group" (line 1).');
    expect(found[0]?.quotes).toEqual(['CRG', 'Case Review Group (CRG)']);
    expect(at('Case Review Group')).toEqual([]);
  });

  it('a bracketed acronym whose letters the words before it do not give is no definition', () => {
    expect(checkNames(reviewDataset({ acronyms: [acronym('MASH', 'Multi-Agency Safeguarding Hub')] }, '2021/22', 'Information gatherings by the hub (MASH) rose.'))).toEqual([]);
    expect(checkNames(reviewDataset({ acronyms: [acronym('MASH', 'Multi-Agency Safeguarding Hub')] }, '2021/22', 'by Multi-agency Safeguarding Hub (MASH)'))).toEqual([]);
  });

  it('the glossary against a group name one word apart with the same initials', () => {
    const at = (name: string) => checkNames(reviewDataset({ acronyms: [acronym('CRG', 'Case Review Subgroup')], 'partnership-groups': [group(name)] }));
    expect(kinds(at('Case Review Group'))).toEqual(['flagged inconsistency acronym-expansion-differs']);
    expect(at('Case Review Subgroup')).toEqual([]);
    expect(at('Child Death Overview Panel')).toEqual([]);
  });

  it('near-duplicate names: case (a typo), plural or one letter (an inconsistency)', () => {
    const at = (a: string, b: string) => checkNames(reviewDataset({ 'chart-series': [chartPoint('themes', 1, a, 3), chartPoint('types', 1, b, 2)] }));
    expect(at('Criminal exploitation', 'Sexual abuse')).toEqual([]);
    expect(kinds(at('Criminal exploitation', 'Criminal Exploitation'))).toEqual(['flagged typo near-duplicate-name']);
    expect(kinds(at('Learning needs', 'Learning need'))).toEqual(['flagged inconsistency near-duplicate-name']);
    expect(kinds(at('Domestic Violence', 'Domestic Violance'))).toEqual(['flagged inconsistency near-duplicate-name']);
    expect(at('Criminal exploitation', 'Sexual abuse')).toEqual([]);
  });

  it('a chart label word the rest of the text never uses, one letter from a common word of it, is a typo', () => {
    const text = (label: string) => `${'The learning culture. '.repeat(12)}\n${label}\tParental mental health\n`;
    const at = (label: string) => checkNames(reviewDataset({ 'chart-series': [chartPoint('themes', 1, label, 3), chartPoint('themes', 2, 'Parental mental health', 2)] }, '2021/22', text(label)));
    expect(at('Child learning needs')).toEqual([]);
    const found = at('Child learing needs');
    expect(kinds(found)).toEqual(['flagged typo label-spelling']);
    expect(found[0]?.explanation).toBe('The chart label "Child learing needs" spells "learing", which the rest of the report never uses; it writes "learning" 12 times.');
    expect(at('Child learning needs')).toEqual([]);
    const rare = checkNames(reviewDataset({ 'chart-series': [chartPoint('types', 1, 'Neglect - basic needs', 2)] }, '2021/22', 'on the basis of\nNeglect - basic needs\n'));
    expect(kinds(rare)).toEqual(['unverifiable typo label-spelling']);
  });

  it('editDistance counts insertions, deletions and substitutions', () => {
    expect(editDistance('learing', 'learning')).toBe(1);
    expect(editDistance('basic', 'basis')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

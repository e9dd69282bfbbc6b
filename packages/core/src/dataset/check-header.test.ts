import { describe, expect, it } from 'vitest';
import { checkHeader } from './check-header.js';

const FIELDS = ['id', 'value', 'quote'];
const problems = (header: string[]) => checkHeader(header, FIELDS, 'f.csv').problems.map((p) => `${p.row}:${p.field}:${p.code}`);

describe('checkHeader', () => {
  it('accepts exactly the schema columns in order', () => {
    const result = checkHeader(FIELDS, FIELDS, 'f.csv');
    expect(result.problems).toEqual([]);
    expect([...result.columnOf]).toEqual([
      ['id', 0],
      ['value', 1],
      ['quote', 2],
    ]);
  });

  it('reports missing, unexpected and duplicate columns by name on row 1', () => {
    expect(problems(['id', 'quote'])).toEqual(['1:value:missing-column']);
    expect(problems(['id', 'value', 'quote', 'note'])).toEqual(['1:note:unexpected-column']);
    expect(problems(['id', 'value', 'value', 'quote'])).toEqual(['1:value:duplicate-column']);
    expect(problems(['id', 'valeu', 'quote'])).toEqual(['1:valeu:unexpected-column', '1:value:missing-column']);
    expect(problems(['id', 'value', 'quote', ''])).toEqual(['1:-:unexpected-column']);
  });

  it('reports columns out of order once, and still maps each field to its column', () => {
    const result = checkHeader(['value', 'id', 'quote'], FIELDS, 'f.csv');
    expect(result.problems.map((p) => p.code)).toEqual(['column-order']);
    expect(result.columnOf.get('id')).toBe(1);
    expect(result.problems[0]?.message).toBe('columns are out of order: found value,id,quote, expected id,value,quote');
  });

  it('is case-sensitive and does not trim names', () => {
    expect(problems(['ID', 'value', 'quote'])).toEqual(['1:ID:unexpected-column', '1:id:missing-column']);
    expect(problems([' id', 'value', 'quote'])).toEqual(['1: id:unexpected-column', '1:id:missing-column']);
  });
});

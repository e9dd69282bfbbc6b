import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markRunMembers } from './mark-runs.js';
import { pointsInShift } from './shift.js';
import { pointsInTrend } from './trend.js';

// The window scans the run rules used before they were made O(n) (the references).
function windowRunMembers(runEnds: readonly boolean[], runLength: number): boolean[] {
  return runEnds.map((_, j) => {
    for (let k = j; k < Math.min(runEnds.length, j + runLength); k += 1) if (runEnds[k] === true) return true;
    return false;
  });
}
function windowShiftEnds(values: readonly number[], centre: number, runLength: number): boolean[] {
  const side = values.map((value) => Math.sign(value - centre));
  return side.map((s, i) => {
    if (s === 0 || i < runLength - 1) return false;
    for (let k = i - runLength + 1; k < i; k += 1) if (side[k] !== s) return false;
    return true;
  });
}
function windowTrendEnds(values: readonly number[], runLength: number): boolean[] {
  const step = values.slice(1).map((value, i) => Math.sign(value - (values[i] as number)));
  return values.map((_, i) => {
    if (i < runLength - 1) return false;
    const first = step[i - 1];
    if (first === 0) return false;
    for (let k = i - runLength + 1; k < i; k += 1) if (step[k] !== first) return false;
    return true;
  });
}

const series = fc.array(fc.integer({ min: -3, max: 3 }), { maxLength: 60 });
const runLength = fc.integer({ min: 2, max: 12 });

describe('run rules (O(n) streaks) against the window scans they replace', () => {
  it('markRunMembers marks the same points', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 60 }), runLength, (ends, n) => {
        expect(markRunMembers(ends, n)).toEqual(windowRunMembers(ends, n));
      }),
    );
  });

  it('pointsInShift and pointsInTrend flag the same points', () => {
    fc.assert(
      fc.property(series, runLength, fc.integer({ min: -2, max: 2 }), (values, n, centre) => {
        expect(pointsInShift(values, centre, n)).toEqual(windowRunMembers(windowShiftEnds(values, centre, n), n));
        const trend = pointsInTrend(values, n).map((d) => d !== null);
        expect(trend).toEqual(windowRunMembers(windowTrendEnds(values, n), n));
      }),
      { numRuns: 500 },
    );
  });

  it('takes time proportional to the series, not to the run length: 200,000 points, run length 100,000', () => {
    const values = Array.from({ length: 200_000 }, (_, i) => i);
    const started = Date.now();
    const trend = pointsInTrend(values, 100_000);
    const shift = pointsInShift(values, -1, 100_000);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(trend[0]).toBe('increasing');
    expect(trend.every((d) => d === 'increasing')).toBe(true);
    expect(shift.every(Boolean)).toBe(true);
    expect(pointsInShift([1, 1, 1, -1, 1, 1], 0, 3)).toEqual([true, true, true, false, false, false]);
  });
});

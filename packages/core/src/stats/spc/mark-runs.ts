/**
 * Internal: given flags marking the LAST point of each qualifying run of `runLength` points, marks
 * every point that belongs to such a run (point j is marked when a run ends at j .. j + runLength − 1).
 * This is NHSRplotthedots' `ptd_part_of_seven_trend`, for any run length.
 */
export function markRunMembers(runEnds: readonly boolean[], runLength: number): boolean[] {
  return runEnds.map((_, j) => {
    for (let k = j; k < Math.min(runEnds.length, j + runLength); k += 1) {
      if (runEnds[k] === true) return true;
    }
    return false;
  });
}

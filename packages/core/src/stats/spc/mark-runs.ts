/**
 * Internal: given flags marking the LAST point of each qualifying run of `runLength` points, marks
 * every point that belongs to such a run (point j is marked when a run ends at j .. j + runLength − 1).
 * This is NHSRplotthedots' `ptd_part_of_seven_trend`, for any run length.
 */
export function markRunMembers(runEnds: readonly boolean[], runLength: number): boolean[] {
  // From the right, keeping the nearest run end at or after j: O(n) whatever runLength is.
  const marked = new Array<boolean>(runEnds.length);
  let nextEnd = Infinity;
  for (let j = runEnds.length - 1; j >= 0; j -= 1) {
    if (runEnds[j] === true) nextEnd = j;
    marked[j] = nextEnd - j < runLength;
  }
  return marked;
}

/**
 * Every whole number k in [0, n] for which `prints(k)` holds, in increasing order. The share
 * 100k/n grows with k, so the matches form one run: the scan stops at the first miss after it,
 * once past the count nearest `percent` of n.
 */
export function countRange(n: number, prints: (k: number) => boolean, percent: number): number[] {
  const centre = Math.min(n, Math.max(0, Math.round((percent * n) / 100)));
  const found: number[] = [];
  let inRun = false;
  for (let k = 0; k <= n; k += 1) {
    if (prints(k)) {
      found.push(k);
      inRun = true;
    } else if (inRun && k > centre) {
      break;
    }
  }
  return found;
}

// The deterministic synthetic national panel of issue 10: 153 local authorities x 60 indicators,
// 10 annual values each (counts and populations), and one monthly series of 120 points per
// authority and indicator. A seeded generator (mulberry32), so every run and every language sees
// the same numbers (panel.py reads them from the file written by writePanel).
export const AUTHORITIES = 153;
export const INDICATORS = 60;
export const YEARS = 10;
export const MONTHS = 120;

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The panel for the first `authorities` authorities (all 153 by default). */
export function makePanel(authorities = AUTHORITIES) {
  const random = mulberry32(20261201);
  const series = AUTHORITIES * INDICATORS;
  const counts = new Float64Array(series * YEARS);
  const populations = new Float64Array(series * YEARS);
  const monthly = new Float64Array(series * MONTHS);
  for (let s = 0; s < series; s += 1) {
    const population = 20000 + Math.floor(random() * 280000);
    let level = 1 + Math.floor(random() * 2000);
    for (let y = 0; y < YEARS; y += 1) {
      level = Math.max(1, Math.round(level * (0.85 + 0.3 * random())));
      counts[s * YEARS + y] = level;
      populations[s * YEARS + y] = population;
    }
    let m = 50 + 100 * random();
    for (let t = 0; t < MONTHS; t += 1) {
      m += (random() - 0.5) * 4;
      monthly[s * MONTHS + t] = Math.round(m * 10) / 10;
    }
  }
  const n = authorities * INDICATORS;
  return {
    series: n,
    counts: counts.subarray(0, n * YEARS),
    populations: populations.subarray(0, n * YEARS),
    monthly: monthly.subarray(0, n * MONTHS),
  };
}

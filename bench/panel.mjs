// Panel analysis timings for @scpkit/core (built dist) and a plain JavaScript loop, in this process.
// Usage: node bench/panel.mjs [--scale]   -> JSON on stdout. Not a test.
// With --scale: after the full-panel timings (which warm the JIT), times the scpkit work on the first
// 10%, 20%, ..., 100% of the authorities (median of 5 interleaved rounds after a warm-up round; each
// sample repeats a fraction's work about 1/fraction times).
import { percentChange, direction, rateWithCI, xmr, xmrPanel } from '@scpkit/core';
import { makePanel, YEARS, MONTHS } from './panel-data.mjs';

const panel = makePanel();
const { series, counts, populations, monthly } = panel;

/**
 * Median of `runs` timings of fn (ms), after three warm-up runs (one left the first function timed
 * in the process, percentChange, partly unoptimised). Each timed function sums into a local
 * and adds to the module's `sink` once: adding to `sink` (a closure variable) on every iteration
 * boxes a number each time, which cost more than the work timed (about 25 ns of 30 per change).
 */
function time(fn, runs = 5) {
  for (let w = 0; w < 3; w += 1) fn();
  const times = [];
  for (let r = 0; r < runs; r += 1) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

let sink = 0;
const monthlyArrays = Array.from({ length: series }, (_, s) => Array.from(monthly.subarray(s * MONTHS, (s + 1) * MONTHS)));
const annualArrays = Array.from({ length: series }, (_, s) => Array.from(counts.subarray(s * YEARS, (s + 1) * YEARS)));

const results = {
  series,
  annualValues: series * YEARS,
  monthlyPoints: series * MONTHS,
  scpkit: {
    percentChange: time(() => {
      let acc = 0;
      for (const values of annualArrays) for (let y = 1; y < YEARS; y += 1) acc += percentChange(values[y - 1], values[y]);
      sink += acc;
    }),
    direction: time(() => {
      let acc = 0;
      for (const values of annualArrays) for (let y = 1; y < YEARS; y += 1) acc += direction(values[y - 1], values[y]).length;
      sink += acc;
    }),
    rateWithCI: time(() => {
      let acc = 0;
      for (let i = 0; i < counts.length; i += 1) acc += rateWithCI(counts[i], populations[i]).upper;
      sink += acc;
    }),
    // Limits and the four rules for every series, columnar (typed arrays, one flag byte per point).
    xmr: time(() => {
      const chart = xmrPanel(monthly, MONTHS);
      sink += chart.upper[0] + chart.flags[0];
    }),
    // The same work through the object API (a point object and a causes array per point).
    xmrObjects: time(() => {
      for (const values of monthlyArrays) sink += xmr(values, { improvement: 'decrease' }).points.length;
    }, 3),
  },
  plainLoop: {
    percentChange: time(() => {
      let acc = 0;
      for (const values of annualArrays) for (let y = 1; y < YEARS; y += 1) acc += (100 * (values[y] - values[y - 1])) / values[y - 1];
      sink += acc;
    }),
    direction: time(() => {
      let acc = 0;
      for (const values of annualArrays) for (let y = 1; y < YEARS; y += 1) acc += values[y] > values[y - 1] ? 1 : values[y] < values[y - 1] ? 2 : 3;
      sink += acc;
    }),
    xmrLimits: time(() => {
      for (const values of monthlyArrays) {
        let sum = 0;
        let ranges = 0;
        for (let t = 0; t < values.length; t += 1) {
          sum += values[t];
          if (t > 0) ranges += Math.abs(values[t] - values[t - 1]);
        }
        const mean = sum / values.length;
        const spread = (2.66 * ranges) / (values.length - 1);
        sink += mean + spread;
      }
    }),
  },
  maxRssMB: process.resourceUsage().maxRSS / 1024,
};

/** All the scpkit work of the panel on its first `n` series. */
function scpkitWork(n) {
  for (let s = 0; s < n; s += 1) {
    const values = annualArrays[s];
    for (let y = 1; y < YEARS; y += 1) {
      sink += percentChange(values[y - 1], values[y]);
      sink += direction(values[y - 1], values[y]).length;
    }
    for (let y = 0; y < YEARS; y += 1) sink += rateWithCI(counts[s * YEARS + y], populations[s * YEARS + y]).upper;
    sink += xmrPanel(monthly.subarray(s * MONTHS, (s + 1) * MONTHS), MONTHS).flags[0];
  }
}
if (process.argv.includes('--scale')) {
  // Rounds over all the fractions (a warm-up round, then SCALE_ROUNDS counted ones, every other round
  // in reverse order), not each fraction's runs back to back: on a shared machine the load drifts
  // within seconds, and a drift then lands on every fraction alike instead of on one. Each sample
  // repeats the work about 1/fraction times, so every sample spans about the full panel's time: a
  // short sample would dodge the other engineers' bursts of load more often than a long one (its
  // median reads low), which looks like time per series growing with the panel. Median per fraction.
  const SCALE_ROUNDS = 5;
  const fractions = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1];
  const counts = fractions.map((fraction) => Math.round(153 * fraction) * 60);
  const repeats = fractions.map((fraction) => Math.max(1, Math.round(1 / fraction)));
  const runs = fractions.map(() => []);
  for (let round = 0; round <= SCALE_ROUNDS; round += 1) {
    const order = fractions.map((_, f) => (round % 2 === 0 ? f : fractions.length - 1 - f));
    for (const f of order) {
      const t = performance.now();
      for (let r = 0; r < repeats[f]; r += 1) scpkitWork(counts[f]);
      if (round > 0) runs[f].push((performance.now() - t) / repeats[f]);
    }
  }
  results.scale = fractions.map((fraction, f) => {
    const ms = [...runs[f]].sort((a, b) => a - b)[Math.floor(SCALE_ROUNDS / 2)];
    return { fraction, series: counts[f], repeats: repeats[f], ms, msPerSeries: ms / counts[f] };
  });
}
if (Number.isNaN(sink)) console.error('unexpected NaN');
process.stdout.write(JSON.stringify(results));

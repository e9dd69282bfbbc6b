// Panel analysis timings for @scpkit/core (built dist) and a plain JavaScript loop, in this process.
// Usage: node bench/panel.mjs [fraction]   -> JSON on stdout. Not a test.
import { percentChange, direction, rateWithCI, xmr } from '@scpkit/core';
import { makePanel, YEARS, MONTHS } from './panel-data.mjs';

const fraction = Number(process.argv[2] ?? 1);
const panel = makePanel(Math.max(1, Math.round(153 * fraction)));
const { series, counts, populations, monthly } = panel;

/** Median of `runs` timings of fn (ms), after one warm-up run. */
function time(fn, runs = 5) {
  fn();
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
      for (const values of annualArrays) for (let y = 1; y < YEARS; y += 1) sink += percentChange(values[y - 1], values[y]);
    }),
    direction: time(() => {
      for (const values of annualArrays) for (let y = 1; y < YEARS; y += 1) sink += direction(values[y - 1], values[y]).length;
    }),
    rateWithCI: time(() => {
      for (let i = 0; i < counts.length; i += 1) sink += rateWithCI(counts[i], populations[i]).upper;
    }),
    xmr: time(() => {
      for (const values of monthlyArrays) sink += xmr(values, { improvement: 'decrease' }).points.length;
    }, 3),
  },
  plainLoop: {
    percentChange: time(() => {
      for (const values of annualArrays) for (let y = 1; y < YEARS; y += 1) sink += (100 * (values[y] - values[y - 1])) / values[y - 1];
    }),
    direction: time(() => {
      for (const values of annualArrays) for (let y = 1; y < YEARS; y += 1) sink += values[y] > values[y - 1] ? 1 : values[y] < values[y - 1] ? 2 : 3;
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
if (Number.isNaN(sink)) console.error('unexpected NaN');
process.stdout.write(JSON.stringify(results));

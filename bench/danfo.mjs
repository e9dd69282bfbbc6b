// danfojs-node comparator: the same 82,620 year-on-year percent changes as DataFrame.pctChange over
// a frame of 10 years (rows) x 9,180 series (columns). Frame construction is not timed (as for
// pandas). Prints JSON timings in ms. Not a test. Note: danfo computes in float32 (TOOLCHAIN.md).
import { createRequire } from 'node:module';
import { makePanel, YEARS } from './panel-data.mjs';

const require = createRequire(import.meta.url);
const quiet = console.log;
console.log = () => {}; // tfjs prints a banner on load
const dfd = require('danfojs-node');
const { series, counts } = makePanel();
const rows = Array.from({ length: YEARS }, (_, y) => Array.from({ length: series }, (_, s) => counts[s * YEARS + y]));
const frame = new dfd.DataFrame(rows);
const times = [];
frame.pctChange(1);
for (let r = 0; r < 3; r += 1) {
  const t = performance.now();
  frame.pctChange(1);
  times.push(performance.now() - t);
}
console.log = quiet;
times.sort((a, b) => a - b);
process.stdout.write(JSON.stringify({ version: require('danfojs-node/package.json').version, pctChange: times[1] }));

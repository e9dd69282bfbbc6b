// `npm run bench`: the benchmarks of issue 10 (not tests). Writes bench/results.json and prints a
// table: each figure, its comparator measured in the same run, the ratio and pass/fail against the
// issue's target. Needs a build of @scpkit/core (the npm script runs it first).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makePanel, YEARS, MONTHS } from './panel-data.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const require = createRequire(join(root, 'package.json'));
const rows = [];
const notes = [];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const log = (s) => process.stderr.write(`${s}\n`);

/** One figure: `value` against `comparator` (null if not measured); pass = target(value, comparator). */
function row(group, name, value, unit, comparatorName, comparator, ratio, target, pass) {
  rows.push({ group, name, value, unit, comparatorName, comparator, ratio, target, pass });
}

// ---------- weight ----------
function wallMs(args) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${r.stderr}`);
  return Number(process.hrtime.bigint() - t) / 1e6;
}
function coldImportMs(code, runs = 10, esm = false) {
  const base = [];
  const load = [];
  for (let i = 0; i < runs; i += 1) {
    base.push(wallMs(['-e', '']));
    load.push(wallMs(esm ? ['--input-type=module', '-e', code] : ['-e', code]));
  }
  return { ms: median(load) - median(base), empty: median(base), load: median(load) };
}
log('weight: cold imports (median of 10, empty node subtracted)...');
const coreRequire = coldImportMs("require('@scpkit/core')");
const coreImport = coldImportMs("import '@scpkit/core'", 10, true);
let danfo = null;
try {
  require.resolve('danfojs-node');
  danfo = coldImportMs("require('danfojs-node')", 5);
} catch {
  notes.push('danfojs-node is not installed (it is a root devDependency; run npm ci): its cold import and the danfo panel comparator are not measured.');
}
row('weight', "cold require('@scpkit/core')", coreRequire.ms, 'ms', danfo ? "require('danfojs-node')" : 'danfojs-node (not installed)', danfo?.ms ?? null, danfo ? danfo.ms / coreRequire.ms : null, '< 50 ms', coreRequire.ms < 50);
row('weight', "cold import '@scpkit/core' (ESM)", coreImport.ms, 'ms', 'empty node -e', coreImport.empty, null, 'info (ESM: zod loads at import; ~150 files)', null);

log('weight: packed sizes (npm pack --dry-run)...');
for (const pkg of ['core', 'charts', 'cli']) {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: join(root, 'packages', pkg), stdio: ['ignore', 'pipe', 'ignore'] }).toString();
  const info = JSON.parse(out)[0];
  const kB = info.size / 1000;
  row('weight', `packed @scpkit/${pkg}`, kB, 'kB', 'unpacked', info.unpackedSize / 1000, null, pkg === 'core' ? '< 100 kB' : 'info', pkg === 'core' ? kB < 100 : null);
}

log('weight: esbuild bundles of one function...');
const esbuild = require(require.resolve('esbuild', { paths: [dirname(require.resolve('tsup'))] }));
async function bundleBytes(name) {
  const result = await esbuild.build({
    stdin: { contents: `import { ${name} } from '@scpkit/core'; globalThis.out = ${name};`, resolveDir: root, loader: 'js' },
    bundle: true, minify: true, write: false, platform: 'browser', format: 'esm', tsconfigRaw: '{}', logLevel: 'silent',
  });
  return result.outputFiles[0].contents.length;
}
async function bundleSimpleStatistics(name) {
  const result = await esbuild.build({
    stdin: { contents: `import { ${name} } from 'simple-statistics'; globalThis.out = ${name};`, resolveDir: root, loader: 'js' },
    bundle: true, minify: true, write: false, platform: 'browser', format: 'esm', tsconfigRaw: '{}', logLevel: 'silent',
  });
  return result.outputFiles[0].contents.length;
}
const ssMean = await bundleSimpleStatistics('mean');
for (const [name, limit] of [['percentChange', 5], ['rateWithCI', 15]]) {
  const kB = (await bundleBytes(name)) / 1000;
  row('weight', `bundle of ${name} alone (minified)`, kB, 'kB', "simple-statistics' mean alone", ssMean / 1000, kB / (ssMean / 1000), `< ${limit} kB`, kB < limit);
}

// ---------- panel ----------
log('panel: @scpkit/core and a plain loop over the full panel, then 10%..100% of it...');
const panel = JSON.parse(execFileSync(process.execPath, [join(here, 'panel.mjs'), '--scale'], { cwd: root, maxBuffer: 1 << 26 }).toString());

let danfoPanel = null;
if (danfo) {
  log('panel: danfojs-node...');
  danfoPanel = JSON.parse(execFileSync(process.execPath, [join(here, 'danfo.mjs')], { cwd: root, maxBuffer: 1 << 26 }).toString());
}

log('panel: pandas/numpy...');
let py = null;
const python = '/usr/bin/python3';
const hasPandas = () => spawnSync(python, ['-c', 'import pandas, numpy'], { stdio: 'ignore' }).status === 0;
if (!hasPandas()) {
  log("pandas is not installed for /usr/bin/python3: installing Debian's python3-pandas with apt-get (about 1 minute)...");
  const asRoot = process.getuid?.() === 0 ? [] : ['sudo', '-n'];
  const cmd = [...asRoot, 'apt-get', 'install', '-y', '--no-install-recommends', 'python3-pandas'];
  let r = spawnSync(cmd[0], cmd.slice(1), { stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0) {
    spawnSync(asRoot[0] ?? 'apt-get', asRoot.length ? ['apt-get', 'update'] : ['update'], { stdio: 'ignore' });
    r = spawnSync(cmd[0], cmd.slice(1), { stdio: ['ignore', 'ignore', 'pipe'] });
  }
  if (r.status !== 0 || !hasPandas()) notes.push(`pandas comparator unavailable: apt-get install python3-pandas failed (${String(r.stderr).trim().split('\n').pop() || `exit ${r.status}`}).`);
  else notes.push("Installed Debian's python3-pandas with apt-get for the pandas comparator.");
}
if (hasPandas()) {
  const data = join(here, '.data');
  mkdirSync(data, { recursive: true });
  const p = makePanel();
  writeFileSync(join(data, 'panel.json'), JSON.stringify({ series: p.series, years: YEARS, months: MONTHS, counts: Array.from(p.counts), monthly: Array.from(p.monthly) }));
  py = JSON.parse(execFileSync(python, [join(here, 'panel.py'), join(data, 'panel.json')]).toString());
}

const s = panel.scpkit;
const l = panel.plainLoop;
const changes = panel.series * (YEARS - 1);
row('panel', `percentChange x ${changes}`, s.percentChange, 'ms', py ? `pandas ${py.pandas} groupby pct_change` : 'pandas (unavailable)', py?.pctChange ?? null, py ? py.pctChange / s.percentChange : null, '>= 3x pandas', py ? py.pctChange / s.percentChange >= 3 : null);
row('panel', `percentChange x ${changes}`, s.percentChange, 'ms', danfoPanel ? `danfojs-node ${danfoPanel.version} pctChange` : 'danfojs-node (not installed)', danfoPanel?.pctChange ?? null, danfoPanel ? danfoPanel.pctChange / s.percentChange : null, '>= 50x danfojs-node', danfoPanel ? danfoPanel.pctChange / s.percentChange >= 50 : null);
row('panel', `percentChange x ${changes}`, s.percentChange, 'ms', 'plain JS loop', l.percentChange, l.percentChange / s.percentChange, 'info', null);
row('panel', `direction x ${changes}`, s.direction, 'ms', 'plain JS loop', l.direction, l.direction / s.direction, 'info', null);
row('panel', `rateWithCI x ${panel.annualValues}`, s.rateWithCI, 'ms', 'none (no pandas equivalent)', null, null, 'info', null);
row('panel', `xmrPanel (limits + 4 rules) x ${panel.series} series of ${MONTHS}`, s.xmr, 'ms', py ? `numpy ${py.numpy} limits only` : 'numpy (unavailable)', py?.xmrLimits ?? null, py ? py.xmrLimits / s.xmr : null, '>= 1x numpy limits', py ? py.xmrLimits / s.xmr >= 1 : null);
row('panel', `xmrPanel (limits + 4 rules) x ${panel.series} series of ${MONTHS}`, s.xmr, 'ms', 'numpy limits + 4 rules (same work)', py?.xmrLimitsAndRules ?? null, py ? py.xmrLimitsAndRules / s.xmr : null, 'info', null);
row('panel', `xmrPanel (limits + 4 rules) x ${panel.series} series of ${MONTHS}`, s.xmr, 'ms', 'plain JS loop, limits only', l.xmrLimits, l.xmrLimits / s.xmr, 'info (numpy limits ~ 5x this loop)', null);
row('panel', `xmr object API (points + causes) x ${panel.series} series of ${MONTHS}`, s.xmrObjects, 'ms', 'xmrPanel (same limits and rules, columnar)', s.xmr, s.xmr / s.xmrObjects, 'info', null);

// ---------- scale ----------
const scale = panel.scale;
const perSeries = median(scale.map((x) => x.msPerSeries));
const worst = Math.max(...scale.map((x) => Math.abs(x.msPerSeries / perSeries - 1)));
row('scale', 'time per series, 10%..100% of the panel: worst deviation from the median', worst * 100, '%', 'median ms per series', perSeries, null, 'linear within 20%', worst <= 0.2);
row('scale', 'peak memory (max RSS), full panel', panel.maxRssMB, 'MB', 'empty node', null, null, 'info', null);

// ---------- reproduce ----------
// Every notebook through `scpkit reproduce` and through `jupyter nbconvert --execute` (bench/reproduce.mjs);
// several minutes. BENCH_SKIP_REPRODUCE=1 leaves it out.
let reproduce = null;
if (process.env.BENCH_SKIP_REPRODUCE === '1') {
  notes.push('Reproduce: skipped (BENCH_SKIP_REPRODUCE=1).');
  row('reproduce', 'scpkit reproduce (all notebooks)', null, 's', 'jupyter nbconvert --execute (same notebooks)', null, null, '<= 0.5x nbconvert', null);
} else {
  log('reproduce: scpkit reproduce, then jupyter nbconvert --execute, over every notebook (several minutes)...');
  reproduce = JSON.parse(execFileSync(process.execPath, [join(here, 'reproduce.mjs')], { cwd: root, maxBuffer: 1 << 26 }).toString());
  const seconds = reproduce.scpkitMs / 1000;
  const nb = reproduce.nbconvertMs === undefined ? null : reproduce.nbconvertMs / 1000;
  if (nb === null) notes.push(`Reproduce: nbconvert not measured: ${reproduce.unavailable}`);
  row('reproduce', `scpkit reproduce (${reproduce.notebooks} notebooks)`, seconds, 's', `jupyter nbconvert --execute (same ${reproduce.notebooks} notebooks, tslab kernel)`, nb, nb === null ? null : seconds / nb, '<= 0.5x nbconvert', nb === null ? null : seconds / nb <= 0.5);
}

// ---------- output ----------
const fmt = (v, d = 1) => (v === null || v === undefined ? '—' : Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) < 1 && v !== 0 ? v.toPrecision(2) : v.toFixed(d));
const lines = [
  '| group | figure | value | comparator | comparator value | ratio | target | result |',
  '|---|---|---:|---|---:|---:|---|---|',
  ...rows.map((r) => `| ${r.group} | ${r.name} | ${fmt(r.value)} ${r.unit} | ${r.comparatorName} | ${fmt(r.comparator)} | ${r.ratio === null ? '—' : `${fmt(r.ratio, 2)}x`} | ${r.target} | ${r.pass === null ? (r.target.startsWith('info') ? '' : 'not measured') : r.pass ? 'pass' : 'FAIL'} |`),
];
const results = {
  date: new Date().toISOString(),
  node: process.version,
  machine: { cpus: (await import('node:os')).cpus().length, loadavg: (await import('node:os')).loadavg() },
  rows,
  scale,
  raw: { coreRequire, coreImport, danfo, danfoPanel, panel, python: py, reproduce },
  notes,
};
writeFileSync(join(here, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(lines.join('\n'));
if (notes.length) console.log(`\n${notes.map((n) => `- ${n}`).join('\n')}`);
console.log('\nWritten: bench/results.json');
